// Strings of the newsroom's wire client pages in English, German and Russian, with the words for each form problem.
import type { WireClientProblem } from '../wire/wire-client-service.ts';

const en = {
  newClient: 'New wire client', editClient: 'Edit wire client', name: 'Name', keyPrefix: 'Key', editions: 'Editions', rubrics: 'Rubrics',
  allRubrics: 'All rubrics', rubricsHint: 'None ticked: every rubric of its editions.', embargo: 'Embargo', embargoAccess: 'Receives embargoed items',
  embargoHint: 'Embargoed items reach this client before the embargo ends, marked with the embargo time. Without it, they arrive when the embargo ends.',
  webhook: 'Webhook', webhookUrl: 'Webhook address', webhookHint: 'An http(s) address without user name or password; empty for none. Publications, updates and withdrawals are posted to it, signed.',
  lastUsed: 'Last used', never: 'never', status: 'Status', active: 'Active', disabled: 'Disabled', none: 'No wire clients yet.', yes: 'yes', no: 'no',
  create: 'Create', save: 'Save', back: 'Back to the list', settings: 'Settings',
  keyTitle: 'API key', keyShownOnce: 'Copy this key now: it is shown only this once and is not stored in readable form. If it is lost, rotate the key.',
  secretTitle: 'Webhook secret', secretShownOnce: 'Copy this secret now: it signs the webhook deliveries (HMAC) and is not shown again. Rotate it if it is lost.',
  usage: 'The client sends it as "Authorization: Bearer <key>" to', done: 'Done: back to the client',
  rotateKey: 'Rotate key', rotateKeyHint: 'Makes a new key; the old one stops working at once.',
  rotateSecret: 'Rotate webhook secret', rotateSecretHint: 'Makes a new secret; deliveries are signed with it from now on.',
  disable: 'Disable client', enable: 'Enable client', disableHint: 'A disabled client\'s key is refused and it gets no webhooks, until it is enabled again.',
  delete: 'Delete client', deleteHint: 'The client and its key are gone for good.', confirmDelete: 'Delete this client?', confirmDeleteHint: 'Its key stops working and it cannot be undone.',
  createdFlash: 'Created.', savedFlash: 'Saved.', deletedFlash: 'Deleted.',
  problems: {
    required: 'Required.', tooLong: 'Too long.', edition: 'Pick editions that exist.', rubric: 'Pick rubrics that exist.',
    url: 'Enter an address starting with https:// or http://.', credentials: 'Leave the user name and password out of the address.',
    noWebhook: 'This client has no webhook address.',
  } as Record<WireClientProblem, string>,
};

export type WireClientMessages = typeof en;

const de: WireClientMessages = {
  newClient: 'Neuer Wire-Kunde', editClient: 'Wire-Kunden bearbeiten', name: 'Name', keyPrefix: 'Schlüssel', editions: 'Ausgaben', rubrics: 'Rubriken',
  allRubrics: 'Alle Rubriken', rubricsHint: 'Keine angekreuzt: alle Rubriken seiner Ausgaben.', embargo: 'Sperrfrist', embargoAccess: 'Erhält Meldungen unter Sperrfrist',
  embargoHint: 'Meldungen unter Sperrfrist erreichen diesen Kunden vor deren Ablauf, mit der Sperrfrist markiert. Ohne dies kommen sie bei Ablauf der Sperrfrist.',
  webhook: 'Webhook', webhookUrl: 'Webhook-Adresse', webhookHint: 'Eine http(s)-Adresse ohne Benutzername oder Passwort; leer für keinen. Veröffentlichungen, Änderungen und Rückzüge werden signiert dorthin gesendet.',
  lastUsed: 'Zuletzt genutzt', never: 'nie', status: 'Status', active: 'Aktiv', disabled: 'Gesperrt', none: 'Noch keine Wire-Kunden.', yes: 'ja', no: 'nein',
  create: 'Anlegen', save: 'Speichern', back: 'Zurück zur Liste', settings: 'Einstellungen',
  keyTitle: 'API-Schlüssel', keyShownOnce: 'Kopieren Sie den Schlüssel jetzt: Er wird nur dieses eine Mal gezeigt und nicht lesbar gespeichert. Geht er verloren, erneuern Sie ihn.',
  secretTitle: 'Webhook-Geheimnis', secretShownOnce: 'Kopieren Sie das Geheimnis jetzt: Es signiert die Webhook-Zustellungen (HMAC) und wird nicht noch einmal gezeigt. Geht es verloren, erneuern Sie es.',
  usage: 'Der Kunde sendet ihn als „Authorization: Bearer <Schlüssel>“ an', done: 'Fertig: zurück zum Kunden',
  rotateKey: 'Schlüssel erneuern', rotateKeyHint: 'Erzeugt einen neuen Schlüssel; der alte gilt sofort nicht mehr.',
  rotateSecret: 'Webhook-Geheimnis erneuern', rotateSecretHint: 'Erzeugt ein neues Geheimnis; Zustellungen werden ab jetzt damit signiert.',
  disable: 'Kunden sperren', enable: 'Kunden entsperren', disableHint: 'Der Schlüssel eines gesperrten Kunden wird abgewiesen, und er erhält keine Webhooks, bis er entsperrt wird.',
  delete: 'Kunden löschen', deleteHint: 'Der Kunde und sein Schlüssel sind endgültig weg.', confirmDelete: 'Diesen Kunden löschen?', confirmDeleteHint: 'Sein Schlüssel gilt dann nicht mehr; das lässt sich nicht rückgängig machen.',
  createdFlash: 'Angelegt.', savedFlash: 'Gespeichert.', deletedFlash: 'Gelöscht.',
  problems: {
    required: 'Pflichtfeld.', tooLong: 'Zu lang.', edition: 'Wählen Sie vorhandene Ausgaben.', rubric: 'Wählen Sie vorhandene Rubriken.',
    url: 'Geben Sie eine Adresse ein, die mit https:// oder http:// beginnt.', credentials: 'Lassen Sie Benutzername und Passwort aus der Adresse weg.',
    noWebhook: 'Dieser Kunde hat keine Webhook-Adresse.',
  },
};

