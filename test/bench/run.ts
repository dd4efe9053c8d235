// `npm run bench` (table) / `npm run bench -- --json` (one JSON object on the last stdout line).
// Runs named measurement modules against the real Redis and PostgreSQL with the mock WeChat.
// A capability adds its figures by adding a module to MODULES (and its targets to TARGETS).
import './quiet.js';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { abortBench, benchAbort } from './abort.js';
import { createBenchEnv, type BenchEnv } from './bench-env.js';
import { pipelineModule } from './pipeline.js';
import { rawBullmqModule } from './raw-bullmq.js';
import { policyQaModule } from './policy-qa.js';
import { checkinParseModule } from './checkin-parse.js';
import { remindersModule } from './reminders.js';
import { log, renderTable, type BenchModule, type BenchOptions, type Figure, type Target } from './report.js';

/** In run order. The pipeline runs first so `rss_mb` is the stack's, not what earlier modules left behind. */
const MODULES: BenchModule[] = [pipelineModule, rawBullmqModule, policyQaModule, checkinParseModule, remindersModule];

const TARGETS: Target[] = [
  { key: 'pipeline_msgs_per_s', description: '≥ 2,000', check: (f) => at(f, 'pipeline_msgs_per_s', (v) => v >= 2_000) },
  {
    key: 'pipeline_msgs_per_s',
    description: '≥ raw/8',
    check: (f) => {
      const raw = f.get('raw_bullmq_jobs_per_s')?.value;
      return raw === undefined ? undefined : at(f, 'pipeline_msgs_per_s', (v) => v >= raw / 8);
    },
  },
  { key: 'pipeline_p99_ms', description: '≤ 50 at 500 msg/s', check: (f) => at(f, 'pipeline_p99_ms', (v) => v <= 50) },
  { key: 'rss_mb', description: '≤ 300', check: (f) => at(f, 'rss_mb', (v) => v <= 300) },
  { key: 'fanout_10k_rooms_s', description: '≤ 10', check: (f) => at(f, 'fanout_10k_rooms_s', (v) => v <= 10) },
  { key: 'reminder_fire_lag_p99_ms', description: '≤ 1,000', check: (f) => at(f, 'reminder_fire_lag_p99_ms', (v) => v <= 1_000) },
];

function at(figures: ReadonlyMap<string, Figure>, key: string, test: (value: number) => boolean): boolean | undefined {
  const value = figures.get(key)?.value;
  return value === undefined ? undefined : test(value);
}

function parseOptions(): BenchOptions {
  const { values } = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      only: { type: 'string' },
      variants: { type: 'string', default: 'one_process,split' },
      shards: { type: 'string', default: '16' },
      contacts: { type: 'string', default: '1000' },
      messages: { type: 'string', default: '20000' },
      rate: { type: 'string', default: '500' },
      seconds: { type: 'string', default: '10' },
    },
    strict: true,
  });
  const variants = values.variants.split(',').map((v) => v.trim());
  for (const v of variants) if (v !== 'one_process' && v !== 'split') throw new Error(`unknown variant ${v}`);
  const only = values.only ? values.only.split(',').map((m) => m.trim()) : [];
  for (const name of only) if (!MODULES.some((m) => m.name === name)) throw new Error(`unknown module ${name} (have: ${MODULES.map((m) => m.name).join(', ')})`);
  const int = (text: string, name: string) => {
    const n = Number(text);
    if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name} must be a positive integer`);
    return n;
  };
  return {
    json: values.json,
    only,
    variants: variants as BenchOptions['variants'],
    shards: int(values.shards, 'shards'),
    contacts: int(values.contacts, 'contacts'),
    throughputMessages: int(values.messages, 'messages'),
    latencyRate: int(values.rate, 'rate'),
    latencySeconds: int(values.seconds, 'seconds'),
  };
}

async function main(): Promise<number> {
  const options = parseOptions();
  const started = Date.now();
  const figures = new Map<string, Figure>();
  const notes: string[] = [];
  const meta: Record<string, unknown> = {};
  const errors: string[] = [];
  let env: BenchEnv | null = null;

  let cleaning: Promise<void> | null = null;
  const cleanup = () => (cleaning ??= env ? env.cleanup() : Promise.resolve());
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (!benchAbort.aborted) {
        log(`${signal}: stopping the stack, then dropping the bench database and queue keys (again to force)`);
        abortBench(signal);
        // Should a module hang while stopping, clean up anyway.
        setTimeout(() => void cleanup().finally(() => process.exit(130)), 30_000).unref();
        return;
      }
      log(`${signal} again: cleaning up now`);
      void cleanup().finally(() => process.exit(130));
    });
  }
  // A stray rejection while a stack stops must not skip the clean-up.
  process.on('unhandledRejection', (reason) => {
    log(`unhandled rejection: ${(reason as Error)?.stack ?? reason}`);
    errors.push(`unhandled rejection: ${(reason as Error)?.message ?? reason}`);
  });

  try {
    env = await createBenchEnv();
    const load = os.loadavg().map((l) => l.toFixed(2)).join(' ');
    log(`database ${new URL(env.databaseUrl).pathname.slice(1)}, queue keys ${env.keyRoot}*, load average ${load}`);
    meta.load_average_at_start = os.loadavg()[0];
    notes.push(`${os.availableParallelism()} cores, load average ${load} at start (other processes on the machine skew the figures)`);
    for (const module of MODULES) {
      if (benchAbort.aborted) break;
      if (options.only.length && !options.only.includes(module.name)) continue;
      log(`— ${module.name}: ${module.description}`);
      const moduleStart = Date.now();
      try {
        const result = await module.run({ env, options, figures });
        for (const f of result.figures) figures.set(f.key, f);
        notes.push(...(result.notes ?? []));
        Object.assign(meta, result.meta);
      } catch (error) {
        const message = `${module.name} failed: ${(error as Error).stack ?? error}`;
        log(message);
        errors.push(`${module.name}: ${(error as Error).message}`);
      }
      log(`— ${module.name} took ${((Date.now() - moduleStart) / 1000).toFixed(1)} s`);
    }
  } finally {
    await cleanup();
    log(`cleaned up; total ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }

  const measured = [...figures.values()];
  const targets = Object.fromEntries(
    TARGETS.map((t) => [`${t.key} ${t.description}`, t.check(figures) ?? null]).filter(([, verdict]) => verdict !== null),
  );
  if (options.json) {
    const out = {
      ...Object.fromEntries(measured.map((f) => [f.key, f.value])),
      meta: { ...meta, cores: os.availableParallelism(), node: process.version, seconds: Math.round((Date.now() - started) / 1000) },
      targets,
      ...(errors.length ? { errors } : {}),
    };
    process.stdout.write(`${JSON.stringify(out)}\n`);
  } else {
    process.stdout.write(`\nBangfu bench — ${new Date().toISOString()}, node ${process.version}\n\n`);
    process.stdout.write(`${renderTable(measured, TARGETS, notes)}\n`);
    if (errors.length) process.stdout.write(`\nERRORS:\n${errors.map((e) => `  ${e}`).join('\n')}\n`);
  }
  return benchAbort.aborted ? 130 : errors.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    log(`bench failed: ${(error as Error).stack ?? error}`);
    process.exit(1);
  },
);
