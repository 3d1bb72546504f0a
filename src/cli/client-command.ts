// `depesche client`: wire subscribers and their API keys from the command line (add, list, show, rotate-key, disable, enable, remove).
import { parseArgs } from 'node:util';
import type { Config } from '../config.ts';
import type { Db } from '../db/database.ts';
import type { CommandIo } from './command-io.ts';
import { withDatabase } from './with-database.ts';
import {
  createWireClient, deleteWireClient, findWireClientDetails, listWireClientDetails, rotateWireClientKey, setWireClientDisabled,
  wireClientProblemsOf, type WireClientDetails, type WireClientProblem,
} from '../wire/wire-client-service.ts';

export const HELP = `Usage: depesche client <subcommand> [options]

Manages the subscribers of the ninjs wire feed (GET /wire/v1/items) and their API keys.

Subcommands:
  add --name NAME --edition CODE [--edition CODE …] [--rubric KEY …] [--embargo] [--webhook URL]
              create a client; prints its API key (and webhook secret) once
  list        all clients: id, name, key prefix, editions, rubrics, embargo, webhook, status
  show ID     one client
  rotate-key ID
              give the client a new key (printed once); the old key stops working at once
  disable ID  refuse the client's key until it is enabled again
  enable ID
  remove ID   delete the client and its key

Without --rubric a client reads every rubric of its editions. --embargo lets it receive embargoed
items before the embargo ends (marked with their embargo time). The webhook URL must be http(s)
without a user name or password in it.

Example:
  depesche client add --name "Daily Courier" --edition de --edition en --rubric politics --webhook https://courier.example/hooks/wire
`;

const SHOWN_ONCE = 'Keep it now: it is shown only this once and cannot be recovered (rotate the key if it is lost).';

const PROBLEM_TEXT: Record<WireClientProblem, string> = {
  required: 'is required', tooLong: 'is too long', edition: 'names an edition that does not exist', rubric: 'names a rubric that does not exist',
  url: 'must be an http:// or https:// address', credentials: 'must not contain a user name or password', noWebhook: 'is not set',
};

const FLAG_OF: Record<string, string> = { name: '--name', editions: '--edition', rubrics: '--rubric', webhookUrl: '--webhook' };

function idArg(args: string[], io: CommandIo, sub: string): number | null {
  const [raw, ...extra] = args;
  if (!raw || extra.length || !/^\d{1,9}$/.test(raw) || Number(raw) < 1) {
    io.err(`Usage: depesche client ${sub} ID (a client's number, as "depesche client list" shows it).`);
    return null;
  }
  return Number(raw);
}

async function rubricNames(db: Db): Promise<Map<number, string>> {
  return new Map((await db.selectFrom('rubrics').select(['id', 'key']).execute()).map((r) => [r.id, r.key]));
}

function describeClient(c: WireClientDetails, rubrics: Map<number, string>): string[] {
  return [
    `#${c.id} ${c.name}${c.disabled ? ' (disabled)' : ''}`,
    `  key:       ${c.keyPrefix}…`,
    `  editions:  ${c.editions.join(', ')}`,
    `  rubrics:   ${c.rubricIds.length ? c.rubricIds.map((id) => rubrics.get(id) ?? id).join(', ') : 'all'}`,
    `  embargo:   ${c.embargoAccess ? 'receives embargoed items' : 'no'}`,
    `  webhook:   ${c.webhookUrl || 'none'}`,
    `  created:   ${new Date(c.createdAt).toISOString()}`,
    `  last used: ${c.lastUsedAt === null ? 'never' : new Date(c.lastUsedAt).toISOString()}`,
  ];
}

