// Runs the real stack against the mock WeChat and drives it: either everything in this process
// (role 'all') or the bot here and the inbound workers in a child process (role 'worker').
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { startApp, type RunningApp } from '../../src/app/start-app.js';
import { MockWorld } from '../../src/chat/mock-world.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/shared/logger.js';
import type { BenchEnv } from './bench-env.js';
import { throwIfAborted } from './abort.js';
import { log } from './report.js';

export type Variant = 'one_process' | 'split';

export type Harness = {
  variant: Variant;
  world: MockWorld;
  contacts: string[];
  /** RSS in bytes of this process once the stack is up, before any message. */
  startRss: number;
  /** RSS in bytes of this process and, for the split variant, of the worker process. */
  rss(): Promise<{ bot: number; worker: number | null }>;
  stop(): Promise<void>;
};

const WORKER_SCRIPT = fileURLToPath(new URL('./worker-process.ts', import.meta.url));

export function benchEnvVars(env: BenchEnv, prefix: string, shards: number): Record<string, string> {
  return {
    DATABASE_URL: env.databaseUrl,
    REDIS_URL: env.redisUrl,
    QUEUE_PREFIX: prefix,
    INBOUND_SHARDS: String(shards),
    SEND_PACING: 'false',
    LOG_LEVEL: 'silent',
    DEMO_SEED: 'false',
    ADMIN_ENABLED: 'false',
  };
}

async function startWorkerProcess(vars: Record<string, string>): Promise<ChildProcess> {
  // BENCH_WORKER_CPU_PROF=<dir> writes a V8 CPU profile of the worker process there.
  const profile = process.env.BENCH_WORKER_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_WORKER_CPU_PROF}`] : [];
  const execArgv = process.execArgv.filter((a) => !a.startsWith('--cpu-prof'));
  const child = spawn(process.execPath, [...execArgv, ...profile, '--import', 'tsx', WORKER_SCRIPT], {
    env: { ...process.env, ...vars, WECHATY_LOG: 'silent' },
    // The child's stdout goes to our stderr: stdout carries only results.
    stdio: ['ignore', 2, 2, 'ipc'],
  });
  const ready = new Promise<void>((resolve, reject) => {
    child.on('message', (m: { type: string }) => m.type === 'ready' && resolve());
    child.once('exit', (code) => reject(new Error(`worker process exited with ${code} before it was ready`)));
    child.once('error', reject);
  });
  const timeout = setTimeout(() => child.kill('SIGKILL'), 60_000);
  try {
    await ready;
  } finally {
    clearTimeout(timeout);
  }
  return child;
}

async function childRss(child: ChildProcess): Promise<number | null> {
  if (!child.connected) return null;
  const reply = new Promise<number>((resolve) => {
    const onMessage = (m: { type: string; rss?: number; memory?: NodeJS.MemoryUsage }) => {
      if (m.type !== 'rss') return;
      log(`worker process memory: ${describeMemory(m.memory!)}`);
      child.off('message', onMessage);
      resolve(m.rss!);
    };
    child.on('message', onMessage);
  });
  child.send({ type: 'rss' });
  return Promise.race([reply, new Promise<null>((resolve) => setTimeout(() => resolve(null), 5_000).unref())]);
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  if (child.connected) child.send({ type: 'stop' });
  else child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

export function describeMemory(memory: NodeJS.MemoryUsage): string {
  const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)}`;
  return `rss ${mb(memory.rss)} MB, heap ${mb(memory.heapUsed)}/${mb(memory.heapTotal)} MB, external ${mb(memory.external)} MB (array buffers ${mb(memory.arrayBuffers)} MB)`;
}

export async function startHarness(options: { env: BenchEnv; variant: Variant; shards: number; contacts: number }): Promise<Harness> {
  const { env, variant, shards } = options;
  const prefix = env.prefix(variant);
  const vars = benchEnvVars(env, prefix, shards);
  const config = loadConfig(vars);
  const world = new MockWorld();
  const contacts = Array.from({ length: options.contacts }, (_, i) => `wxid_bench_${String(i).padStart(5, '0')}`);
  for (const [i, id] of contacts.entries()) world.addContact(id, `压测用户${i}`);

  let child: ChildProcess | null = null;
  let app: RunningApp | null = null;
  try {
    if (variant === 'split') child = await startWorkerProcess(vars);
    app = await startApp({
      role: variant === 'split' ? 'bot' : 'all',
      config,
      world,
      skipDatabaseSetup: true,
      logger: createLogger('silent'),
    });
  } catch (error) {
    if (child) await stopChild(child);
    throw error;
  }
  const running = app;
  const startRss = process.memoryUsage().rss;
  log(`${variant}: stack up (prefix ${prefix}, ${shards} inbound shards${child ? `, worker pid ${child.pid}` : ''}), RSS ${Math.round(startRss / 1024 / 1024)} MB`);
  return {
    variant,
    world,
    contacts,
    startRss,
    async rss() {
      const memory = process.memoryUsage();
      log(`bench process memory: ${describeMemory(memory)}`);
      return { bot: memory.rss, worker: child ? await childRss(child) : null };
    },
    async stop() {
      // Workers first (they may still queue replies), then the bot.
      try {
        if (child) await stopChild(child);
      } finally {
        await running.stop({ force: true });
      }
    },
  };
}

