import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { AppConfig } from '../../src/config.js';

const SCRIPT = fileURLToPath(new URL('./worker-process.ts', import.meta.url));

export type WorkerChild = { child: ChildProcess; stop(): Promise<void>; kill(): Promise<void> };

/** Starts `worker-process.ts` in its own process and waits until its workers listen. */
export async function spawnWorker(config: AppConfig, extraEnv: Record<string, string> = {}): Promise<WorkerChild> {
  // node itself (not the tsx CLI, which forks a grandchild) so that SIGKILL really kills the worker.
  const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT], {
    env: {
      ...process.env,
      TZ: 'Asia/Shanghai',
      DATABASE_URL: config.databaseUrl,
      REDIS_URL: config.redisUrl,
      QUEUE_PREFIX: config.queuePrefix,
      INBOUND_SHARDS: String(config.inboundShards),
      SEND_PACING: 'false',
      LOG_LEVEL: 'silent',
      DEMO_SEED: 'false',
      ADMIN_ENABLED: 'false',
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
    child.once('exit', (code) => reject(new Error(`worker exited early with ${code}`)));
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    child,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
  };
}