async function add(args: string[], db: Db, io: CommandIo): Promise<number> {
  let values: { name?: string; edition?: string[]; rubric?: string[]; embargo?: boolean; webhook?: string };
  try {
    values = parseArgs({
      args,
      options: { name: { type: 'string' }, edition: { type: 'string', multiple: true }, rubric: { type: 'string', multiple: true }, embargo: { type: 'boolean' }, webhook: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (err) {
    io.err(`${(err as Error).message}\n\n${HELP}`);
    return 1;
  }
  const rubricKeys = values.rubric ?? [];
  const found = rubricKeys.length ? await db.selectFrom('rubrics').select(['id', 'key']).where('key', 'in', rubricKeys).execute() : [];
  const unknown = rubricKeys.filter((k) => !found.some((r) => r.key === k));
  if (unknown.length) {
    const known = (await db.selectFrom('rubrics').select('key').orderBy('position').execute()).map((r) => r.key);
    io.err(`Unknown rubric${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}. Rubrics: ${known.join(', ') || 'none yet'}.`);
    return 1;
  }
  try {
    const created = await createWireClient(db, {
      name: values.name ?? '', editions: values.edition ?? [], rubricIds: found.map((r) => r.id), embargoAccess: values.embargo ?? false, webhookUrl: values.webhook ?? '',
    }, { userId: null, ip: 'cli' });
    io.out(`Created wire client #${created.id} "${values.name?.trim()}".`);
    io.out(`API key: ${created.key}`);
    if (created.webhookSecret) io.out(`Webhook secret: ${created.webhookSecret}`);
    io.err(SHOWN_ONCE);
    return 0;
  } catch (err) {
    const problems = wireClientProblemsOf(err);
    if (!problems) throw err;
    const editions = (await db.selectFrom('editions').select('code').orderBy('position').execute()).map((e) => e.code);
    for (const [field, problem] of Object.entries(problems)) {
      io.err(`${FLAG_OF[field] ?? field} ${PROBLEM_TEXT[problem]}${field === 'editions' ? ` (editions: ${editions.join(', ')})` : ''}.`);
    }
    return 1;
  }
}

export async function command(args: string[], config: Config, io: CommandIo): Promise<number> {
  const [sub, ...rest] = args;
  const known = ['add', 'list', 'show', 'rotate-key', 'disable', 'enable', 'remove'];
  if (!sub || !known.includes(sub)) {
    io.err(sub ? `Unknown subcommand "${sub}".\n\n${HELP}` : HELP);
    return 1;
  }
  if (sub !== 'add' && sub !== 'list') {
    if (idArg(rest, io, sub) === null) return 1;
  } else if (sub === 'list' && rest.length) {
    io.err('Usage: depesche client list');
    return 1;
  }
  return withDatabase(config, async ({ db }) => {
    if (sub === 'add') return add(rest, db, io);
    if (sub === 'list') {
      const [clients, rubrics] = await Promise.all([listWireClientDetails(db), rubricNames(db)]);
      if (clients.length === 0) io.out('No wire clients yet. Add one with "depesche client add --name NAME --edition CODE".');
      for (const c of clients) io.out(describeClient(c, rubrics).join('\n'));
      return 0;
    }
    const id = Number(rest[0]);
    const client = await findWireClientDetails(db, id);
    if (!client) {
      io.err(`No wire client #${id}; "depesche client list" shows them.`);
      return 1;
    }
    const meta = { userId: null, ip: 'cli' };
    switch (sub) {
      case 'show':
        io.out(describeClient(client, await rubricNames(db)).join('\n'));
        return 0;
      case 'rotate-key':
        io.out(`New API key for #${id} "${client.name}": ${await rotateWireClientKey(db, id, meta)}`);
        io.err(`The old key no longer works. ${SHOWN_ONCE}`);
        return 0;
      case 'disable':
      case 'enable':
        await setWireClientDisabled(db, id, sub === 'disable', meta);
        io.out(`Wire client #${id} "${client.name}" is ${sub === 'disable' ? 'disabled: its key is refused' : 'enabled'}.`);
        return 0;
      default:
        await deleteWireClient(db, id, meta);
        io.out(`Removed wire client #${id} "${client.name}"; its key no longer works.`);
        return 0;
    }
  });
}
