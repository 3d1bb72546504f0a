// Worker thread of `depesche import`: prepares chunks of lines (parse, validate, map, sanitize, analyse for search)
// while the main thread writes.
import { parentPort, workerData } from 'node:worker_threads';
import type { InputLine } from './import-lines.ts';
import { editionResolver, prepareLines, searchAnalysis, type EditionRef } from './import-prepare.ts';

export interface WorkerSetup {
  editions: EditionRef[];
  fallback: string;
  /** Analyse items for the search index too. */
  search: boolean;
}

export type WorkerRequest = { id: number; lines: InputLine[] };
export type WorkerReply = { id: number; results: ReturnType<typeof prepareLines> } | { id: number; error: string };

const setup = workerData as WorkerSetup;
const editionOf = editionResolver(setup.editions, setup.fallback);
const search = setup.search ? searchAnalysis(setup.editions) : undefined;

parentPort!.on('message', ({ id, lines }: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    reply = { id, results: prepareLines(lines, editionOf, search) };
  } catch (err) {
    reply = { id, error: (err as Error).stack ?? String(err) };
  }
  parentPort!.postMessage(reply);
});