/** Calls back after each reply the bot hands to the puppet (MockWorld has recorded it by then). */
export function onReply(world: MockWorld, listener: () => void): () => void {
  const handler = (message: { self(): boolean }) => {
    if (message.self()) listener();
  };
  world.bot.on('message', handler as never);
  return () => world.bot.off('message', handler as never);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Closed loop at the highest sustained rate: keeps up to `window` messages in flight, feeding in
 * batches and yielding to the event loop between batches. Returns the time from the first send to
 * the `count`-th reply.
 */
export async function driveThroughput(
  harness: Harness,
  options: { text: string; count: number; window: number; batch: number; repliesPerMessage: number; stallMs?: number },
): Promise<{ elapsedMs: number; firstSendAt: number; lastReplyAt: number; maxInFlight: number }> {
  const { world, contacts } = harness;
  const { text, count, window, batch, repliesPerMessage } = options;
  const base = world.sent.length;
  const wanted = count * repliesPerMessage;
  let wake: (() => void) | null = null;
  const off = onReply(world, () => {
    if (wake && world.sent.length - base >= wanted) wake();
  });
  let sent = 0;
  let maxInFlight = 0;
  let lastProgress = Date.now();
  let lastReplies = 0;
  const firstSendAt = Date.now();
  try {
    while (world.sent.length - base < wanted) {
      throwIfAborted();
      const replies = world.sent.length - base;
      if (replies !== lastReplies) {
        lastReplies = replies;
        lastProgress = Date.now();
      } else if (Date.now() - lastProgress > (options.stallMs ?? 30_000)) {
        throw new Error(`no reply for ${options.stallMs ?? 30_000} ms: ${sent} sent, ${replies} replies`);
      }
      const inFlight = sent - Math.floor(replies / repliesPerMessage);
      maxInFlight = Math.max(maxInFlight, inFlight);
      const room = Math.min(window - inFlight, count - sent, batch);
      for (let i = 0; i < room; i++) {
        world.sayPrivately(contacts[sent % contacts.length]!, text);
        sent++;
      }
      if (sent === count) {
        // Everything is out: sleep until the last reply instead of spinning.
        await Promise.race([new Promise<void>((resolve) => (wake = resolve)), sleep(200)]);
      } else if (room > 0) await nextTurn();
      else await sleep(1);
    }
  } finally {
    off();
  }
  const lastReplyAt = world.sent[base + wanted - 1]!.at;
  return { elapsedMs: lastReplyAt - firstSendAt, firstSendAt, lastReplyAt, maxInFlight };
}

/**
 * Open loop at a fixed rate; each reply is matched to its contact (per-contact FIFO of send
 * times), latency = reply handed to the puppet − say().
 */
export async function driveFixedRate(
  harness: Harness,
  options: { text: string; rate: number; seconds: number; repliesPerMessage: number; /** Give up after this long without a reply. */ drainMs?: number },
): Promise<{ latenciesMs: number[]; lost: number; offered: number; achievedRate: number }> {
  const { world, contacts } = harness;
  const { text, rate, seconds, repliesPerMessage } = options;
  const total = Math.round(rate * seconds);
  const pending = new Map<string, { at: number; partsLeft: number }[]>();
  const latencies: number[] = [];
  let cursor = world.sent.length;
  const collect = () => {
    for (; cursor < world.sent.length; cursor++) {
      const reply = world.sent[cursor]!;
      const queue = pending.get(reply.conversationId);
      const head = queue?.[0];
      if (!head) continue;
      // A multi-part reply has arrived once its last part has.
      if (--head.partsLeft === 0) {
        latencies.push(reply.at - head.at);
        queue!.shift();
      }
    }
  };
  const off = onReply(world, collect);
  let sent = 0;
  const start = Date.now();
  try {
    while (sent < total) {
      throwIfAborted();
      const due = Math.min(total, Math.floor(((Date.now() - start) * rate) / 1000) + 1);
      for (; sent < due; sent++) {
        const contact = contacts[sent % contacts.length]!;
        let queue = pending.get(contact);
        if (!queue) pending.set(contact, (queue = []));
        queue.push({ at: Date.now(), partsLeft: repliesPerMessage });
        world.sayPrivately(contact, text);
      }
      await sleep(1);
    }
    const sendSeconds = (Date.now() - start) / 1000;
    // An overloaded stack works off its backlog: wait while replies keep coming.
    let answered = latencies.length;
    let progressAt = Date.now();
    while (latencies.length < total && Date.now() - progressAt < (options.drainMs ?? 10_000)) {
      throwIfAborted();
      await sleep(20);
      if (latencies.length !== answered) [answered, progressAt] = [latencies.length, Date.now()];
    }
    collect();
    return { latenciesMs: latencies, lost: total - latencies.length, offered: total, achievedRate: total / sendSeconds };
  } finally {
    off();
  }
}

/** How many puppet messages one inbound message produces (a long reply is split into parts). */
export async function measureRepliesPerMessage(harness: Harness, text: string, samples = 20): Promise<number> {
  const { world, contacts } = harness;
  const base = world.sent.length;
  for (let i = 0; i < samples; i++) world.sayPrivately(contacts[i % contacts.length]!, text);
  // Replies keep arriving until every sample is answered; wait for the count to settle.
  let last = -1;
  let stableSince = Date.now();
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    throwIfAborted();
    await sleep(50);
    const now = world.sent.length - base;
    if (now !== last) {
      last = now;
      stableSince = Date.now();
    } else if (now >= samples && Date.now() - stableSince > 500) break;
  }
  if (last < samples) throw new Error(`only ${last} replies to ${samples} "${text}" messages within 30 s`);
  const perMessage = last / samples;
  if (!Number.isInteger(perMessage)) throw new Error(`"${text}" got ${last} replies for ${samples} messages: not a whole number each`);
  return perMessage;
}
