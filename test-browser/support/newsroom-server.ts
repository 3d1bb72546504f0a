// Starts `depesche serve` on a fresh SQLite file of our own, so newsroom users can be added to it with
// `depesche user add`, as an operator would (reader-server.ts keeps its file to itself).
import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT } from './reader-server.ts';

const execFileAsync = promisify(execFile);
const START_TIMEOUT_MS = 60_000;

export interface NewsroomUser {
  email: string;
  name: string;
  role: 'contributor' | 'editor' | 'chief' | 'admin';
  password: string;
}

export interface NewsroomServer {
  /** Origin without a trailing slash, e.g. http://127.0.0.1:40123 */
  origin: string;
  addUser(user: NewsroomUser): Promise<void>;
  stop(): Promise<void>;
}

async function findFreePort(): Promise<number> {
  const probe = createServer();
  probe.listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const address = probe.address();
  probe.close();
  await once(probe, 'close');
  if (!address || typeof address === 'string') throw new Error('no TCP address for the port probe');
  return address.port;
}

export async function startNewsroomServer(): Promise<NewsroomServer> {
  const dir = await mkdtemp(join(tmpdir(), 'depesche-newsroom-'));
  const databaseUrl = join(dir, 'newsroom.sqlite');
  const port = await findFreePort();
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['src/cli/main.ts', 'serve'], {
    cwd: REPO_ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), HOST: '127.0.0.1', PUBLIC_URL: origin, LOG_LEVEL: 'warn', SEED_DEMO: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = once(child, 'exit');
  let output = '';
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in ${START_TIMEOUT_MS} ms:\n${output}`)), START_TIMEOUT_MS);
    const collect = (chunk: Buffer): void => {
      output += chunk.toString();
      if (output.includes('Depesche is serving')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with code ${code} before serving:\n${output}`));
    });
  });
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
    await rm(dir, { recursive: true, force: true });
  };
  const addUser = async (user: NewsroomUser): Promise<void> => {
    // The password travels in the environment, never on the command line.
    await execFileAsync(process.execPath, ['src/cli/main.ts', 'user', 'add', '--email', user.email, '--name', user.name, '--role', user.role], {
      cwd: REPO_ROOT,
      env: { ...process.env, DATABASE_URL: databaseUrl, DEPESCHE_PASSWORD: user.password, LOG_LEVEL: 'warn' },
      timeout: 30_000,
    });
  };
  try {
    await ready;
  } catch (err) {
    await stop();
    throw err;
  }
  return { origin, addUser, stop };
}
