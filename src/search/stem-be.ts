// A light Belarusian stemmer: strips one inflectional ending, as Snowball's Russian stemmer does, with Belarusian spellings.
//
// Snowball has no Belarusian stemmer and no package offers one. This one removes the case endings of nouns, adjectives
// and participles, the infinitive -ць, the third person plural and the reflexive -ся/-цца, only after the first vowel
// of the word and leaving at least two letters. It expects a word prepared by prepareWord (lower case, ё → е,
// apostrophes dropped, word-initial ў → у).
//
// Known limits, accepted for a light stemmer:
// - past tense forms are left alone: -ла/-лі/-ло/-ў also end many nouns ("генерала", "магістралі", "Брусэлі"), so
//   "падпісала" and "падпісаў" meet only where a case ending happens to match;
// - vowel alternations of akanye are not undone: "горад"/"гарады", "Масква"/"маскоўскі" stay apart;
// - fleeting vowels are not restored: "паводка" and the genitive plural "паводак" differ;
// - consonant alternations are undone only for д/дз and т/ц ("урадзе" → урад, "свеце" → свет), not for к/ц, г/з,
//   х/с ("рака"/"рацэ" stay apart);
// - derivational suffixes are kept: "адкрыццё" and "адкрыць" differ, as in Snowball Russian.

const VOWELS = new Set('аеіоуыэюяё');

// Case endings of adjectives and participles, and of nouns; longest are tried first.
const NOMINAL = [
  'ымі', 'імі', 'амі', 'ямі',
  'ага', 'яга', 'ога', 'аму', 'яму', 'ому', 'аго',
  'ая', 'яя', 'ое', 'ае', 'ее', 'яе', 'ую', 'юю', 'ых', 'іх', 'ым', 'ім', 'ай', 'яй', 'ой', 'ей', 'аю', 'яю', 'ою', 'ею',
  'ам', 'ям', 'ом', 'ем', 'ах', 'ях', 'аў', 'яў', 'оў', 'еў', 'мі',
  'а', 'я', 'у', 'ю', 'ы', 'і', 'е', 'о', 'э', 'ь',
];

// Verb endings that no noun shares.
const VERBAL = ['уць', 'юць', 'аць', 'яць', 'ць'];

const BY_LENGTH = [...new Set([...NOMINAL, ...VERBAL])].sort((a, b) => b.length - a.length);

/** Index just after the first vowel: endings are looked for only from there on (Snowball's RV region). */
function regionStart(word: string): number {
  for (let i = 0; i < word.length; i++) if (VOWELS.has(word[i])) return i + 1;
  return word.length;
}

function mayRemove(word: string, ending: string, rv: number): boolean {
  const at = word.length - ending.length;
  if (at < rv || at < 2) return false;
  // -сць ends abstract nouns (маладосць, магчымасць): only the soft sign is an ending there.
  if (ending === 'ць') return word[at - 1] !== 'с';
  return true;
}

export function stemBelarusian(input: string): string {
  let word = input;
  if (word.length < 3) return word;
  const rv = regionStart(word);
  if (word.endsWith('цца') && word.length - 3 >= rv) word = `${word.slice(0, -3)}ць`;
  else if (word.endsWith('ся') && word.length - 2 >= Math.max(rv, 3)) word = word.slice(0, -2);

  for (const ending of BY_LENGTH) {
    if (!word.endsWith(ending) || !mayRemove(word, ending, rv)) continue;
    word = word.slice(0, -ending.length);
    // A vowel left at the end belongs to the ending too: "ураджаю"/"ураджай", "Акадэміі"/"Акадэмія", "рабіць"/"рабу".
    if (word.length > 2 && word.length - 1 >= rv && VOWELS.has(word[word.length - 1])) word = word.slice(0, -1);
    break;
  }
  if (word.endsWith('ь') && word.length > 2) word = word.slice(0, -1);
  // д and т soften to дз and ц before -е (урад → урадзе, свет → свеце): the stem takes the hard form.
  if (word.endsWith('дз') && word.length > 3) word = word.slice(0, -1);
  else if (word.endsWith('ц') && word.length > 3) word = `${word.slice(0, -1)}т`;
  return word;
}