const ru: WireClientMessages = {
  newClient: 'Новый подписчик ленты', editClient: 'Изменить подписчика', name: 'Название', keyPrefix: 'Ключ', editions: 'Версии сайта', rubrics: 'Рубрики',
  allRubrics: 'Все рубрики', rubricsHint: 'Если ничего не отмечено — все рубрики его версий.', embargo: 'Эмбарго', embargoAccess: 'Получает материалы под эмбарго',
  embargoHint: 'Материалы под эмбарго приходят этому подписчику до его окончания, с отметкой времени эмбарго. Без этого — в момент окончания эмбарго.',
  webhook: 'Вебхук', webhookUrl: 'Адрес вебхука', webhookHint: 'Адрес http(s) без имени пользователя и пароля; пусто — без вебхука. Публикации, правки и отзывы отправляются туда с подписью.',
  lastUsed: 'Последнее обращение', never: 'никогда', status: 'Статус', active: 'Активен', disabled: 'Отключён', none: 'Подписчиков пока нет.', yes: 'да', no: 'нет',
  create: 'Создать', save: 'Сохранить', back: 'К списку', settings: 'Настройки',
  keyTitle: 'API-ключ', keyShownOnce: 'Скопируйте ключ сейчас: он показывается только один раз и не хранится в читаемом виде. Если он потерян, выпустите новый.',
  secretTitle: 'Секрет вебхука', secretShownOnce: 'Скопируйте секрет сейчас: им подписываются доставки вебхука (HMAC), и он больше не будет показан. Если он потерян, выпустите новый.',
  usage: 'Подписчик передаёт его как «Authorization: Bearer <ключ>» по адресу', done: 'Готово: к подписчику',
  rotateKey: 'Выпустить новый ключ', rotateKeyHint: 'Создаёт новый ключ; старый сразу перестаёт действовать.',
  rotateSecret: 'Выпустить новый секрет вебхука', rotateSecretHint: 'Создаёт новый секрет; доставки подписываются им с этого момента.',
  disable: 'Отключить подписчика', enable: 'Включить подписчика', disableHint: 'Ключ отключённого подписчика отклоняется, вебхуки ему не отправляются, пока его не включат.',
  delete: 'Удалить подписчика', deleteHint: 'Подписчик и его ключ будут удалены навсегда.', confirmDelete: 'Удалить этого подписчика?', confirmDeleteHint: 'Его ключ перестанет действовать; отменить это нельзя.',
  createdFlash: 'Создано.', savedFlash: 'Сохранено.', deletedFlash: 'Удалено.',
  problems: {
    required: 'Обязательное поле.', tooLong: 'Слишком длинно.', edition: 'Выберите существующие версии.', rubric: 'Выберите существующие рубрики.',
    url: 'Введите адрес, начинающийся с https:// или http://.', credentials: 'Уберите из адреса имя пользователя и пароль.',
    noWebhook: 'У этого подписчика нет адреса вебхука.',
  },
};

const ALL: Record<string, WireClientMessages> = { en, de, ru };

export function wireClientMessages(locale: string): WireClientMessages {
  return ALL[locale] ?? en;
}
