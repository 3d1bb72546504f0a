// A search thread: its own read-only connection to the SQLite file, answering searches the main thread hands over.
import { parentPort, workerData } from 'node:worker_threads';
import { sql } from 'kysely';
import { openDatabase } from '../db/database.ts';
import type { Edition } from '../domain/model.ts';
import { searchEdition, type SearchOutcome, type SearchParams } from './search-service.ts';

export interface SearchThreadSetup {
  file: string;
  /** SQLite's page cache of this connection, in MB: the file's pages are in the kernel's cache as well. */
  cacheMb: number;
}

export interface SearchRequest {
  id: number;
  edition: Edition;
  params: SearchParams;
  pageSize: number;
  now: number;
}

export type SearchReply = { id: number; outcome: SearchOutcome } | { id: number; error: string };

const setup = workerData as SearchThreadSetup;
const handle = openDatabase(setup.file);
// Opened before the first search is taken: a thread that cannot open the file fails at once, and its searches are
// answered on the main thread. This connection only ever reads: SQLite refuses any write on it.
await sql.raw('PRAGMA query_only = 1').execute(handle.db);
await sql.raw(`PRAGMA cache_size = -${Math.round(setup.cacheMb * 1024)}`).execute(handle.db);

parentPort!.on('message', async ({ id, edition, params, pageSize, now }: SearchRequest) => {
  let reply: SearchReply;
  try {
    reply = { id, outcome: await searchEdition(handle.db, edition, params, pageSize, now) };
  } catch (err) {
    reply = { id, error: (err as Error).stack ?? String(err) };
  }
  parentPort!.postMessage(reply);
});
