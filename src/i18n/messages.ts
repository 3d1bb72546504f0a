// The reader site's chrome in each edition's language; an edition may override any label.
export interface Messages {
  skipToContent: string;
  home: string;
  allNews: string;
  projects: string;
  directory: string;
  rubrics: string;
  search: string;
  languages: string;
  today: string;
  breaking: string;
  topStories: string;
  latestNews: string;
  latestNewsFrom: string;
  more: string;
  followUs: string;
  tags: string;
  by: string;
  related: string;
  translations: string;
  readIn: string;
  archive: string;
  previousDay: string;
  nextDay: string;
  newer: string;
  older: string;
  page: string;
  noNews: string;
  correction: string;
  updated: string;
  subordinate: string;
  head: string;
  address: string;
  website: string;
  relatedNews: string;
  notFoundTitle: string;
  notFoundText: string;
  goneTitle: string;
  goneText: string;
  badRequestTitle: string;
  badRequestText: string;
  methodTitle: string;
  methodText: string;
  errorTitle: string;
  errorText: string;
  backHome: string;
  pagination: string;
  breadcrumb: string;
  mainNav: string;
  photo: string;
  allRightsReserved: string;
  pages: string;
}

export const MESSAGES: Record<string, Messages> = {
  de: {
    skipToContent: 'Zum Inhalt springen', home: 'Startseite', allNews: 'Alle Nachrichten', projects: 'Projekte',
    directory: 'Staatsorgane', rubrics: 'Rubriken', search: 'Suche', languages: 'Sprachen', today: 'Heute',
    breaking: 'Eilmeldungen', topStories: 'Top-Meldungen', latestNews: 'Letzte Nachrichten',
    latestNewsFrom: 'Letzte Nachrichten aus der Rubrik {rubric}', more: 'Mehr', followUs: 'Abonnieren Sie uns auf',
    tags: 'Schlagwörter', by: 'Von', related: 'Zum Thema', translations: 'In anderen Sprachen', readIn: 'Lesen auf',
    archive: 'Archiv', previousDay: 'Vorheriger Tag', nextDay: 'Nächster Tag', newer: 'Neuere', older: 'Ältere',
    page: 'Seite', noNews: 'Für diesen Tag liegen keine Meldungen vor.', correction: 'Korrektur', updated: 'Aktualisiert',
    subordinate: 'Untergeordnete Einrichtungen', head: 'Leitung', address: 'Anschrift', website: 'Website',
    relatedNews: 'Nachrichten', notFoundTitle: 'Seite nicht gefunden',
    notFoundText: 'Die angeforderte Seite gibt es nicht oder nicht mehr.', goneTitle: 'Meldung zurückgezogen',
    goneText: 'Diese Meldung wurde von der Redaktion zurückgezogen.', badRequestTitle: 'Ungültige Anfrage',
    badRequestText: 'Die Adresse enthält ungültige Angaben.', methodTitle: 'Methode nicht erlaubt',
    methodText: 'Diese Adresse kann nur gelesen werden.', errorTitle: 'Ein Fehler ist aufgetreten',
    errorText: 'Bitte versuchen Sie es später noch einmal.', backHome: 'Zur Startseite', pagination: 'Seitennavigation',
    breadcrumb: 'Brotkrümelnavigation', mainNav: 'Hauptnavigation', photo: 'Foto', allRightsReserved: 'Alle Rechte vorbehalten',
    pages: 'Über uns',
  },
  en: {
    skipToContent: 'Skip to content', home: 'Home', allNews: 'All news', projects: 'Projects', directory: 'Institutions',
    rubrics: 'Sections', search: 'Search', languages: 'Languages', today: 'Today', breaking: 'Breaking',
    topStories: 'Top stories', latestNews: 'Latest news', latestNewsFrom: 'Latest from {rubric}', more: 'More',
    followUs: 'Follow us on', tags: 'Tags', by: 'By', related: 'Related', translations: 'In other languages',
    readIn: 'Read in', archive: 'Archive', previousDay: 'Previous day', nextDay: 'Next day', newer: 'Newer',
    older: 'Older', page: 'Page', noNews: 'No news for this day.', correction: 'Correction', updated: 'Updated',
    subordinate: 'Subordinate bodies', head: 'Head', address: 'Address', website: 'Website', relatedNews: 'News',
    notFoundTitle: 'Page not found', notFoundText: 'The page you asked for does not exist or no longer exists.',
    goneTitle: 'Story withdrawn', goneText: 'This story has been withdrawn by the newsroom.',
    badRequestTitle: 'Bad request', badRequestText: 'The address contains invalid values.',
    methodTitle: 'Method not allowed', methodText: 'This address can only be read.', errorTitle: 'Something went wrong',
    errorText: 'Please try again later.', backHome: 'Back to the front page', pagination: 'Pagination',
    breadcrumb: 'Breadcrumb', mainNav: 'Main navigation', photo: 'Photo', allRightsReserved: 'All rights reserved',
    pages: 'About us',
  },
  ru: {
    skipToContent: 'Перейти к содержанию', home: 'Главная', allNews: 'Все новости', projects: 'Спецпроекты',
    directory: 'Госорганы', rubrics: 'Рубрики', search: 'Поиск', languages: 'Языки', today: 'Сегодня',
    breaking: 'Срочно', topStories: 'Главное', latestNews: 'Последние новости',
    latestNewsFrom: 'Последние новости рубрики «{rubric}»', more: 'Ещё', followUs: 'Подписывайтесь на нас',
    tags: 'Теги', by: 'Автор', related: 'По теме', translations: 'На других языках', readIn: 'Читать на',
    archive: 'Архив', previousDay: 'Предыдущий день', nextDay: 'Следующий день', newer: 'Новее', older: 'Старше',
    page: 'Страница', noNews: 'За этот день новостей нет.', correction: 'Исправление', updated: 'Обновлено',
    subordinate: 'Подведомственные органы', head: 'Руководитель', address: 'Адрес', website: 'Сайт',
    relatedNews: 'Новости', notFoundTitle: 'Страница не найдена',
    notFoundText: 'Запрошенной страницы не существует или она удалена.', goneTitle: 'Материал отозван',
    goneText: 'Этот материал отозван редакцией.', badRequestTitle: 'Неверный запрос',
    badRequestText: 'Адрес содержит недопустимые значения.', methodTitle: 'Метод не поддерживается',
    methodText: 'Этот адрес доступен только для чтения.', errorTitle: 'Произошла ошибка',
    errorText: 'Пожалуйста, повторите попытку позже.', backHome: 'На главную', pagination: 'Навигация по страницам',
    breadcrumb: 'Навигационная цепочка', mainNav: 'Основная навигация', photo: 'Фото', allRightsReserved: 'Все права защищены',
    pages: 'О нас',
  },
  be: {
    skipToContent: 'Перайсці да зместу', home: 'Галоўная', allNews: 'Усе навіны', projects: 'Спецпраекты',
    directory: 'Дзяржорганы', rubrics: 'Рубрыкі', search: 'Пошук', languages: 'Мовы', today: 'Сёння',
    breaking: 'Тэрмінова', topStories: 'Галоўнае', latestNews: 'Апошнія навіны',
    latestNewsFrom: 'Апошнія навіны рубрыкі «{rubric}»', more: 'Яшчэ', followUs: 'Падпісвайцеся на нас',
    tags: 'Тэгі', by: 'Аўтар', related: 'Па тэме', translations: 'На іншых мовах', readIn: 'Чытаць на',
    archive: 'Архіў', previousDay: 'Папярэдні дзень', nextDay: 'Наступны дзень', newer: 'Навейшыя', older: 'Старэйшыя',
    page: 'Старонка', noNews: 'За гэты дзень навін няма.', correction: 'Выпраўленне', updated: 'Абноўлена',
    subordinate: 'Падведамасныя органы', head: 'Кіраўнік', address: 'Адрас', website: 'Сайт', relatedNews: 'Навіны',
    notFoundTitle: 'Старонка не знойдзена', notFoundText: 'Запытанай старонкі не існуе або яна выдалена.',
    goneTitle: 'Матэрыял адкліканы', goneText: 'Гэты матэрыял адкліканы рэдакцыяй.', badRequestTitle: 'Няправільны запыт',
    badRequestText: 'Адрас змяшчае недапушчальныя значэнні.', methodTitle: 'Метад не падтрымліваецца',
    methodText: 'Гэты адрас даступны толькі для чытання.', errorTitle: 'Адбылася памылка',
    errorText: 'Калі ласка, паспрабуйце пазней.', backHome: 'На галоўную', pagination: 'Навігацыя па старонках',
    breadcrumb: 'Навігацыйны ланцужок', mainNav: 'Асноўная навігацыя', photo: 'Фота', allRightsReserved: 'Усе правы абаронены',
    pages: 'Пра нас',
  },
};

/** Chrome strings for an edition: its language's messages (English for unknown ones) with its own overrides. */
export function messagesFor(language: string, overrides: Record<string, string> = {}): Messages {
  const base = MESSAGES[language] ?? MESSAGES.en;
  return { ...base, ...(overrides as Partial<Messages>) };
}
