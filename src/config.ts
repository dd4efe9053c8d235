// The one place that reads process.env. Everything else receives a validated AppConfig.
import { z } from 'zod';

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM');

const EnvSchema = z.object({
  DATABASE_URL: z.string().url().default('postgresql://postgres@127.0.0.1:5432/bangfu'),
  REDIS_URL: z.string().url().default('redis://127.0.0.1:6379'),
  QUEUE_PREFIX: z.string().min(1).regex(/^[\w-]+$/, 'letters, digits, - and _ only').default('bangfu'),
  WECHATY_PUPPET: z.string().optional(),
  WECHATY_PUPPET_SERVICE_TOKEN: z.string().optional(),
  BOT_NAME: z.string().min(1).default('助手'),
  INBOUND_SHARDS: z.coerce.number().int().min(1).max(256).default(16),
  STALE_MESSAGE_SECONDS: z.coerce.number().int().min(10).default(600),
  // Defaults depend on the puppet (see loadConfig): WeChat's anti-spam does not watch the mock.
  SEND_MIN_GAP_MS: z.coerce.number().int().min(0).optional(),
  SEND_JITTER_MS: z.coerce.number().int().min(0).optional(),
  SEND_ROOM_GAP_MS: z.coerce.number().int().min(0).optional(),
  SEND_DAILY_BUDGET: z.coerce.number().int().min(1).default(3_000),
  SEND_PACING: booleanFlag.default(true),
  REPLY_MAX_CHARS: z.coerce.number().int().min(100).max(5_000).default(600),
  CONVERSATION_TTL_SECONDS: z.coerce.number().int().min(60).default(1_800),
  QUIET_HOURS_START: clockTime.default('21:30'),
  QUIET_HOURS_END: clockTime.default('07:30'),
  ADMIN_PORT: z.coerce.number().int().min(0).max(65_535).default(3_000),
  ADMIN_HOST: z.string().min(1).default('127.0.0.1'),
  ADMIN_ENABLED: booleanFlag.default(true),
  ADMIN_SESSION_SECRET: z.string().min(32, 'at least 32 characters').optional(),
  ADMIN_COOKIE_SECURE: booleanFlag.default(false),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DEMO_SEED: booleanFlag.default(true),
});

export type AppConfig = {
  databaseUrl: string;
  redisUrl: string;
  queuePrefix: string;
  puppet: string | undefined;
  puppetToken: string | undefined;
  botName: string;
  inboundShards: number;
  staleMessageSeconds: number;
  pacing: { enabled: boolean; minGapMs: number; jitterMs: number; roomGapMs: number; dailyBudget: number };
  replyMaxChars: number;
  conversationTtlSeconds: number;
  quietHours: { start: string; end: string };
  admin: {
    enabled: boolean;
    host: string;
    /** 0 picks a free port (tests). */
    port: number;
    /** Signs session cookies; without one each start makes its own, and logins last until a restart. */
    sessionSecret: string | undefined;
    /** Set behind HTTPS so cookies are only sent encrypted. */
    secureCookies: boolean;
  };
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  demoSeed: boolean;
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const e = parsed.data;
  // Real WeChat bans accounts that burst; the demo's mock WeChat only needs to show the pacing.
  const pacingDefaults = e.WECHATY_PUPPET ? { minGapMs: 1_200, jitterMs: 800, roomGapMs: 3_000 } : { minGapMs: 150, jitterMs: 100, roomGapMs: 300 };
  return {
    databaseUrl: e.DATABASE_URL,
    redisUrl: e.REDIS_URL,
    queuePrefix: e.QUEUE_PREFIX,
    puppet: e.WECHATY_PUPPET,
    puppetToken: e.WECHATY_PUPPET_SERVICE_TOKEN,
    botName: e.BOT_NAME,
    inboundShards: e.INBOUND_SHARDS,
    staleMessageSeconds: e.STALE_MESSAGE_SECONDS,
    pacing: {
      enabled: e.SEND_PACING,
      minGapMs: e.SEND_MIN_GAP_MS ?? pacingDefaults.minGapMs,
      jitterMs: e.SEND_JITTER_MS ?? pacingDefaults.jitterMs,
      roomGapMs: e.SEND_ROOM_GAP_MS ?? pacingDefaults.roomGapMs,
      dailyBudget: e.SEND_DAILY_BUDGET,
    },
    replyMaxChars: e.REPLY_MAX_CHARS,
    conversationTtlSeconds: e.CONVERSATION_TTL_SECONDS,
    quietHours: { start: e.QUIET_HOURS_START, end: e.QUIET_HOURS_END },
    admin: {
      enabled: e.ADMIN_ENABLED,
      host: e.ADMIN_HOST,
      port: e.ADMIN_PORT,
      sessionSecret: e.ADMIN_SESSION_SECRET,
      secureCookies: e.ADMIN_COOKIE_SECURE,
    },
    logLevel: e.LOG_LEVEL,
    demoSeed: e.DEMO_SEED,
  };
}
