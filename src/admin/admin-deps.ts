import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import type { AppConfig } from '../config.js';
import type { Clock } from '../shared/clock.js';
import type { ConsoleAccounts } from '../store/console-accounts.js';
import type { ConsoleReadModels } from '../store/console/console-read-models.js';
import type { UnitAdmin } from '../store/console/unit-admin.js';
import type { RecordEdits } from '../store/console/record-edits.js';
import type { Db } from '../store/prisma.js';
import type { ConsoleServices } from './console-services.js';

/** Everything the console's routes use; wired in src/app/start-admin.ts. */
export interface AdminDeps {
  config: AppConfig;
  db: Db;
  redis: Redis;
  clock: Clock;
  logger: Logger;
  accounts: ConsoleAccounts;
  services: ConsoleServices;
  /** Lists and pages; reads only. */
  reads: ConsoleReadModels;
  unitAdmin: UnitAdmin;
  recordEdits: RecordEdits;
  /** Every BullMQ queue, for the queue board and the queue-depth metric. */
  queues: () => Promise<Queue[]>;
  metrics: Registry;
}
