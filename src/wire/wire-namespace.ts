// The namespace of the wire's URNs (urn:depesche:<namespace>:article:<id>). An item's URI is its identity for every
// subscriber, and importing again by URI updates instead of duplicating: it must never change. So the namespace
// is PUBLIC_URL's host the first time it is needed, kept in the database (site_settings) from then on; a site
// that moves to another address, or began on http://localhost:3000, keeps the URIs it has given out.
import type { Db } from '../db/database.ts';

const SETTING = 'wire_namespace';
const known = new WeakMap<Db, string>();

export async function wireNamespace(db: Db, publicUrl: string): Promise<string> {
  const cached = known.get(db);
  if (cached !== undefined) return cached;
  // Whoever writes first (another process, another node) fixes it; everyone reads what was written.
  await db.insertInto('site_settings').values({ name: SETTING, value: new URL(publicUrl).host }).onConflict((oc) => oc.column('name').doNothing()).execute();
  const row = await db.selectFrom('site_settings').select('value').where('name', '=', SETTING).executeTakeFirstOrThrow();
  known.set(db, row.value);
  return row.value;
}

/** Only for tests that move a site: forgets what this process read. */
export function forgetWireNamespace(db: Db): void {
  known.delete(db);
}

