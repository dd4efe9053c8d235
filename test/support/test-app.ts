// The fixture every end-to-end test uses: its own database (copied from the migrated template),
// its own queue prefix, the demo county's mock WeChat, and a guaranteed stop.
import { Redis } from 'ioredis';
import { loadConfig, type AppConfig } from '../../src/config.js';
import { MockWorld } from '../../src/chat/mock-world.js';
import { startApp, type AppRole, type RunningApp, type StartAppOptions } from '../../src/app/start-app.js';
import { createLogger } from '../../src/shared/logger.js';
import { createDatabaseIfMissing, dropDatabase } from '../../src/store/ensure-database.js';
import { seedDemoCounty } from '../../src/store/seed/seed-demo-county.js';
import { createPrismaClient } from '../../src/store/prisma.js';
import { databaseUrl, TEMPLATE_DATABASE, TEST_REDIS_URL, uniqueName } from './databases.js';

export type TestEnv = { config: AppConfig; databaseUrl: string; prefix: string; cleanup(): Promise<void> };

/** A fresh database and queue prefix, seeded with the demo county. */
export async function createTestEnv(overrides: Record<string, string> = {}): Promise<TestEnv> {
  const name = uniqueName('bangfu_test');
  const url = databaseUrl(name);
  await createDatabaseIfMissing(url, TEMPLATE_DATABASE);
  const db = createPrismaClient(url);
  await seedDemoCounty(db);
  await db.$disconnect();
  const prefix = uniqueName('t');
  const config = loadConfig({
    DATABASE_URL: url,
    REDIS_URL: TEST_REDIS_URL,
    QUEUE_PREFIX: prefix,
    INBOUND_SHARDS: '4',
    SEND_PACING: 'false',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    DEMO_SEED: 'false',
    // The console on a free port: many test apps run at once.
    ADMIN_PORT: '0',
    ...overrides,
  });
  return {
    config,
    databaseUrl: url,
    prefix,
    async cleanup() {
      await deleteQueueKeys(prefix);
      await dropDatabase(url);
    },
  };
}

export async function deleteQueueKeys(prefix: string): Promise<void> {
  const redis = new Redis(TEST_REDIS_URL);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length) await redis.unlink(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

export type TestApp = RunningApp & { world: MockWorld; env: TestEnv };

/** Starts the whole stack (bot + workers by default) against the mock WeChat. Always `stop()` it. */
export async function startTestApp(
  options: { role?: AppRole; env?: TestEnv; overrides?: Record<string, string> } & Omit<Partial<StartAppOptions>, 'role' | 'config'> = {},
): Promise<TestApp> {
  const env = options.env ?? (await createTestEnv(options.overrides));
  const world = options.world ?? new MockWorld();
  const app = await startApp({
    ...options,
    role: options.role ?? 'all',
    config: env.config,
    world,
    skipDatabaseSetup: true,
    logger: options.logger ?? createLogger(env.config.logLevel),
  });
  const stop = app.stop.bind(app);
  return Object.assign(app, {
    world,
    env,
    async stop(stopOptions?: { force?: boolean }) {
      await stop(stopOptions);
      if (!options.env) await env.cleanup();
    },
  });
}
