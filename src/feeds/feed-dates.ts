// Dates as feeds and sitemaps want them: RFC 822 (RSS 2.0, four-digit years as in RFC 1123), RFC 3339 / W3C datetime, HTTP dates.
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const two = (n: number) => String(n).padStart(2, '0');

const offsetFormats = new Map<string, Intl.DateTimeFormat>();
const QUARTER_HOUR = 900_000;
const knownOffsets = new Map<string, number>();

/**
 * Minutes east of UTC, as domain/dates.ts zoneOffsetMinutes computes them, but with the formatter kept per zone
 * (building one costs ~0.4 ms) and offsets remembered per quarter hour of UTC, on which every offset change since
 * 1972 falls: a month's sitemap needs ten thousand of them.
 */
function offsetMinutes(ms: number, timeZone: string): number {
  const key = `${timeZone} ${Math.floor(ms / QUARTER_HOUR)}`;
  const known = knownOffsets.get(key);
  if (known !== undefined) return known;
  let f = offsetFormats.get(timeZone);
  if (!f) offsetFormats.set(timeZone, (f = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })));
  const name = f.formatToParts(ms).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
  const offset = m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0)) : 0;
  if (knownOffsets.size >= 100_000) knownOffsets.clear();
  knownOffsets.set(key, offset);
  return offset;
}

/** The wall time of a zone at a moment (whole seconds), as a Date to be read with its UTC getters, and the offset. */
function wallTime(ms: number, timeZone: string): { local: Date; offset: number } {
  const offset = offsetMinutes(ms, timeZone);
  return { local: new Date(Math.floor(ms / 1000) * 1000 + offset * 60_000), offset };
}

/** "2026-11-29T14:36:00+03:00": the zone's wall time with its offset (Atom, JSON Feed, sitemaps). */
export function rfc3339(ms: number, timeZone: string): string {
  const { local, offset } = wallTime(ms, timeZone);
  const abs = Math.abs(offset);
  return `${local.toISOString().slice(0, 19)}${offset < 0 ? '-' : '+'}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
}

/** "Sun, 29 Nov 2026 14:36:00 +0300": the zone's wall time with its offset (RSS 2.0). */
export function rfc822(ms: number, timeZone: string): string {
  const { local, offset } = wallTime(ms, timeZone);
  const abs = Math.abs(offset);
  const zone = `${offset < 0 ? '-' : '+'}${two(Math.floor(abs / 60))}${two(abs % 60)}`;
  return `${DAYS[local.getUTCDay()]}, ${two(local.getUTCDate())} ${MONTHS[local.getUTCMonth()]} ${local.getUTCFullYear()} `
    + `${two(local.getUTCHours())}:${two(local.getUTCMinutes())}:${two(local.getUTCSeconds())} ${zone}`;
}

/** Last-Modified / If-Modified-Since form: "Sun, 29 Nov 2026 11:36:00 GMT". */
export function httpDate(ms: number): string {
  return new Date(ms).toUTCString();
}
