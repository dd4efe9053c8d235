import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { shardOf } from '../../src/queue/jobs.js';
import { demoPerson } from '../../src/store/seed/demo-county.js';
import { eventually, pause } from '../support/eventually.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.stop();
});

const HELP_ZH = /我是帮扶助手/;
const HELP_EN = /I am Bangfu/;
const NOTHING_TO_CANCEL_ZH = /没有进行中的事项/;
const NOTHING_TO_CANCEL_EN = /nothing in progress/;

it("answers one chat's messages in the order they were sent", async () => {
  const parent = demoPerson('parent').contactId!;
  const script: [string, RegExp][] = [
    ['帮助', HELP_ZH], ['help', HELP_EN], ['取消', NOTHING_TO_CANCEL_ZH], ['cancel', NOTHING_TO_CANCEL_EN],
    ['cancel', NOTHING_TO_CANCEL_EN], ['帮助', HELP_ZH], ['取消', NOTHING_TO_CANCEL_ZH], ['help', HELP_EN],
    ['help', HELP_EN], ['取消', NOTHING_TO_CANCEL_ZH], ['帮助', HELP_ZH], ['cancel', NOTHING_TO_CANCEL_EN],
  ];
  for (const [text] of script) app.world.sayPrivately(parent, text);
  const sent = await eventually(() => {
    const replies = app.world.sentTo(parent);
    expect(replies).toHaveLength(script.length);
    return replies;
  });
  sent.forEach((reply, index) => expect(reply.text).toMatch(script[index]![1]));
});

it('keeps serving other chats while one chat is stuck', async () => {
  const shards = app.config.inboundShards;
  const [stuck, free] = ['wxid_order_a', 'wxid_order_b', 'wxid_order_c', 'wxid_order_d', 'wxid_order_e']
    .reduce<string[]>((picked, id) => (picked.length === 0 || (picked.length === 1 && shardOf(id, shards) !== shardOf(picked[0]!, shards)) ? [...picked, id] : picked), []);
  app.world.addContact(stuck!, '甲');
  app.world.addContact(free!, '乙');
  const code = demoPerson('parent-unbound').inviteCode!;

  // Hold the invite code's row: the stuck chat's `绑定` waits on it inside its transaction.
  const blocker = new pg.Client({ connectionString: app.env.databaseUrl });
  await blocker.connect();
  await blocker.query('BEGIN');
  await blocker.query('SELECT * FROM "InviteCode" WHERE code = $1 FOR UPDATE', [code]);
  try {
    app.world.sayPrivately(stuck!, `绑定 ${code}`);
    await pause(200);
    app.world.sayPrivately(stuck!, '帮助');
    app.world.sayPrivately(free!, '帮助');
    await eventually(() => expect(app.world.sentTo(free!)).toHaveLength(1));
    expect(app.world.sentTo(stuck!)).toHaveLength(0);
  } finally {
    await blocker.query('ROLLBACK');
    await blocker.end();
  }
  const stuckReplies = await eventually(() => {
    const replies = app.world.sentTo(stuck!);
    expect(replies).toHaveLength(2);
    return replies;
  });
  expect(stuckReplies[0]!.text).toContain('绑定成功');
  expect(stuckReplies[1]!.text).toMatch(/家长/);
});
