// Messages in through the mock WeChat → BullMQ → router → PostgreSQL → replies handed to the puppet.
// Throughput (closed loop, highest sustained rate) and latency (open loop at a fixed rate), for the
// stack in one process and for the bot and the inbound workers in two.
import { driveFixedRate, driveThroughput, measureRepliesPerMessage, startHarness, type Variant } from './pipeline-harness.js';
import { figure, log, percentile, round, type BenchModule, type Figure } from './report.js';

/** An unknown contact asking for help: goes through screening, the inbound log, people lookup, the router and the outbound queue. */
const TEXT = '帮助';
const WARMUP_MESSAGES = 1_000;
const WINDOW = 2_000;
const BATCH = 100;

const MB = 1024 * 1024;
const VARIANT_LABEL: Record<Variant, string> = { one_process: "one process, role 'all'", split: "bot here + inbound workers in a child (role 'worker')" };

type VariantResult = {
  variant: Variant;
  msgsPerS: number;
  elapsedMs: number;
  maxInFlight: number;
  p50: number;
  p99: number;
  max: number;
  lost: number;
  achievedRate: number;
  rssStart: number;
  rssBot: number;
  rssWorker: number | null;
};

export const pipelineModule: BenchModule = {
  name: 'pipeline',
  description: 'mock puppet → BullMQ → router → PostgreSQL → puppet',
  async run({ env, options }) {
    const results: VariantResult[] = [];
    for (const variant of options.variants) {
      const harness = await startHarness({ env, variant, shards: options.shards, contacts: options.contacts });
      try {
        const repliesPerMessage = await measureRepliesPerMessage(harness, TEXT);
        await driveThroughput(harness, { text: TEXT, count: WARMUP_MESSAGES, window: WINDOW, batch: BATCH, repliesPerMessage });
        log(`${variant}: throughput over ${options.throughputMessages} messages from ${options.contacts} contacts`);
        const run = await driveThroughput(harness, {
          text: TEXT,
          count: options.throughputMessages,
          window: WINDOW,
          batch: BATCH,
          repliesPerMessage,
        });
        const rss = await harness.rss();
        const msgsPerS = (options.throughputMessages * 1000) / run.elapsedMs;
        log(`${variant}: ${Math.round(msgsPerS)} msg/s (${run.elapsedMs} ms), RSS ${Math.round(rss.bot / MB)} MB${rss.worker ? ` + worker ${Math.round(rss.worker / MB)} MB` : ''}`);
        await new Promise((resolve) => setTimeout(resolve, 1_000));
        log(`${variant}: latency at ${options.latencyRate} msg/s for ${options.latencySeconds} s`);
        const latency = await driveFixedRate(harness, {
          text: TEXT,
          rate: options.latencyRate,
          seconds: options.latencySeconds,
          repliesPerMessage,
        });
        const sorted = [...latency.latenciesMs].sort((a, b) => a - b);
        const result: VariantResult = {
          variant,
          msgsPerS,
          elapsedMs: run.elapsedMs,
          maxInFlight: run.maxInFlight,
          p50: percentile(sorted, 50),
          p99: percentile(sorted, 99),
          max: sorted.at(-1) ?? Number.NaN,
          lost: latency.lost,
          achievedRate: latency.achievedRate,
          rssStart: harness.startRss,
          rssBot: rss.bot,
          rssWorker: rss.worker,
        };
        log(`${variant}: p50 ${result.p50} ms, p99 ${result.p99} ms, max ${result.max} ms, ${latency.lost} unanswered, offered ${round(latency.achievedRate)} msg/s`);
        if (latency.lost > 0) throw new Error(`${variant}: ${latency.lost} of ${latency.offered} messages got no reply at ${options.latencyRate} msg/s`);
        results.push(result);
      } finally {
        await harness.stop();
      }
    }

    const figures: Figure[] = [];
    const notes: string[] = [];
    const best = results.reduce((a, b) => (b.msgsPerS > a.msgsPerS ? b : a));
    figures.push(figure('pipeline_msgs_per_s', round(best.msgsPerS), 'msg/s', `best variant: ${best.variant} (${VARIANT_LABEL[best.variant]})`));
    figures.push(figure('pipeline_p50_ms', best.p50, 'ms', `${best.variant}, ${options.latencyRate} msg/s offered for ${options.latencySeconds} s`));
    figures.push(figure('pipeline_p99_ms', best.p99, 'ms', `${best.variant}, say() → reply handed to the puppet`));
    const one = results.find((r) => r.variant === 'one_process');
    if (one) {
      figures.push(figure('rss_mb', round(one.rssBot / MB), 'MB', "bench process running role 'all', end of the throughput run"));
      figures.push(figure('rss_mb_start', round(one.rssStart / MB), 'MB', "the same process once the stack was up, before any message"));
    }
    for (const r of results) {
      figures.push(figure(`pipeline_msgs_per_s_${r.variant}`, round(r.msgsPerS), 'msg/s', `${VARIANT_LABEL[r.variant]}; ${options.throughputMessages} msgs in ${r.elapsedMs} ms`));
      figures.push(figure(`pipeline_p50_ms_${r.variant}`, r.p50, 'ms', `${r.variant} latency p50`));
      figures.push(figure(`pipeline_p99_ms_${r.variant}`, r.p99, 'ms', `${r.variant} latency p99 (max ${r.max} ms)`));
      if (r.variant === 'split') {
        const after = results[0]!.variant === 'split' ? '' : ' (same process ran the one-process variant before)';
        figures.push(figure('rss_mb_split_bot', round(r.rssBot / MB), 'MB', `bench process running role 'bot'${after}`));
        if (r.rssWorker !== null) figures.push(figure('rss_mb_split_worker', round(r.rssWorker / MB), 'MB', "child process running role 'worker'"));
      }
    }
    notes.push(
      `pipeline: "${TEXT}" from ${options.contacts} unknown contacts, ${options.shards} inbound shards, pacing off; ` +
        `throughput after ${WARMUP_MESSAGES} warm-up messages, up to ${WINDOW} in flight (fed ${BATCH} per event-loop turn)`,
    );
    return {
      figures,
      notes,
      meta: { pipeline_best_variant: best.variant, inbound_shards: options.shards, contacts: options.contacts },
    };
  },
};
