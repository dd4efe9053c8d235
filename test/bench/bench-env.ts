// The bench's own world: a database copied from the migrated test template (created here, the way
// test/support/global-setup.ts does, when it is missing) and a queue-key root no one else uses.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { Redis } from 'ioredis';
import { applyMigrations, createDatabaseIfMissing, dropDatabase } from '../../src/store/ensure-database.js';
import { ADMIN_DATABASE_URL, databaseUrl, TEMPLATE_DATABASE, TEST_REDIS_URL, uniqueName } from '../support/databases.js';
import { log } from './report.js';

export type BenchEnv = {
  databaseUrl: string;
  redisUrl: string;
  /** Every queue prefix the bench uses starts with this; cleanup deletes `${keyRoot}*`. */
  keyRoot: string;
  /** A fresh queue prefix under the key root. */
  prefix(label: string): string;
  cleanup(): Promise<void>;
};

const MIGRATIONS_DIR = fileURLToPath(new URL('../../prisma/migrations/', import.meta.url));

async function databaseExists(name: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: ADMIN_DATABASE_URL });
  await client.connect();
  try {
    return Boolean((await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount);
  } finally {
    await client.end();
  }
}

/** The committed migrations, by name. */
function committedMigrations(): string[] {
  return readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** Whether a database has exactly the committed migrations applied (a template left by an older checkout may not). */
async function isUpToDate(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const rows = await client.query<{ migration_name: string }>(
      'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name',
    );
    return JSON.stringify(rows.rows.map((row) => row.migration_name)) === JSON.stringify(committedMigrations());
  } catch {
    return false;
  } finally {
    await client.end();
  }
}

/** The template `npm test` builds; built here the same way when it is missing. */
async function ensureTemplate(): Promise<void> {
  if (await databaseExists(TEMPLATE_DATABASE)) return;
  log(`creating the template database ${TEMPLATE_DATABASE}`);
  const url = databaseUrl(TEMPLATE_DATABASE);
  await createDatabaseIfMissing(url);
  await applyMigrations(url);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** CREATE DATABASE … TEMPLATE fails while someone (a concurrent `npm test` setup) is connected to the template. */
async function copyTemplate(url: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await ensureTemplate();
      await createDatabaseIfMissing(url, TEMPLATE_DATABASE);
      return;
    } catch (error) {
      if (attempt >= 10) throw error;
      log(`copying ${TEMPLATE_DATABASE} failed (${(error as Error).message}); retrying`);
      await sleep(500 * attempt);
    }
  }
}

export async function deleteKeys(redisUrl: string, pattern: string): Promise<number> {
  const redis = new Redis(redisUrl);
  let deleted = 0;
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
      cursor = next;
      if (keys.length) deleted += await redis.unlink(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
  return deleted;
}

export async function createBenchEnv(): Promise<BenchEnv> {
  const name = uniqueName('bangfu_bench');
  const url = databaseUrl(name);
  const keyRoot = uniqueName('bench');
  const redisUrl = TEST_REDIS_URL;
  let prefixes = 0;
  const env: BenchEnv = {
    databaseUrl: url,
    redisUrl,
    keyRoot,
    prefix: (label) => `${keyRoot}_${label.replace(/[^\w-]/g, '_')}${++prefixes}`,
    async cleanup() {
      const results = await Promise.allSettled([dropDatabase(url), deleteKeys(redisUrl, `${keyRoot}*`)]);
      for (const result of results) if (result.status === 'rejected') log(`cleanup: ${(result.reason as Error).message}`);
    },
  };
  try {
    await copyTemplate(url);
    if (!(await isUpToDate(url))) {
      // The template predates the committed migrations (`npm test` rebuilds it; the bench leaves it
      // alone so as not to pull it from under a running test suite): migrate a fresh database instead.
      log(`${TEMPLATE_DATABASE} does not match prisma/migrations: migrating the bench database from scratch`);
      await dropDatabase(url);
      await createDatabaseIfMissing(url);
      await applyMigrations(url);
    }
  } catch (error) {
    await env.cleanup();
    throw error;
  }
  return env;
}
