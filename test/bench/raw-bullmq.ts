// The reference: what BullMQ itself does on this Redis and this machine, with a no-op processor.
import { Queue, Worker } from 'bullmq';
import { createRedis } from '../../src/queue/redis-connection.js';
import { whenAborted } from './abort.js';
import { deleteKeys } from './bench-env.js';
import { figure, log, round, type BenchModule } from './report.js';

const JOBS = 20_000;
const CHUNK = 1_000;
const CONCURRENCY = 50;

export const rawBullmqModule: BenchModule = {
  name: 'raw-bullmq',
  description: 'no-op BullMQ add + process on the same Redis',
  async run({ env }) {
    const prefix = env.prefix('raw');
    const producer = createRedis(env.redisUrl);
    const consumer = createRedis(env.redisUrl, 'worker');
    const queue = new Queue('raw-noop', { connection: producer, prefix, defaultJobOptions: { removeOnComplete: true, removeOnFail: true } });
    let done = 0;
    let finish!: () => void;
    const finished = new Promise<void>((resolve) => (finish = resolve));
    const worker = new Worker('raw-noop', async () => undefined, { connection: consumer, prefix, concurrency: CONCURRENCY, autorun: false });
    worker.on('completed', () => {
      if (++done === JOBS) finish();
    });
    worker.on('error', (error) => log(`raw worker: ${error.message}`));
    try {
      await worker.waitUntilReady();
      await queue.waitUntilReady();
      void worker.run();
      const start = performance.now();
      for (let added = 0; added < JOBS; added += CHUNK) {
        const size = Math.min(CHUNK, JOBS - added);
        await queue.addBulk(Array.from({ length: size }, (_, i) => ({ name: 'noop', data: { n: added + i } })));
      }
      const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`raw BullMQ: ${done}/${JOBS} after 60 s`)), 60_000).unref());
      await Promise.race([finished, timeout, whenAborted()]);
      const elapsedMs = performance.now() - start;
      const perS = (JOBS * 1000) / elapsedMs;
      log(`raw BullMQ: ${JOBS} jobs in ${Math.round(elapsedMs)} ms = ${Math.round(perS)} jobs/s`);
      return {
        figures: [
          figure('raw_bullmq_jobs_per_s', round(perS), 'jobs/s', `${JOBS} no-op jobs, addBulk ×${CHUNK}, 1 worker, concurrency ${CONCURRENCY}`),
        ],
      };
    } finally {
      await worker.close(true).catch(() => undefined);
      await queue.obliterate({ force: true }).catch(() => undefined);
      await queue.close();
      producer.disconnect();
      consumer.disconnect();
      await deleteKeys(env.redisUrl, `${prefix}:*`);
    }
  },
};
