// A reader server whose SQLite file newsroom users are added to with `depesche user add`, as an operator would.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { REPO_ROOT, startReaderServer } from './reader-server.ts';

const execFileAsync = promisify(execFile);

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

export async function startNewsroomServer(): Promise<NewsroomServer> {
  const { origin, databaseUrl, stop } = await startReaderServer();
  const addUser = async (user: NewsroomUser): Promise<void> => {
    // The password travels in the environment, never on the command line.
    await execFileAsync(process.execPath, ['src/cli/main.ts', 'user', 'add', '--email', user.email, '--name', user.name, '--role', user.role], {
      cwd: REPO_ROOT,
      env: { ...process.env, DATABASE_URL: databaseUrl, DEPESCHE_PASSWORD: user.password, LOG_LEVEL: 'warn' },
      timeout: 30_000,
    });
  };
  return { origin, addUser, stop };
}
