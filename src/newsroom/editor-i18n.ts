// Texts the editor's script shows (toolbar, restore banner, upload), given to it as data-msg-* attributes.
import { html, type SafeHtml } from '../site/html.ts';

type EditorTexts = Record<string, string>;

const en: EditorTexts = {
  toolbar: 'Formatting', heading2: 'Subheading', heading3: 'Minor subheading', bold: 'Bold', italic: 'Italic', quote: 'Quote',
  'bullet-list': 'Bulleted list', 'ordered-list': 'Numbered list', link: 'Link', unlink: 'Remove link', undo: 'Undo', redo: 'Redo',
  'link-prompt': 'Address of the link (https://…)', 'link-invalid': 'Only http, https and mailto addresses are allowed.',
  'restore-notice': 'This browser has text you had not saved yet.', discard: 'Discard it',
  uploading: 'Uploading…', uploaded: 'Uploaded. Please add the alt text.', 'upload-failed': 'The upload failed.',
  'upload-type': 'Only JPEG, PNG, WebP, AVIF and GIF images can be uploaded.', 'upload-too-large': 'The file is too large.',
};

const de: EditorTexts = {
  toolbar: 'Formatierung', heading2: 'Zwischenüberschrift', heading3: 'Kleine Zwischenüberschrift', bold: 'Fett', italic: 'Kursiv', quote: 'Zitat',
  'bullet-list': 'Aufzählung', 'ordered-list': 'Nummerierte Liste', link: 'Link', unlink: 'Link entfernen', undo: 'Rückgängig', redo: 'Wiederholen',
  'link-prompt': 'Adresse des Links (https://…)', 'link-invalid': 'Nur http-, https- und mailto-Adressen sind erlaubt.',
  'restore-notice': 'Dieser Browser hat Text, den Sie noch nicht gespeichert hatten.', discard: 'Verwerfen',
  uploading: 'Wird hochgeladen…', uploaded: 'Hochgeladen. Bitte Alternativtext ergänzen.', 'upload-failed': 'Das Hochladen ist fehlgeschlagen.',
  'upload-type': 'Nur JPEG-, PNG-, WebP-, AVIF- und GIF-Bilder können hochgeladen werden.', 'upload-too-large': 'Die Datei ist zu groß.',
};

const ru: EditorTexts = {
  toolbar: 'Форматирование', heading2: 'Подзаголовок', heading3: 'Малый подзаголовок', bold: 'Жирный', italic: 'Курсив', quote: 'Цитата',
  'bullet-list': 'Маркированный список', 'ordered-list': 'Нумерованный список', link: 'Ссылка', unlink: 'Убрать ссылку', undo: 'Отменить', redo: 'Повторить',
  'link-prompt': 'Адрес ссылки (https://…)', 'link-invalid': 'Допустимы только адреса http, https и mailto.',
  'restore-notice': 'В этом браузере есть несохранённый текст.', discard: 'Отбросить',
  uploading: 'Загрузка…', uploaded: 'Загружено. Добавьте альтернативный текст.', 'upload-failed': 'Загрузка не удалась.',
  'upload-type': 'Можно загружать только изображения JPEG, PNG, WebP, AVIF и GIF.', 'upload-too-large': 'Файл слишком большой.',
};

const ALL: Record<string, EditorTexts> = { en, de, ru };

export function editorMessageAttributes(locale: string): SafeHtml {
  const texts = ALL[locale] ?? en;
  return html`${Object.entries(texts).map(([key, value]) => html` data-msg-${key}="${value}"`)}`;
}
