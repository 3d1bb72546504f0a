// `depesche user add`: creates a newsroom account; the password comes from a prompt, stdin or DEPESCHE_PASSWORD.
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline';
import type { Db } from '../db/database.ts';
import { createUser, ROLES, UserInputError } from '../services/user-service.ts';

const HELP = `Usage: depesche user add --email ADDRESS --role ROLE [--name NAME] [--locale LANG]

Creates a newsroom user. Roles: ${ROLES.join(', ')} (admin manages users and settings).
The password is asked for on a terminal; otherwise the first line of standard input is used,
or the DEPESCHE_PASSWORD variable if it is set. At least 12 characters.

Example:
  depesche user add --email chief@agency.example --name "Anna Kowal" --role admin
`;

async function readPassword(env: Record<string, string | undefined>): Promise<string> {
  if (env.DEPESCHE_PASSWORD) return env.DEPESCHE_PASSWORD;
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  if (process.stdin.isTTY) {
    process.stdout.write('Password: ');
    // Typed characters are not echoed.
    (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = () => {};
  }
  try {
    for await (const line of rl) return line;
    return '';
  } finally {
    rl.close();
    if (process.stdin.isTTY) process.stdout.write('\n');
  }
}

export async function userAdd(args: string[], env: Record<string, string | undefined>, out: (line: string) => void, db: Db): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'add' || rest.includes('--help') || rest.includes('-h')) {
    out(HELP);
    return sub === 'add' ? 0 : 1;
  }
  let values: Record<string, string | undefined>;
  try {
    values = parseArgs({
      args: rest,
      options: { email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' }, locale: { type: 'string' } },
      strict: true,
    }).values;
  } catch (err) {
    out(`${(err as Error).message}\n\n${HELP}`);
    return 64;
  }
  if (!values.email || !values.role) {
    out(`--email and --role are required.\n\n${HELP}`);
    return 64;
  }
  try {
    const user = await createUser(db, { email: values.email, name: values.name ?? '', role: values.role, password: await readPassword(env), locale: values.locale });
    out(`Created ${user.role} ${user.email} (id ${user.id}).`);
    return 0;
  } catch (err) {
    if (err instanceof UserInputError) {
      out(`Cannot create the user: ${err.message}.`);
      return 65;
    }
    throw err;
  }
}
