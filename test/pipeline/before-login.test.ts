import { expect, it } from 'vitest';
import { attachInbound } from '../../src/chat/attach-inbound.js';
import { watchLogin } from '../../src/chat/create-bot.js';
import { MockWorld } from '../../src/chat/mock-world.js';
import type { InboundMessage } from '../../src/dialogue/inbound-message.js';
import { createLogger } from '../../src/shared/logger.js';
import { demoPerson } from '../../src/store/seed/demo-county.js';
import { eventually, pause } from '../support/eventually.js';

it('drops a message that arrives before login without crashing, and takes messages after it', async () => {
  const world = new MockWorld();
  const queued: InboundMessage[] = [];
  const logger = createLogger('silent');
  watchLogin(world.bot, logger, () => undefined);
  attachInbound(world.bot, async (message) => void queued.push(message), { staleSeconds: 600, logger });
  const parent = demoPerson('parent').contactId!;
  try {
    await world.bot.start();
    world.sayPrivately(parent, '营养餐多少钱');
    await pause(300);
    expect(queued).toHaveLength(0);

    const loggedIn = new Promise((resolve) => world.bot.once('login', resolve));
    world.mocker.login(world.botUser);
    await loggedIn;
    world.sayPrivately(parent, '营养餐多少钱');
    await eventually(() => expect(queued).toHaveLength(1));
    expect(queued[0]).toMatchObject({ chatId: parent, roomId: null, kind: 'text', text: '营养餐多少钱', mentionsBot: false });
  } finally {
    await world.stop();
  }
});
