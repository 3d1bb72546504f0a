// Servers under test, each in its own child process so that its memory is its own: the Depesche app
// (`depesche serve`) and the minimal node:http baseline.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const HOST = '127.0.0.1';
const REPO = fileURLToPath(new URL('..', import.meta.url));
const START_TIMEOUT_MS = 60_000;

// A bench stopped by Ctrl-C or a failure must not leave servers behind holding ports and memory.
const live = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of live) child.kill('SIGKILL');
});

export interface ServerProcess {
  pid: number;
  origin: string;
  /** Stops the server and returns its peak resident memory in bytes (undefined where /proc is missing). */
  stop(): Promise<number | undefined>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, HOST, () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** VmHWM is the kernel's own high-water mark of the resident set, so no sample can miss the peak. */
function peakRss(pid: number): number | undefined {
  try {
    const match = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

async function launch(args: string[], env: Record<string, string>, ready: RegExp, port: number): Promise<ServerProcess> {
  // Only what the child needs: the user's own PAGE_CACHE or DATABASE_URL must not leak into a scenario.
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: REPO,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  live.add(child);
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => {
    live.delete(child);
    resolve(code);
  }));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`server did not start within ${START_TIMEOUT_MS / 1000} s`)), START_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (ready.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    function fail(err: Error) {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`${err.message}\n${output}`));
    }
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then((code) => fail(new Error(`server exited with code ${code} before it was ready`)));
  });
  // Keep draining the pipes: a server that logs must never block on a full pipe.
  child.stdout!.resume();
  child.stderr!.resume();
  const pid = child.pid!;
  return {
    pid,
    origin: `http://${HOST}:${port}`,
    async stop() {
      const peak = peakRss(pid);
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(killer);
      return peak;
    },
  };
}

/** The Node.js options of a package.json script that reads "node <options> src/cli/main.ts [command]". */
export function scriptOptions(script: 'start' | 'depesche', command?: string): string[] {
  const scripts = (JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { scripts?: Record<string, string> }).scripts ?? {};
  const words = (scripts[script] ?? '').trim().split(/\s+/);
  const main = words.indexOf('src/cli/main.ts');
  if (words[0] !== 'node' || main < 0 || (command !== undefined && words[main + 1] !== command)) {
    throw new Error(`package.json's ${script} script should read "node [options] src/cli/main.ts${command ? ` ${command}` : ''}", not "${scripts[script]}"`);
  }
  return words.slice(1, main);
}

/**
 * The Node.js options `npm start` gives the server (package.json's start script: `node <options> src/cli/main.ts
 * serve`), so that the bench measures the server as it is run.
 */
export function startOptions(): string[] {
  return scriptOptions('start', 'serve');
}

export async function startApp(databaseFile: string, pageCache: boolean): Promise<ServerProcess> {
  const port = await freePort();
  return launch([...startOptions(), 'src/cli/main.ts', 'serve'], {
    DATABASE_URL: databaseFile,
    PORT: String(port),
    HOST,
    LOG_LEVEL: 'warn',
    SEED_DEMO: 'false',
    PAGE_CACHE: String(pageCache),
  }, /Depesche is serving/, port);
}

export async function startBaseline(bodyFile: string): Promise<ServerProcess> {
  const port = await freePort();
  return launch([fileURLToPath(new URL('baseline-server.ts', import.meta.url)), bodyFile, String(port), HOST], {}, /^listening/m, port);
}
