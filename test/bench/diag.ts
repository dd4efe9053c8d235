import './quiet.js';
import { createBenchEnv } from './bench-env.js';
import { driveThroughput, startHarness } from './pipeline-harness.js';
import { Queue } from 'bullmq';
import { createRedis } from '../../src/queue/redis-connection.js';
import { inboundQueueName, outboundQueueName } from '../../src/queue/jobs.js';
import { BOT_CONTACT } from '../../src/store/seed/demo-county.js';
import { percentile } from './report.js';

const env = await createBenchEnv();
const shards = Number(process.env.SHARDS ?? 16);
const n = Number(process.env.N ?? 3000);
try {
  const h = await startHarness({ env, variant: 'one_process', shards, contacts: 1000 });
  try {
    const t0 = process.cpuUsage();
    console.error('WINDOW_START', Number(process.hrtime.bigint() / 1000n));
    const r = await driveThroughput(h, { text: '帮助', count: n, window: Number(process.env.WINDOW ?? 2000), batch: 100, repliesPerMessage: 1 });
    const cpu = process.cpuUsage(t0);
    console.error('WINDOW_END', Number(process.hrtime.bigint() / 1000n));
    console.error('msgs/s', (n * 1000) / r.elapsedMs, 'cpu%', ((cpu.user + cpu.system) / 1000 / r.elapsedMs) * 100, 'rss', process.memoryUsage().rss / 2 ** 20);
    const redis = createRedis(env.redisUrl);
    const prefix = (await redis.keys(`${env.keyRoot}*:{inbound-0}:meta`))[0]!.split(':')[0]!;
    const stats = async (name: string) => {
      const q = new Queue(name, { connection: redis, prefix });
      const jobs = await q.getJobs(['completed'], 0, 100000);
      const wait = jobs.map((j) => j.processedOn! - j.timestamp).sort((a, b) => a - b);
      const proc = jobs.map((j) => j.finishedOn! - j.processedOn!).sort((a, b) => a - b);
      console.error(name, jobs.length, 'wait p50/p99', percentile(wait, 50), percentile(wait, 99), 'proc p50/p99', percentile(proc, 50), percentile(proc, 99), 'mean', proc.reduce((a, b) => a + b, 0) / proc.length);
      // gaps between consecutive jobs on a shard
      const fin = jobs.map((j) => [j.processedOn!, j.finishedOn!]).sort((a, b) => a[0]! - b[0]!);
      const gaps: number[] = [];
      for (let i = 1; i < fin.length; i++) gaps.push(fin[i]![0]! - fin[i - 1]![1]!);
      gaps.sort((a, b) => a - b);
      console.error('  gap between jobs p50/p90/p99', percentile(gaps, 50), percentile(gaps, 90), percentile(gaps, 99));
      await q.close();
    };
    await stats(inboundQueueName(0));
    await stats(inboundQueueName(1));
    await stats(outboundQueueName(BOT_CONTACT.id));
    redis.disconnect();
  } finally {
    await h.stop();
  }
} finally {
  await env.cleanup();
}
process.exit(0);
