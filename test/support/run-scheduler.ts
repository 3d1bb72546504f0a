// Runs one pass of scheduled publishing in its own process, as a second server node would; prints the fired ids.
import { openDatabase } from '../../src/db/database.ts';
import { publishDueArticles } from '../../src/services/article-service.ts';

const [url, now] = process.argv.slice(2);
const handle = openDatabase(url);
try {
  process.stdout.write(JSON.stringify(await publishDueArticles(handle.db, Number(now))));
} finally {
  await handle.close();
}
