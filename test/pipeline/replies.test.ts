import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPerson, PARENTS_ROOM, STRANGER_CONTACT } from '../../src/store/seed/demo-county.js';
import { eventually, pause } from '../support/eventually.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('messages in through the mock WeChat, replies out', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('answers a parent in a private chat', async () => {
    const parent = demoPerson('parent').contactId!;
    app.world.sayPrivately(parent, '帮助');
    const [reply] = await eventually(() => {
      const sent = app.world.sentTo(parent);
      expect(sent).toHaveLength(1);
      return sent;
    });
    expect(reply!.text).toContain('帮扶助手');
    expect(reply!.text).toContain('家长');
  });

  it('answers an @-mention in a group and ignores the same group without a mention', async () => {
    const parent = demoPerson('parent2').contactId!;
    app.world.sayInRoom(parent, PARENTS_ROOM.id, '大家好，今天开家长会吗');
    app.world.sayInRoom(parent, PARENTS_ROOM.id, 'help', { mentionBot: true });
    const sent = await eventually(() => {
      const inRoom = app.world.sentTo(PARENTS_ROOM.id);
      expect(inRoom).toHaveLength(1);
      return inRoom;
    });
    expect(sent[0]!.text).toContain('Bangfu');
    expect(sent[0]!.text.startsWith(`@${demoPerson('parent2').name}`)).toBe(true);
    await pause(500);
    expect(app.world.sentTo(PARENTS_ROOM.id)).toHaveLength(1);
    const logged = await app.db.inboundMessage.count({ where: { roomId: PARENTS_ROOM.id } });
    expect(logged).toBe(2);
  });

  it('treats an unknown contact as a stranger', async () => {
    app.world.sayPrivately(STRANGER_CONTACT.id, '你好');
    const reply = await eventually(() => {
      const sent = app.world.sentTo(STRANGER_CONTACT.id);
      expect(sent).toHaveLength(1);
      return sent[0]!;
    });
    expect(reply.text).toMatch(/没听懂|帮助/);
  });
});
