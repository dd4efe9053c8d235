// The bot role: the WeChat login, the inbound message handler, and one paced sender per
// logged-in account (closed again when that account logs out).
import type { Wechaty } from 'wechaty';
import { attachInbound } from '../chat/attach-inbound.js';
import { createBot, watchLogin, type LoginChange } from '../chat/create-bot.js';
import type { MockWorld } from '../chat/mock-world.js';
import { createWechatySender } from '../chat/wechaty-sender.js';
import type { InboundProducer } from '../queue/inbound-producer.js';
import type { OutboundProducer } from '../queue/outbound-producer.js';
import { startOutboundWorker } from '../queue/outbound-worker.js';
import { Pacer } from '../queue/pacer.js';
import { recordLoginState } from '../store/bot-accounts.js';
import { createWeChatLoginStates } from '../store/wechat-login-state.js';
import { createLoginAlerts } from './login-alerts.js';
import type { ProcessStack } from './process-stack.js';

export interface RunningBot {
  bot: Wechaty;
  /** Resolves with the account id of the first login. */
  loggedIn: Promise<string>;
  stop(): Promise<void>;
}

export async function startBot(input: ProcessStack & { world: MockWorld | null; inbound: InboundProducer; outbound: OutboundProducer }): Promise<RunningBot> {
  const { config, db, redis, clock, logger, world } = input;
  const senders = new Map<string, { close(): Promise<void> }>();
  const alert = createLoginAlerts({ db, botName: config.botName, loginStates: createWeChatLoginStates(db), replies: input.outbound, metrics: input.metrics, logger });
  let bot!: Wechaty;
  let resolveLogin!: (accountId: string) => void;
  const loggedIn = new Promise<string>((resolve) => (resolveLogin = resolve));

  // Our own stop logs the account out: that is not an outage to tell anyone about.
  let stopping = false;
  const onLoginChange = async (change: LoginChange) => {
    if (stopping) return;
    const at = clock.now();
    if (change.kind === 'scan') return alert({ state: 'scan_needed', qrCode: change.qrcode }, at);
    const up = change.kind === 'login';
    await recordLoginState(db, { accountId: change.accountId, name: change.name, loggedIn: up, puppet: config.puppet ?? 'wechaty-puppet-mock' });
    if (up && !senders.has(change.accountId)) {
      senders.set(
        change.accountId,
        startOutboundWorker({
          redisUrl: config.redisUrl,
          prefix: config.queuePrefix,
          accountId: change.accountId,
          sender: createWechatySender(bot),
          pacer: new Pacer(config.pacing, redis, `${config.queuePrefix}:pacing:${change.accountId}`, clock),
          logger,
          onSent: (message, waitMs) => input.metrics.onSent(message, waitMs, clock.now()),
        }),
      );
    }
    if (!up) {
      const sender = senders.get(change.accountId);
      senders.delete(change.accountId);
      await sender?.close();
    }
    await alert({ state: up ? 'logged_in' : 'logged_out', accountId: change.accountId, accountName: change.name }, at);
    if (up) resolveLogin(change.accountId);
  };

  if (world) {
    bot = world.bot;
    watchLogin(bot, logger, onLoginChange);
  } else {
    bot = createBot(config, logger, onLoginChange);
  }
  attachInbound(bot, (message) => input.inbound.enqueue(message), { staleSeconds: config.staleMessageSeconds, logger });
  if (world) {
    await world.start();
    await loggedIn;
  } else {
    await bot.start();
  }
  return {
    bot,
    loggedIn,
    async stop() {
      stopping = true;
      await bot.stop().catch((error: unknown) => logger.warn({ err: (error as Error).message }, 'bot stop'));
      for (const sender of senders.values()) await sender.close();
      senders.clear();
    },
  };
}
