// The newsroom's own strings in English, German and Russian; a user picks one in their account.
export const NEWSROOM_LOCALES = ['en', 'de', 'ru'] as const;
export type NewsroomLocale = (typeof NEWSROOM_LOCALES)[number];

const en = {
  newsroom: 'Newsroom', dashboard: 'Dashboard', articles: 'Articles', media: 'Media', rubrics: 'Rubrics', tags: 'Tags',
  projects: 'Projects', directory: 'Directory', pages: 'Pages', users: 'Users', editions: 'Editions', audit: 'Audit log', wireClients: 'Wire clients', webhookLog: 'Webhook deliveries',
  account: 'Account', logout: 'Log out', logoutEverywhere: 'Log out everywhere', login: 'Log in', email: 'E-mail',
  password: 'Password', loginFailed: 'E-mail or password is wrong.', loginThrottled: 'Too many failed attempts. Try again in 15 minutes.',
  forbidden: 'You may not do this.', notFound: 'Not found.', csrfFailed: 'The form has expired. Reload the page and try again.',
  myDrafts: 'My drafts', inReview: 'Waiting for review', scheduled: 'Scheduled', recentlyPublished: 'Recently published',
  perEdition: 'Per edition', publishedLastDay: 'Published in 24 h', newArticle: 'New article', edition: 'Edition', rubric: 'Rubric', status: 'Status', author: 'Author',
  from: 'From', to: 'To', text: 'Text', filter: 'Filter', headline: 'Headline', lead: 'Lead', place: 'Dateline place', body: 'Body',
  urgency: 'Urgency', urgencyHint: '1 flash … 9 routine', save: 'Save', saved: 'Saved', updatedAt: 'Updated', none: '—',
  draft: 'Draft', review: 'In review', published: 'Published', withdrawn: 'Withdrawn', all: 'All',
  submit: 'Submit for review', publish: 'Publish', schedule: 'Schedule', unschedule: 'Back to draft', withdraw: 'Withdraw',
  scheduleAt: 'Publish at', embargoUntil: 'Embargoed until', correction: 'This change is a correction', correctionNote: 'Correction note',
  preview: 'Preview', revisions: 'Revisions', compare: 'Compare', restore: 'Restore this revision', translate: 'Translate into',
  translations: 'Translations', noTranslation: 'not translated', conflictTitle: 'Someone else saved this article',
  conflictText: 'Your changes were not saved because another version was saved meanwhile. Compare both, then save again from the editor below: your text is kept in the form.',
  theirVersion: 'Saved version', yourVersion: 'Your version', alsoOpenBy: 'Also open by:', tagsHint: 'Comma-separated',
  leadImage: 'Lead image', upload: 'Upload an image', altText: 'Alt text', caption: 'Caption', credit: 'Credit',
  altRequired: 'The lead image needs an alt text before publishing.', invalid: 'Please correct the marked fields.',
  required: 'Required.', tooLong: 'Too long.', notAllowed: 'Not allowed in this status.', created: 'Created', by: 'by',
  version: 'Version', kind: 'Kind', when: 'When', who: 'Who', action: 'Action', object: 'Object', summary: 'Summary',
  changePassword: 'Change password', currentPassword: 'Current password', newPassword: 'New password', language: 'Language',
  passwordChanged: 'Password changed. Other sessions were logged out.', accountSaved: 'Settings saved.',
  autosaveSaved: 'Saved at', autosaveConflict: 'Someone else saved this article; autosave stopped. Save to compare.',
  autosaveRetry: 'Not saved — retrying', restoreLocal: 'Restore my unsaved text', open: 'Open', readerPage: 'Reader page',
  wordsAdded: 'added', wordsRemoved: 'removed', previous: 'Previous', next: 'Next', newer: 'Newer', older: 'Older', skipToContent: 'Skip to content',
  mainNav: 'Newsroom navigation', unpublishedPreview: 'Preview — not visible to readers',
};

export type NewsroomMessages = typeof en;

