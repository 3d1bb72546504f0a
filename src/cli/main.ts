// The `depesche` command: serve, migrate, seed, user add. Reads the environment once, through loadConfig.
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig, type Config } from '../config.ts';
import { withDatabase } from './with-database.ts';
import { bumpContentVersion } from '../db/repos/site-state-repo.ts';
import { userAdd } from './user-command.ts';
import { processIo, type CommandIo } from './command-io.ts';

/** Commands that live in their own module, loaded on demand; each handles its own --help. */
const MODULE_COMMANDS: Record<string, () => Promise<{ HELP: string; command(args: string[], config: Config, io: CommandIo): Promise<number> }>> = {
  client: () => import('./client-command.ts'),
  import: () => import('./import-command.ts'),
  export: () => import('./export-command.ts'),
  search: () => import('./search-command.ts'),
};

const HELP = `depesche — newsroom and news site for news agencies

Usage: depesche <command> [options]

Commands:
  serve       run the web server (migrates, and seeds the demo agency into an empty database)
  migrate     bring the database schema up to date
  seed        put the demo agency's content into an empty database
  user add    create a newsroom user (the first administrator, say)
  client      wire subscribers and their API keys: add, list, show, rotate-key, disable, enable, remove
  import      read ninjs JSON Lines (a file or -) into the archive
  export      write the archive as ninjs JSON Lines
  search      search index maintenance (reindex)

Run "depesche <command> --help" for a command's options.
Configuration comes from the environment: PORT, HOST, DATABASE_URL, PUBLIC_URL, PAGE_CACHE,
PAGE_CACHE_MB, SEED_DEMO, LOG_LEVEL (see the README).
`;

const COMMAND_HELP: Record<string, string> = {
  serve: `Usage: depesche serve\n\nRuns the reader site on HOST:PORT (default 127.0.0.1:3000) over DATABASE_URL.\nMigrations run first; an empty database gets the demo agency unless SEED_DEMO=false.\n`,
  migrate: `Usage: depesche migrate\n\nApplies the dated migrations that DATABASE_URL does not have yet, then exits.\n`,
  seed: `Usage: depesche seed\n\nSeeds the demo agency (four editions, stories, projects, directory, pages) into an\nempty database. A database that has content already is left as it is.\n`,
};


export async function run(argv: string[], env: Record<string, string | undefined>, out: (line: string) => void, io: CommandIo = processIo(out)): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    out(HELP);
    return command ? 0 : 1;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    if (command === 'user') return userAdd(rest, env, out, undefined as never);
    const loader = MODULE_COMMANDS[command];
    if (loader) {
      out((await loader()).HELP);
      return 0;
    }
    const help = COMMAND_HELP[command];
    if (!help) {
      out(`Unknown command "${command}".\n\n${HELP}`);
      return 1;
    }
    out(help);
    return 0;
  }
  let config: Config;
  try {
    config = loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) {
      out(err.message);
      return 78;
    }
    throw err;
  }
  switch (command) {
    case 'serve':
      parseArgs({ args: rest, options: {}, strict: true });
      // Loaded on demand: the web app and the demo content are large, and most commands need neither.
      return (await import('./serve-command.ts')).serve(config, out);
    case 'migrate':
      parseArgs({ args: rest, options: {}, strict: true });
      return withDatabase(config, async (handle) => {
        out(`Database schema is up to date (${handle.dialect}).`);
        return 0;
      });
    case 'seed':
      parseArgs({ args: rest, options: {}, strict: true });
      return withDatabase(config, async (handle) => {
        const { isDatabaseEmpty, seedDemo } = await import('../services/seed-service.ts');
        if (!(await isDatabaseEmpty(handle.db))) {
          out('The database has content already; nothing seeded.');
          return 0;
        }
        const report = await seedDemo(handle.db);
        out(`Seeded the demo agency: ${report.stories} stories, ${report.articles} articles, ${report.images} images.`);
        return 0;
      });
    case 'user':
      return withDatabase(config, async (handle) => {
        const code = await userAdd(rest, env, out, handle.db);
        if (code === 0) await bumpContentVersion(handle.db);
        return code;
      });
    default: {
      const loader = MODULE_COMMANDS[command];
      if (loader) return (await loader()).command(rest, config, io);
      out(`Unknown command "${command}".\n\n${HELP}`);
      return 1;
    }
  }
}

if (import.meta.main) {
  run(process.argv.slice(2), process.env, (line) => process.stdout.write(line.endsWith('\n') ? line : `${line}\n`)).then(
    (code) => {
      if (code !== -1) process.exitCode = code;
    },
    (err: Error) => {
      process.stderr.write(`depesche: ${err.message}\n`);
      process.exitCode = 1;
    },
  );
}
