// Queries the reader site runs on every request, built and compiled by Kysely once per shape and database.
//
// Building and compiling a query costs 50–100 µs of JavaScript, more than SQLite takes to answer most of the site's
// queries. A shape is one path through a repository function (which conditions are present, how many values an
// IN list has); its SQL is the same for every call, only the parameters differ. The first call of a shape builds
// and compiles the query as usual and checks that Kysely's parameters are exactly the ones the caller lists, in
// order: a caller that lists them wrongly fails at once, in its tests, instead of binding a value to the wrong
// placeholder. Later calls bind the listed parameters to the stored SQL; on SQLite, when its connection is idle,
// they run at once rather than through Kysely's executor (see NodeSqliteDialect.readNow).
import { CompiledQuery, type Compilable } from 'kysely';
import { immediateReads, type Db } from '../database.ts';

/** More shapes than the site has: a guard against a key built from unbounded input. */
const MAX_SHAPES = 2000;

const sqlByDb = new WeakMap<Db, Map<string, string>>();

export async function runShape<R>(db: Db, shape: string, parameters: unknown[], build: () => Compilable<R>): Promise<R[]> {
  let shapes = sqlByDb.get(db);
  if (!shapes) sqlByDb.set(db, (shapes = new Map()));
  const sql = shapes.get(shape);
  if (sql !== undefined) {
    const rows = immediateReads(db)?.readNow<R>(sql, parameters);
    if (rows) return rows;
    return (await db.executeQuery(CompiledQuery.raw(sql, parameters) as CompiledQuery<R>)).rows;
  }
  const compiled = build().compile();
  if (compiled.parameters.length !== parameters.length || compiled.parameters.some((p, i) => p !== parameters[i])) {
    throw new Error(`Query shape "${shape}": its parameters are listed as ${JSON.stringify(parameters)}, Kysely bound ${JSON.stringify(compiled.parameters)}`);
  }
  if (shapes.size < MAX_SHAPES) shapes.set(shape, compiled.sql);
  return (await db.executeQuery(compiled)).rows;
}
