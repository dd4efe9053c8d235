// The adapter the Prisma CLI's WebAssembly schema engine talks through, for migrations only.
//
// adapter-pg rejects PostgreSQL catalog column types that the schema engine reads while it
// introspects (prisma/orm#27403: "Column type 'name' could not be deserialized"). Reporting those
// result columns as text / text[] is enough for the engine. The application's own client never
// uses this file, so its type handling stays untouched.
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';

const TEXT = 25;
const TEXT_ARRAY = 1009;
const CATALOG_SCALAR_TYPES = new Set([18, 19, 22, 24, 30, 194, 2205]); // char, name, int2vector, regproc, oidvector, pg_node_tree, regclass
const CATALOG_ARRAY_TYPES = new Set([1002, 1003]); // char[], name[]

type QueryResultLike = { fields?: { dataTypeID: number }[] };

function reportCatalogTypesAsText(result: unknown): unknown {
  const fields = (result as QueryResultLike | undefined)?.fields;
  for (const field of fields ?? []) {
    if (CATALOG_SCALAR_TYPES.has(field.dataTypeID)) field.dataTypeID = TEXT;
    else if (CATALOG_ARRAY_TYPES.has(field.dataTypeID)) field.dataTypeID = TEXT_ARRAY;
  }
  return result;
}

let patched = false;
function patchClientQuery(): void {
  if (patched) return;
  patched = true;
  const original = pg.Client.prototype.query as (...args: unknown[]) => unknown;
  pg.Client.prototype.query = function patchedQuery(this: pg.Client, ...args: unknown[]) {
    // pg.Pool calls client.query with a callback; direct callers use the promise.
    const last = args.at(-1);
    if (typeof last === 'function') {
      args[args.length - 1] = (error: unknown, result: unknown) => last(error, reportCatalogTypesAsText(result));
    }
    const outcome = original.apply(this, args);
    if (outcome instanceof Promise) return outcome.then(reportCatalogTypesAsText);
    return outcome;
  } as typeof pg.Client.prototype.query;
}

export function createMigrationAdapter(connectionString: string): PrismaPg {
  patchClientQuery();
  return new PrismaPg({ connectionString });
}
