import { hostname } from 'node:os';
import type { Redis } from 'ioredis';
import type { AppConfig } from '../config.js';
import type { MessageHandlingDeps } from '../dialogue/handle-inbound-message.js';
import type { ReplyQueue } from '../dialogue/ports.js';
import type { Clock } from '../shared/clock.js';
import { createInboundLog } from '../store/inbound-log.js';
import { createPeopleDirectory } from '../store/people-directory.js';
import type { Db } from '../store/prisma.js';
import { createVisitLedger } from '../store/visit-ledger.js';
import { createRedisConversationStore } from '../store/redis-conversation-store.js';
import { buildRouter } from './build-router.js';

/** Everything handling one message needs; shared by the workers and `bangfu chat`. */
export function createHandlingDeps(input: { config: AppConfig; db: Db; redis: Redis; clock: Clock; replies: ReplyQueue }): MessageHandlingDeps {
  const { config, db, redis } = input;
  const people = createPeopleDirectory(db);
  return {
    router: buildRouter({ people, visits: createVisitLedger(db) }),
    people,
    conversations: createRedisConversationStore(redis, config.queuePrefix),
    inboundLog: createInboundLog(db),
    replies: input.replies,
    clock: input.clock,
    botName: config.botName,
    conversationTtlSeconds: config.conversationTtlSeconds,
    workerName: `${hostname()}:${process.pid}`,
  };
}
