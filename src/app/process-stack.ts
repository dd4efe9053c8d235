import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { AppConfig } from '../config.js';
import type { Clock } from '../shared/clock.js';
import type { Db } from '../store/prisma.js';
import type { AppMetrics } from './metrics.js';

/** What every part of one process (bot, workers, console) is started with. */
export interface ProcessStack {
  config: AppConfig;
  db: Db;
  redis: Redis;
  clock: Clock;
  logger: Logger;
  metrics: AppMetrics;
}
