// The adapter the Prisma CLI's WebAssembly schema engine talks through, for migrations only.
//
// adapter-pg rejects PostgreSQL catalog column types that the schema engine reads while it
// introspects (prisma/orm#27403: "Column type 'name' could not be deserialized"). Reporting those
// result columns as text / text[] is enough for the engine. The application's own client never
// uses this file, so its type handling stays untouched.
import { randomUUID } from 'node:crypto';
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

type ConnectionFields = { host: string; port: number; user?: string; password?: string; database: string };

function connectionFields(databaseUrl: string): ConnectionFields {
  const url = new URL(databaseUrl);
  return {
    host: decodeURIComponent(url.hostname),
    port: url.port ? Number(url.port) : 5432,
    ...(url.username ? { user: decodeURIComponent(url.username) } : {}),
    ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
    database: decodeURIComponent(url.pathname.replace(/^\//, '')),
  };
}

async function runAdminStatement(fields: ConnectionFields, sql: string): Promise<void> {
  const client = new pg.Client({ ...fields, database: 'postgres' });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * `migrate dev` replays the migrations on a scratch "shadow" database. adapter-pg's own
 * connectToShadowDb points that at the dev database whenever it was given a connection string,
 * and drops the scratch database while its pool still holds connections; this does both right.
 */
export function createMigrationAdapter(databaseUrl: string): PrismaPg {
  patchClientQuery();
  const fields = connectionFields(databaseUrl);
  const factory = new PrismaPg(fields);
  factory.connectToShadowDb = async () => {
    const shadow = `prisma_migrate_shadow_db_${randomUUID().replace(/-/g, '')}`;
    await runAdminStatement(fields, `CREATE DATABASE "${shadow}"`);
    const adapter = await new PrismaPg({ ...fields, database: shadow }).connect();
    const closePool = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await closePool();
      await runAdminStatement(fields, `DROP DATABASE IF EXISTS "${shadow}" WITH (FORCE)`);
    };
    return adapter;
  };
  return factory;
}
