// Signing webhook requests, and the check a receiver makes (self-contained, so receivers can copy it).
//
// Scheme: X-Depesche-Timestamp is the send time in unix seconds; X-Depesche-Signature is
// "sha256=" + lowercase hex of HMAC-SHA256(key = the client's webhook secret as UTF-8,
// message = timestamp + "." + the raw request body bytes). Each attempt is signed anew with its own timestamp.
// A receiver recomputes the HMAC over the body exactly as received (before parsing JSON), compares in
// constant time, and refuses timestamps more than a few minutes away from its clock (replays).
import { createHmac, timingSafeEqual } from 'node:crypto';

export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** True when `signature` is ours for this body and `timestamp` (unix seconds) is within `toleranceSeconds` of `now` (ms). */
export function verifyWebhookSignature(secret: string, timestamp: string | number, body: string | Buffer, signature: string, now = Date.now(), toleranceSeconds = 300): boolean {
  const ts = Number(timestamp);
  if (!Number.isInteger(ts) || Math.abs(now / 1000 - ts) > toleranceSeconds) return false;
  const expected = Buffer.from(`sha256=${createHmac('sha256', secret).update(`${ts}.`).update(body).digest('hex')}`);
  const given = Buffer.from(String(signature));
  return expected.length === given.length && timingSafeEqual(expected, given);
}
