// Words too common to require in a query ("the", "und", "в"); the index keeps them so that phrases still match.
import { prepareWord } from './normalize.ts';

const LISTS: Record<string, string> = {
  de: `der die das den dem des ein eine einer eines einem einen und oder aber in im ins an am auf aus bei mit nach von vom
    zu zum zur für über unter vor um als wie ist sind war wird werden hat haben nicht auch es er sie sich so dass`,
  en: `the a an and or but of in on at to for from by with as is are was were be been it its this that these those not
    into over under after before about`,
  ru: `и в во на с со к ко о об от по за из у для до не но а или как что это он она они его ее их же бы ли то при`,
  be: `і й у ў на з са к да аб ад па за з-за для не ні але а ці як што гэта ён яна яны яго яе іх жа б бы то пры`,
};

const SETS = new Map<string, Set<string>>(
  Object.entries(LISTS).map(([lang, words]) => [lang, new Set(words.split(/\s+/).filter(Boolean).map((w) => prepareWord(w, lang)))]),
);

export function isStopword(word: string, language: string): boolean {
  return SETS.get(language)?.has(prepareWord(word, language)) ?? false;
}
