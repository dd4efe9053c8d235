import { hostname } from 'node:os';
import type { MessageHandlingDeps } from '../dialogue/handle-inbound-message.js';
import type { PolicyChatDeps } from '../policy-qa/chat-deps.js';
import { createPolicyLibrary } from '../policy-qa/policy-library.js';
import { readShippedPolicyFacts } from '../policy-qa/read-shipped-policy-facts.js';
import { createInboundLog } from '../store/inbound-log.js';
import { createOfficeDirectory } from '../store/office-directory.js';
import { createOpenQuestionStore } from '../store/open-question-store.js';
import { createPeopleDirectory } from '../store/people-directory.js';
import { createPolicyFactStore } from '../store/policy-fact-store.js';
import type { Db } from '../store/prisma.js';
import { createVisitLedger } from '../store/visit-ledger.js';
import { createRedisConversationStore } from '../store/redis-conversation-store.js';
import { buildRouter } from './build-router.js';
import { createReminderRuntime, type HandlingInput, type ReminderRuntime } from './create-reminder-deps.js';

export type HandlingDeps = MessageHandlingDeps & {
  reminders: ReminderRuntime;
  /**
   * Loads what answering needs before the first message: the policy knowledge base goes into
   * PostgreSQL (idempotent) and is indexed in memory, about a second of work. Workers call it
   * before they take jobs; without it (`bangfu chat`) the first question does it, once.
   */
  warmUp(): Promise<void>;
};

function createPolicyChatDeps(db: Db): PolicyChatDeps {
  const library = createPolicyLibrary({ store: createPolicyFactStore(db), shippedFacts: readShippedPolicyFacts });
  return { library, openQuestions: createOpenQuestionStore(db), office: createOfficeDirectory(db) };
}

/** Everything handling one message needs; shared by the workers and `bangfu chat`. */
export function createHandlingDeps(input: HandlingInput): HandlingDeps {
  const { config, db, redis } = input;
  const people = createPeopleDirectory(db);
  const policy = createPolicyChatDeps(db);
  const reminders = createReminderRuntime(input);
  return {
    reminders,
    warmUp: () => policy.library.start(),
    router: buildRouter({ people, policy, visits: createVisitLedger(db), reminders: reminders.deps }),
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