const de: NewsroomMessages = {
  newsroom: 'Redaktion', dashboard: 'Übersicht', articles: 'Artikel', media: 'Medien', rubrics: 'Rubriken', tags: 'Schlagwörter',
  projects: 'Projekte', directory: 'Verzeichnis', pages: 'Seiten', users: 'Benutzer', editions: 'Ausgaben', audit: 'Protokoll', wireClients: 'Wire-Kunden', webhookLog: 'Webhook-Zustellungen',
  account: 'Konto', logout: 'Abmelden', logoutEverywhere: 'Überall abmelden', login: 'Anmelden', email: 'E-Mail',
  password: 'Passwort', loginFailed: 'E-Mail oder Passwort ist falsch.', loginThrottled: 'Zu viele Fehlversuche. Bitte in 15 Minuten erneut versuchen.',
  forbidden: 'Dazu fehlt Ihnen die Berechtigung.', notFound: 'Nicht gefunden.', csrfFailed: 'Das Formular ist abgelaufen. Bitte Seite neu laden und erneut versuchen.',
  myDrafts: 'Meine Entwürfe', inReview: 'Wartet auf Prüfung', scheduled: 'Geplant', recentlyPublished: 'Zuletzt veröffentlicht',
  perEdition: 'Je Ausgabe', publishedLastDay: 'Veröffentlicht in 24 h', newArticle: 'Neuer Artikel', edition: 'Ausgabe', rubric: 'Rubrik', status: 'Status', author: 'Autor',
  from: 'Von', to: 'Bis', text: 'Text', filter: 'Filtern', headline: 'Überschrift', lead: 'Vorspann', place: 'Ortsmarke', body: 'Text',
  urgency: 'Priorität', urgencyHint: '1 Blitz … 9 Routine', save: 'Speichern', saved: 'Gespeichert', updatedAt: 'Geändert', none: '—',
  draft: 'Entwurf', review: 'In Prüfung', published: 'Veröffentlicht', withdrawn: 'Zurückgezogen', all: 'Alle',
  submit: 'Zur Prüfung geben', publish: 'Veröffentlichen', schedule: 'Einplanen', unschedule: 'Zurück zum Entwurf', withdraw: 'Zurückziehen',
  scheduleAt: 'Veröffentlichen am', embargoUntil: 'Sperrfrist bis', correction: 'Diese Änderung ist eine Korrektur', correctionNote: 'Korrekturhinweis',
  preview: 'Vorschau', revisions: 'Versionen', compare: 'Vergleichen', restore: 'Diese Version wiederherstellen', translate: 'Übersetzen ins',
  translations: 'Übersetzungen', noTranslation: 'nicht übersetzt', conflictTitle: 'Jemand anderes hat diesen Artikel gespeichert',
  conflictText: 'Ihre Änderungen wurden nicht gespeichert, weil inzwischen eine andere Fassung gespeichert wurde. Vergleichen Sie beide und speichern Sie dann erneut im Editor unten: Ihr Text bleibt im Formular erhalten.',
  theirVersion: 'Gespeicherte Fassung', yourVersion: 'Ihre Fassung', alsoOpenBy: 'Ebenfalls geöffnet von:', tagsHint: 'Durch Kommas getrennt',
  leadImage: 'Aufmacherbild', upload: 'Bild hochladen', altText: 'Alternativtext', caption: 'Bildunterschrift', credit: 'Bildnachweis',
  altRequired: 'Das Aufmacherbild braucht vor dem Veröffentlichen einen Alternativtext.', invalid: 'Bitte korrigieren Sie die markierten Felder.',
  required: 'Pflichtfeld.', tooLong: 'Zu lang.', notAllowed: 'In diesem Status nicht möglich.', created: 'Erstellt', by: 'von',
  version: 'Version', kind: 'Art', when: 'Wann', who: 'Wer', action: 'Aktion', object: 'Objekt', summary: 'Zusammenfassung',
  changePassword: 'Passwort ändern', currentPassword: 'Aktuelles Passwort', newPassword: 'Neues Passwort', language: 'Sprache',
  passwordChanged: 'Passwort geändert. Andere Sitzungen wurden abgemeldet.', accountSaved: 'Einstellungen gespeichert.',
  autosaveSaved: 'Gespeichert um', autosaveConflict: 'Jemand anderes hat gespeichert; automatisches Speichern angehalten. Speichern zum Vergleichen.',
  autosaveRetry: 'Nicht gespeichert – neuer Versuch', restoreLocal: 'Meinen ungespeicherten Text wiederherstellen', open: 'Öffnen', readerPage: 'Leserseite',
  wordsAdded: 'hinzugefügt', wordsRemoved: 'entfernt', previous: 'Zurück', next: 'Weiter', newer: 'Neuere', older: 'Ältere', skipToContent: 'Zum Inhalt springen',
  mainNav: 'Redaktionsnavigation', unpublishedPreview: 'Vorschau – für Leser nicht sichtbar',
};

