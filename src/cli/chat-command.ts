import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { createHandlingDeps } from '../app/create-handling-deps.js';
import { loadConfig } from '../config.js';
import { handleInboundMessage } from '../dialogue/handle-inbound-message.js';
import type { InboundMessage, OutgoingMessage } from '../dialogue/inbound-message.js';
import { createRedis } from '../queue/redis-connection.js';
import { systemClock } from '../shared/clock.js';
import { ensureDatabase } from '../store/ensure-database.js';
import { createPrismaClient } from '../store/prisma.js';
import { BOT_CONTACT, demoContactForRole } from '../store/seed/demo-county.js';
import { seedDemoCounty } from '../store/seed/seed-demo-county.js';
import { seedDemoPlan } from '../store/seed/seed-demo-plan.js';
import { runLines, writeJson } from './run-lines.js';

const ChatInput = z.object({ as: z.enum(['parent', 'helper', 'stranger', 'admin']), text: z.string() });
type ChatResult = { replies: string[]; recorded: { kind: string; id: string }[]; error: string | null };

/** `bangfu chat`: one message through the same router a live chat uses, against the demo county. */
export async function chatCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { as: { type: 'string' }, text: { type: 'string' }, json: { type: 'boolean', default: false }, batch: { type: 'boolean', default: false } },
  });
  const config = loadConfig();
  await ensureDatabase(config.databaseUrl);
  const db = createPrismaClient(config.databaseUrl);
  const redis = createRedis(config.redisUrl);
  let collected: OutgoingMessage[] = [];
  const deps = createHandlingDeps({
    config,
    db,
    redis,
    clock: systemClock,
    replies: { enqueue: async (_account, messages) => (collected.push(...messages), messages.length) },
  });
  try {
    await seedDemoCounty(db);
    await seedDemoPlan(deps.reminders.deps, systemClock.now());
    const chat = async (raw: unknown): Promise<ChatResult> => {
      const input = ChatInput.safeParse(raw);
      if (!input.success) return { replies: [], recorded: [], error: `invalid input: ${input.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}` };
      const contact = demoContactForRole(input.data.as);
      const message: InboundMessage = {
        id: `cli-${randomUUID()}`,
        accountId: BOT_CONTACT.id,
        chatId: contact.id,
        roomId: null,
        roomTopic: null,
        senderId: contact.id,
        senderName: contact.name,
        kind: 'text',
        text: input.data.text,
        mentionsBot: false,
        sentAt: systemClock.now().toISOString(),
        location: null,
        attachmentName: null,
      };
      collected = [];
      try {
        const outcome = await handleInboundMessage(message, deps);
        return { replies: collected.map((reply) => reply.text), recorded: outcome.recorded, error: null };
      } catch (error) {
        return { replies: [], recorded: [], error: (error as Error).message };
      }
    };

    if (values.batch) {
      await runLines(async (line) => {
        try {
          return await chat(JSON.parse(line));
        } catch (error) {
          return { replies: [], recorded: [], error: `invalid JSON line: ${(error as Error).message}` };
        }
      });
      return 0;
    }
    const result = await chat({ as: values.as, text: values.text });
    if (values.json) writeJson(result);
    else process.stdout.write(result.error ? `error: ${result.error}\n` : `${result.replies.join('\n\n')}\n`);
    return result.error ? 2 : 0;
  } finally {
    await deps.reminders.queue.close();
    redis.disconnect();
    await db.$disconnect();
  }
}
