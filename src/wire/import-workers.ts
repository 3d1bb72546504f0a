// Prepares input lines on worker threads, in input order, with a bounded amount of work in flight.
import { Worker } from 'node:worker_threads';
import type { InputLine } from './import-lines.ts';
import { editionResolver, prepareLines, searchAnalysis, type PreparedLine } from './import-prepare.ts';
import type { WorkerReply, WorkerRequest, WorkerSetup } from './import-worker.ts';

export interface PrepareOptions {
  /** Worker threads; 0 prepares on the calling thread. */
  workers: number;
  /** Lines prepared on the calling thread before the workers start: a small import does not pay their start-up. */
  workersAfter: number;
}

// In flight (sent to a worker or prepared, not yet taken): enough to keep the workers busy while a batch is written,
// little enough that memory stays flat on any input.
const MAX_IN_FLIGHT_LINES = 2000;
const MAX_IN_FLIGHT_CHARS = 16 * 1024 * 1024;

// A worker holds one chunk of lines at a time; a small young generation keeps its garbage (and the process's peak
// resident memory) small, at the price of more frequent, short scavenges.
const WORKER_LIMITS = { maxOldGenerationSizeMb: 512, maxYoungGenerationSizeMb: 16 };

interface WorkerPool {
  run(lines: InputLine[]): Promise<PreparedLine[]>;
  close(): Promise<void>;
}

function startPool(size: number, setup: WorkerSetup): WorkerPool {
  let nextId = 0;
  const members = Array.from({ length: size }, () => {
    const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { workerData: setup, resourceLimits: WORKER_LIMITS });
    const waiting = new Map<number, { resolve: (r: PreparedLine[]) => void; reject: (e: Error) => void; lines: number }>();
    const member = { worker, waiting, load: 0 };
    const failAll = (err: Error) => {
      for (const w of waiting.values()) w.reject(err);
      waiting.clear();
    };
    worker.on('message', (reply: WorkerReply) => {
      const w = waiting.get(reply.id);
      if (!w) return;
      waiting.delete(reply.id);
      member.load -= w.lines;
      if ('error' in reply) w.reject(new Error(`an import worker failed: ${reply.error}`));
      else w.resolve(reply.results);
    });
    worker.on('error', failAll);
    worker.on('exit', (code) => failAll(new Error(`an import worker stopped (exit code ${code})`)));
    return member;
  });
  return {
    run(lines) {
      // To the worker with the fewest lines waiting; replies come back per worker in the order sent.
      const member = members.reduce((a, b) => (b.load < a.load ? b : a));
      const id = nextId++;
      member.load += lines.length;
      return new Promise((resolve, reject) => {
        member.waiting.set(id, { resolve, reject, lines: lines.length });
        member.worker.postMessage({ id, lines } satisfies WorkerRequest);
      });
    },
    async close() {
      for (const m of members) m.worker.removeAllListeners('exit');
      await Promise.all(members.map((m) => m.worker.terminate()));
    },
  };
}

function charsOf(lines: InputLine[]): number {
  let n = 0;
  for (const l of lines) n += 'text' in l ? l.text.length : 0;
  return n;
}

interface Chunk {
  results: Promise<PreparedLine[]>;
  lines: number;
  chars: number;
}

/**
 * The prepared lines of the input, chunk by chunk, in input order. A pump reads the input and hands it to the workers
 * whenever the main thread is free, up to the in-flight bounds, however far the writing lags behind: handing work out
 * only as prepared chunks were taken let the workers run dry while a batch was written, and the writer then waited
 * for them. A prepared chunk is handed over as soon as it is ready, without waiting for more input.
 */
export async function* prepareInOrder(batches: AsyncIterable<InputLine[]>, setup: WorkerSetup, opts: PrepareOptions): AsyncGenerator<PreparedLine[]> {
  const editionOf = editionResolver(setup.editions, setup.fallback);
  const search = setup.search ? searchAnalysis(setup.editions) : undefined;
  const queue: Chunk[] = [];
  let inFlightLines = 0;
  let inFlightChars = 0;
  let seen = 0;
  let pool = null as WorkerPool | null;
  let inputDone = false;
  let inputError: { error: unknown } | null = null;
  let stopped = false;
  // Who waits: the pump for room, the taker for a chunk. Each is woken by the other.
  let roomWaiter: (() => void) | null = null;
  let chunkWaiter: (() => void) | null = null;
  const wake = (waiter: (() => void) | null) => waiter?.();
  // On this thread (no workers yet) one chunk at a time: preparing ahead would only delay the writing.
  const full = () => (pool ? inFlightLines >= MAX_IN_FLIGHT_LINES || inFlightChars >= MAX_IN_FLIGHT_CHARS : queue.length > 0);

  const pump = async () => {
    for await (const lines of batches) {
      if (stopped) break;
      seen += lines.length;
      if (!pool && opts.workers > 0 && seen > opts.workersAfter) pool = startPool(opts.workers, setup);
      const results = pool ? pool.run(lines) : Promise.resolve(prepareLines(lines, editionOf, search));
      // Rejections are taken up when this chunk's turn comes; until then they must not count as unhandled.
      results.catch(() => {});
      const chars = charsOf(lines);
      queue.push({ results, lines: lines.length, chars });
      inFlightLines += lines.length;
      inFlightChars += chars;
      wake(chunkWaiter);
      while (full() && !stopped) await new Promise<void>((resolve) => (roomWaiter = resolve));
      if (stopped) break;
    }
  };
  void pump().then(
    () => void (inputDone = true),
    (error: unknown) => {
      inputDone = true;
      inputError = { error };
    },
  ).finally(() => wake(chunkWaiter));

  try {
    for (;;) {
      while (!queue.length && !inputDone) await new Promise<void>((resolve) => (chunkWaiter = resolve));
      const head = queue.shift();
      if (!head) break;
      inFlightLines -= head.lines;
      inFlightChars -= head.chars;
      wake(roomWaiter);
      yield await head.results;
    }
    if (inputError) throw (inputError as { error: unknown }).error;
  } finally {
    stopped = true;
    wake(roomWaiter);
    // Stops the workers should writing have failed midway. The pump closes the input when its next chunk arrives (not
    // awaited: a standard input may never send one).
    await pool?.close();
  }
}
