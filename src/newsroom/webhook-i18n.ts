// Strings of the newsroom's webhook delivery log in English, German and Russian.
import type { DeliveryStatus, WireEventKind } from '../webhooks/webhook-tables.ts';

const en = {
  title: 'Webhook deliveries',
  intro: 'Every change a subscriber client hears of by webhook, newest first. Failed deliveries are retried with growing waits for up to two days.',
  client: 'Client', event: 'Event', article: 'Article', status: 'Status', attempts: 'Attempts', lastAnswer: 'Last answer', nextAttempt: 'Next attempt or delivered (UTC)',
  occurredUtc: 'Event (UTC)', allClients: 'All clients', allStatuses: 'All', deletedClient: 'deleted client', deletedArticle: 'deleted article',
  events: { publish: 'Publish', update: 'Update', withdraw: 'Withdraw' } as Record<WireEventKind, string>,
  statuses: { pending: 'Pending', delivered: 'Delivered', failed: 'Failed', dropped: 'Not sent' } as Record<DeliveryStatus, string>,
  retry: 'Retry now', retryLabel: 'Retry delivery', retriedFlash: 'The delivery is queued and goes out within seconds.',
  notRetriedFlash: 'This delivery cannot be retried now (it is being sent, or it was delivered).',
  httpStatus: 'HTTP', noEntries: 'No deliveries yet.',
  attemptsOf: 'Attempts of delivery', attemptsCaption: 'Latest attempts, newest first, of delivery', attemptedUtc: 'Attempted (UTC)', answer: 'Answer', duration: 'Duration', ms: 'ms',
  ping: 'Send a test ping', pingHint: 'Sends a signed request with event "ping" to the client\'s webhook now, outside the queue.',
  pingClient: 'Client with a webhook', pingOk: 'The test ping was answered with HTTP', pingFailed: 'The test ping failed:', noWebhook: 'This client has no webhook.',
};

export type WebhookMessages = typeof en;

const de: WebhookMessages = {
  title: 'Webhook-Zustellungen',
  intro: 'Jede Änderung, von der ein Abonnent per Webhook erfährt, die neueste zuerst. Fehlgeschlagene Zustellungen werden bis zu zwei Tage lang in wachsenden Abständen wiederholt.',
  client: 'Kunde', event: 'Ereignis', article: 'Artikel', status: 'Status', attempts: 'Versuche', lastAnswer: 'Letzte Antwort', nextAttempt: 'Nächster Versuch oder zugestellt (UTC)',
  occurredUtc: 'Ereignis (UTC)', allClients: 'Alle Kunden', allStatuses: 'Alle', deletedClient: 'gelöschter Kunde', deletedArticle: 'gelöschter Artikel',
  events: { publish: 'Veröffentlichung', update: 'Aktualisierung', withdraw: 'Rückzug' },
  statuses: { pending: 'Ausstehend', delivered: 'Zugestellt', failed: 'Fehlgeschlagen', dropped: 'Nicht gesendet' },
  retry: 'Jetzt wiederholen', retryLabel: 'Zustellung wiederholen', retriedFlash: 'Die Zustellung ist eingereiht und geht in wenigen Sekunden hinaus.',
  notRetriedFlash: 'Diese Zustellung kann jetzt nicht wiederholt werden (sie wird gerade gesendet oder ist zugestellt).',
  httpStatus: 'HTTP', noEntries: 'Noch keine Zustellungen.',
  attemptsOf: 'Versuche der Zustellung', attemptsCaption: 'Letzte Versuche, der neueste zuerst, der Zustellung', attemptedUtc: 'Versucht (UTC)', answer: 'Antwort', duration: 'Dauer', ms: 'ms',
  ping: 'Test-Ping senden', pingHint: 'Sendet sofort eine signierte Anfrage mit dem Ereignis „ping“ an den Webhook des Kunden, außerhalb der Warteschlange.',
  pingClient: 'Kunde mit Webhook', pingOk: 'Der Test-Ping wurde beantwortet mit HTTP', pingFailed: 'Der Test-Ping ist fehlgeschlagen:', noWebhook: 'Dieser Kunde hat keinen Webhook.',
};

const ru: WebhookMessages = {
  title: 'Доставка вебхуков',
  intro: 'Все изменения, о которых клиенты-подписчики узнают через вебхук, новые сверху. Неудачные доставки повторяются с растущими паузами до двух суток.',
  client: 'Клиент', event: 'Событие', article: 'Материал', status: 'Статус', attempts: 'Попытки', lastAnswer: 'Последний ответ', nextAttempt: 'Следующая попытка или доставка (UTC)',
  occurredUtc: 'Событие (UTC)', allClients: 'Все клиенты', allStatuses: 'Все', deletedClient: 'удалённый клиент', deletedArticle: 'удалённый материал',
  events: { publish: 'Публикация', update: 'Обновление', withdraw: 'Отзыв' },
  statuses: { pending: 'В очереди', delivered: 'Доставлено', failed: 'Не доставлено', dropped: 'Не отправлено' },
  retry: 'Повторить сейчас', retryLabel: 'Повторить доставку', retriedFlash: 'Доставка поставлена в очередь и уйдёт в течение нескольких секунд.',
  notRetriedFlash: 'Эту доставку сейчас нельзя повторить (она отправляется или уже доставлена).',
  httpStatus: 'HTTP', noEntries: 'Доставок пока нет.',
  attemptsOf: 'Попытки доставки', attemptsCaption: 'Последние попытки, новые сверху, доставки', attemptedUtc: 'Время попытки (UTC)', answer: 'Ответ', duration: 'Длительность', ms: 'мс',
  ping: 'Отправить тестовый пинг', pingHint: 'Сразу отправляет подписанный запрос с событием «ping» на вебхук клиента, вне очереди.',
  pingClient: 'Клиент с вебхуком', pingOk: 'Тестовый пинг получил ответ HTTP', pingFailed: 'Тестовый пинг не прошёл:', noWebhook: 'У этого клиента нет вебхука.',
};

const ALL: Record<string, WebhookMessages> = { en, de, ru };

export function webhookMessages(locale: string): WebhookMessages {
  return ALL[locale] ?? en;
}