const ru: NewsroomMessages = {
  newsroom: 'Редакция', dashboard: 'Обзор', articles: 'Материалы', media: 'Медиа', rubrics: 'Рубрики', tags: 'Теги',
  projects: 'Спецпроекты', directory: 'Справочник', pages: 'Страницы', users: 'Пользователи', editions: 'Версии сайта', audit: 'Журнал', wireClients: 'Подписчики ленты', webhookLog: 'Доставка вебхуков',
  account: 'Профиль', logout: 'Выйти', logoutEverywhere: 'Выйти на всех устройствах', login: 'Войти', email: 'Эл. почта',
  password: 'Пароль', loginFailed: 'Неверная почта или пароль.', loginThrottled: 'Слишком много неудачных попыток. Повторите через 15 минут.',
  forbidden: 'У вас нет прав на это действие.', notFound: 'Не найдено.', csrfFailed: 'Форма устарела. Обновите страницу и повторите.',
  myDrafts: 'Мои черновики', inReview: 'Ждут проверки', scheduled: 'Запланировано', recentlyPublished: 'Недавно опубликовано',
  perEdition: 'По версиям', publishedLastDay: 'Опубликовано за 24 ч', newArticle: 'Новый материал', edition: 'Версия', rubric: 'Рубрика', status: 'Статус', author: 'Автор',
  from: 'С', to: 'По', text: 'Текст', filter: 'Фильтр', headline: 'Заголовок', lead: 'Лид', place: 'Место (дейтлайн)', body: 'Текст',
  urgency: 'Срочность', urgencyHint: '1 молния … 9 обычная', save: 'Сохранить', saved: 'Сохранено', updatedAt: 'Изменено', none: '—',
  draft: 'Черновик', review: 'На проверке', published: 'Опубликовано', withdrawn: 'Отозвано', all: 'Все',
  submit: 'Отправить на проверку', publish: 'Опубликовать', schedule: 'Запланировать', unschedule: 'Вернуть в черновики', withdraw: 'Отозвать',
  scheduleAt: 'Опубликовать в', embargoUntil: 'Эмбарго до', correction: 'Это исправление', correctionNote: 'Примечание об исправлении',
  preview: 'Предпросмотр', revisions: 'Версии', compare: 'Сравнить', restore: 'Восстановить эту версию', translate: 'Перевести на',
  translations: 'Переводы', noTranslation: 'нет перевода', conflictTitle: 'Материал уже сохранил кто-то другой',
  conflictText: 'Ваши изменения не сохранены: тем временем была сохранена другая версия. Сравните обе и сохраните снова в редакторе ниже — ваш текст остался в форме.',
  theirVersion: 'Сохранённая версия', yourVersion: 'Ваша версия', alsoOpenBy: 'Также открыт у:', tagsHint: 'Через запятую',
  leadImage: 'Главное фото', upload: 'Загрузить изображение', altText: 'Альтернативный текст', caption: 'Подпись', credit: 'Автор фото',
  altRequired: 'Перед публикацией у главного фото должен быть альтернативный текст.', invalid: 'Исправьте отмеченные поля.',
  required: 'Обязательно.', tooLong: 'Слишком длинно.', notAllowed: 'Недоступно в этом статусе.', created: 'Создан', by: '—',
  version: 'Версия', kind: 'Вид', when: 'Когда', who: 'Кто', action: 'Действие', object: 'Объект', summary: 'Описание',
  changePassword: 'Сменить пароль', currentPassword: 'Текущий пароль', newPassword: 'Новый пароль', language: 'Язык',
  passwordChanged: 'Пароль изменён. Другие сеансы завершены.', accountSaved: 'Настройки сохранены.',
  autosaveSaved: 'Сохранено в', autosaveConflict: 'Кто-то другой сохранил материал; автосохранение остановлено. Сохраните, чтобы сравнить.',
  autosaveRetry: 'Не сохранено — повторяем', restoreLocal: 'Восстановить несохранённый текст', open: 'Открыть', readerPage: 'Страница на сайте',
  wordsAdded: 'добавлено', wordsRemoved: 'удалено', previous: 'Назад', next: 'Вперёд', newer: 'Более новые', older: 'Более старые', skipToContent: 'Перейти к содержанию',
  mainNav: 'Навигация редакции', unpublishedPreview: 'Предпросмотр — не виден читателям',
};

const ALL: Record<NewsroomLocale, NewsroomMessages> = { en, de, ru };

export function newsroomMessages(locale: string): NewsroomMessages {
  return ALL[(NEWSROOM_LOCALES as readonly string[]).includes(locale) ? (locale as NewsroomLocale) : 'en'];
}
