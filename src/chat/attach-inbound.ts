import type { Logger } from 'pino';
import type { Message, Wechaty } from 'wechaty';
import type { InboundMessage } from '../dialogue/inbound-message.js';
import { isIgnoredType, mapMessage } from './map-message.js';

export type InboundSink = (message: InboundMessage) => Promise<void>;

/**
 * The Wechaty `message` handler does as little as possible: drop the bot's own and stale
 * messages, map to plain data, queue. Everything else happens in the workers.
 */
export function attachInbound(bot: Wechaty, sink: InboundSink, options: { staleSeconds: number; logger: Logger }): void {
  bot.on('message', (message: Message) => {
    void (async () => {
      if (message.self() || isIgnoredType(message)) return;
      // After a re-login WeChat replays recent history; answering it again would confuse people.
      if (message.age() > options.staleSeconds) return;
      await sink(await mapMessage(bot, message));
    })().catch((error: unknown) =>
      options.logger.error({ err: (error as Error).message, messageId: message.id }, 'could not queue an inbound message'),
    );
  });
}
