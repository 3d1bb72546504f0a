// `depesche serve`: migrate, seed an empty database with the demo agency, listen, stop cleanly on signals.
import type { Config } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { isDatabaseEmpty, seedDemo } from '../services/seed-service.ts';
import { buildApp } from '../app.ts';

export async function serve(config: Config, out: (line: string) => void): Promise<number> {
  const handle = openDatabase(config.databaseUrl);
  await migrateToLatest(handle);
  if (config.seedDemo && (await isDatabaseEmpty(handle.db))) {
    out('Empty database: seeding the demo agency (takes a few seconds)…');
    const report = await seedDemo(handle.db);
    out(`Seeded ${report.stories} stories, ${report.articles} articles, ${report.images} images.`);
  }
  const app = await buildApp({ config, db: handle.db });
  await app.listen({ port: config.port, host: config.host });
  out(`Depesche is serving on http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${config.port} (public URL ${config.publicUrl}, ${handle.dialect}).`);
  const stop = async () => {
    await app.close();
    await handle.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return -1;
}
