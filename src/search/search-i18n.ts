// The search page's strings in each edition's language; the site chrome's word "search" is in i18n/messages.ts.
export interface SearchMessages {
  heading: string;
  queryLabel: string;
  submit: string;
  filters: string;
  rubric: string;
  anyRubric: string;
  tag: string;
  anyTag: string;
  from: string;
  to: string;
  sort: string;
  byRelevance: string;
  byDate: string;
  resultsFor: string;
  noResults: string;
  didYouMean: string;
  enterQuery: string;
  hint: string;
  results: string;
}

export const SEARCH_MESSAGES: Record<string, SearchMessages> = {
  de: {
    heading: 'Suche', queryLabel: 'Suchbegriffe', submit: 'Suchen', filters: 'Suche eingrenzen', rubric: 'Rubrik',
    anyRubric: 'Alle Rubriken', tag: 'Schlagwort', anyTag: 'Alle Schlagwörter', from: 'Von', to: 'Bis', sort: 'Sortieren nach',
    byRelevance: 'Relevanz', byDate: 'Datum', resultsFor: 'Ergebnisse für „{q}“', noResults: 'Keine Meldungen zu „{q}“ gefunden.',
    didYouMean: 'Meinten Sie', enterQuery: 'Geben Sie einen oder mehrere Suchbegriffe ein.',
    hint: 'Tipps: "genaue Wortfolge" in Anführungszeichen, Minist* für Wortanfänge (ab drei Buchstaben), -Wort schließt ein Wort aus.',
    results: 'Suchergebnisse',
  },
  en: {
    heading: 'Search', queryLabel: 'Search terms', submit: 'Search', filters: 'Narrow the search', rubric: 'Section',
    anyRubric: 'All sections', tag: 'Tag', anyTag: 'All tags', from: 'From', to: 'To', sort: 'Sort by',
    byRelevance: 'Relevance', byDate: 'Date', resultsFor: 'Results for “{q}”', noResults: 'No stories found for “{q}”.',
    didYouMean: 'Did you mean', enterQuery: 'Enter one or more words to search for.',
    hint: 'Tips: "exact phrase" in quotes, minist* for word beginnings (three letters or more), -word leaves a word out.',
    results: 'Search results',
  },
  ru: {
    heading: 'Поиск', queryLabel: 'Что искать', submit: 'Найти', filters: 'Уточнить поиск', rubric: 'Рубрика',
    anyRubric: 'Все рубрики', tag: 'Тег', anyTag: 'Все теги', from: 'С', to: 'По', sort: 'Сортировать',
    byRelevance: 'по релевантности', byDate: 'по дате', resultsFor: 'Результаты по запросу «{q}»',
    noResults: 'По запросу «{q}» ничего не найдено.', didYouMean: 'Возможно, вы имели в виду',
    enterQuery: 'Введите одно или несколько слов для поиска.',
    hint: 'Подсказка: "точная фраза" в кавычках, минист* — по началу слова (от трёх букв), -слово исключает слово.',
    results: 'Результаты поиска',
  },
  be: {
    heading: 'Пошук', queryLabel: 'Што шукаць', submit: 'Знайсці', filters: 'Удакладніць пошук', rubric: 'Рубрыка',
    anyRubric: 'Усе рубрыкі', tag: 'Тэг', anyTag: 'Усе тэгі', from: 'З', to: 'Па', sort: 'Сартаваць',
    byRelevance: 'па рэлевантнасці', byDate: 'па даце', resultsFor: 'Вынікі па запыце «{q}»',
    noResults: 'Па запыце «{q}» нічога не знойдзена.', didYouMean: 'Магчыма, вы мелі на ўвазе',
    enterQuery: 'Увядзіце адно або некалькі слоў для пошуку.',
    hint: 'Падказка: "дакладная фраза" ў двукоссі, мініст* — па пачатку слова (ад трох літар), -слова выключае слова.',
    results: 'Вынікі пошуку',
  },
};

/** Strings for an edition's language; English for languages without a translation. */
export function searchMessagesFor(language: string): SearchMessages {
  return SEARCH_MESSAGES[language] ?? SEARCH_MESSAGES.en;
}
