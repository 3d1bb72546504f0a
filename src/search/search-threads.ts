// Where searches run. On a SQLite file they run on worker threads, each with its own read connection: a search costs
// milliseconds of SQLite and snippet work, which on the main thread would hold up every page behind it and leave the
// other cores idle. On PostgreSQL (the database server does the work) and in memory they run in the process.
import { Worker } from 'node:worker_threads';
import type { Db } from '../db/database.ts';
import type { Edition } from '../domain/model.ts';
import { searchEdition, type SearchOutcome, type SearchParams } from './search-service.ts';
import type { SearchReply, SearchRequest, SearchThreadSetup } from './search-thread.ts';

export interface SearchRunner {
  search(edition: Edition, params: SearchParams, pageSize: number, now: number): Promise<SearchOutcome>;
  /** Threads running now, and threads that failed since the start. */
  stats(): { threads: number; failures: number };
  close(): Promise<void>;
}

/** Searches on the calling thread, over its own connection. */
export function searchInProcess(db: Db): SearchRunner {
  return {
    search: (edition, params, pageSize, now) => searchEdition(db, edition, params, pageSize, now),
    stats: () => ({ threads: 0, failures: 0 }),
    close: async () => {},
  };
}

export interface SearchThreadOptions {
  /** The SQLite file. */
  file: string;
  threads: number;
  /** Runs a search when no thread can: before they are replaced after a failure, or after too many failures. */
  fallback: SearchRunner;
  /** Told of a thread that failed (its searches are answered by the fallback). */
  onFailure?: (err: Error) => void;
}

// Searches handed to one thread at a time: two, so that it starts the next while its reply travels back; the rest wait
// on the main thread and go to whichever thread frees up first, so one slow search does not hold up others behind it.
const PER_THREAD = 2;
/** After this many failed threads, searches stay on the main thread. */
const MAX_FAILURES = 5;
// The threads' heaps hold little beyond one search's rows and snippets: a small young generation keeps the
// process's resident memory down. (Node's --max-semi-space-size, as `npm start` gives, overrides it for every thread.)
const THREAD_LIMITS = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 256 };
// The file's pages are in the kernel's cache as well; each thread keeps the upper levels of the indexes it reads.
const THREAD_CACHE_MB = 8;

interface Pending {
  request: SearchRequest;
  resolve: (outcome: SearchOutcome) => void;
  reject: (err: Error) => void;
}

interface Member {
  worker: Worker;
  running: Map<number, Pending>;
}

/** Searches on `threads` worker threads, started at the first search. */
export function startSearchThreads(opts: SearchThreadOptions): SearchRunner {
  const queue: Pending[] = [];
  const members: Member[] = [];
  let nextId = 0;
  let failures = 0;
  let closed = false;

  const runInProcess = (p: Pending) => {
    const { edition, params, pageSize, now } = p.request;
    opts.fallback.search(edition, params, pageSize, now).then(p.resolve, p.reject);
  };

  const dispatch = () => {
    while (queue.length > 0) {
      if (closed || failures >= MAX_FAILURES) {
        for (const p of queue.splice(0)) runInProcess(p);
        return;
      }
      while (members.length < opts.threads) members.push(startMember());
      const member = members.reduce((a, b) => (b.running.size < a.running.size ? b : a));
      if (member.running.size >= PER_THREAD) return;
      const p = queue.shift()!;
      member.running.set(p.request.id, p);
      member.worker.postMessage(p.request);
    }
  };

  /** Stops a thread for good; what it was running is answered on the main thread. */
  const stopMember = (m: Member): Promise<number> => {
    m.worker.removeAllListeners('exit');
    m.worker.removeAllListeners('error');
    m.worker.on('error', () => {});
    for (const p of m.running.values()) runInProcess(p);
    m.running.clear();
    return m.worker.terminate();
  };

  const startMember = (): Member => {
    const setup: SearchThreadSetup = { file: opts.file, cacheMb: THREAD_CACHE_MB };
    const worker = new Worker(new URL('./search-thread.ts', import.meta.url), { workerData: setup, resourceLimits: THREAD_LIMITS });
    const member: Member = { worker, running: new Map() };
    worker.on('message', (reply: SearchReply) => {
      const p = member.running.get(reply.id);
      if (!p) return;
      member.running.delete(reply.id);
      if ('error' in reply) p.reject(new Error(`search failed on a search thread: ${reply.error}`));
      else p.resolve(reply.outcome);
      dispatch();
    });
    const failed = (err: Error) => {
      const index = members.indexOf(member);
      if (index < 0) return;
      members.splice(index, 1);
      failures++;
      opts.onFailure?.(err);
      // Its searches are answered all the same; a new thread takes its place at the next dispatch, unless threads
      // failed too often: then the others stop as well, and searches stay on the main thread.
      const stopping = failures >= MAX_FAILURES ? [member, ...members.splice(0)] : [member];
      for (const m of stopping) void stopMember(m);
      dispatch();
    };
    worker.on('error', failed);
    worker.on('exit', (code) => failed(new Error(`a search thread stopped (exit code ${code})`)));
    return member;
  };

  return {
    search(edition, params, pageSize, now) {
      return new Promise<SearchOutcome>((resolve, reject) => {
        queue.push({ request: { id: nextId++, edition, params, pageSize, now }, resolve, reject });
        dispatch();
      });
    },
    stats: () => ({ threads: members.length, failures }),
    async close() {
      closed = true;
      // Searches still running finish on the main thread, as long as its connection is open.
      await Promise.all(members.splice(0).map(stopMember));
    },
  };
}
