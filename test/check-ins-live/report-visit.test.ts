import { afterAll, beforeAll, expect, it } from 'vitest';
import { FileBox } from 'file-box';
import { demoPerson, PARENTS_ROOM } from '../../src/store/seed/demo-county.js';
import { beijingDate } from '../../src/shared/beijing-time.js';
import { eventually, pause } from '../support/eventually.js';
import { rowCounts } from '../support/row-counts.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { ask } from './chat.js';

let app: TestApp;
const zhao = demoPerson('helper').contactId!;
const chen = demoPerson('helper2').contactId!;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.stop();
});

const today = () => beijingDate(new Date());

it('a full report is read back, confirmed and stored with the right fields', async () => {
  const summary = await ask(app, zhao, '今天去了王大山家，待了3小时，送了2袋化肥价值300元');
  expect(summary).toContain('走访记录（请核对）');
  expect(summary).toContain('王大山');
  expect(summary).toContain('3小时');
  expect(summary).toContain('300元');
  expect(await app.db.visitRecord.count({ where: { status: 'DRAFT' } })).toBe(1);

  expect(await ask(app, zhao, '确认')).toContain('已保存');
  const visit = await app.db.visitRecord.findFirstOrThrow({ where: { status: 'CONFIRMED' }, include: { pairing: { include: { household: true } }, revisions: true } });
  expect(visit.pairing!.household.headName).toBe('王大山');
  expect(visit.visitDate!.toISOString().slice(0, 10)).toBe(today());
  expect(visit.durationMinutes).toBe(180);
  expect(Number(visit.fundsYuan)).toBe(300);
  expect(visit.confirmedAt).not.toBeNull();
  expect(visit.revisions.map((r) => r.action)).toEqual(['CONFIRMED']);

  // A photo right after confirming is kept as evidence of that visit.
  const before = app.world.sentTo(zhao).length;
  app.world.sendFile(zhao, {}, FileBox.fromBase64(Buffer.from('fake-jpeg').toString('base64'), 'photo.jpg'));
  await eventually(() => expect(app.world.sentTo(zhao).length).toBe(before + 1));
  expect(app.world.sentTo(zhao).at(-1)!.text).toContain('佐证');
  const evidence = await app.db.visitEvidence.findMany({ where: { visitId: visit.id } });
  expect(evidence).toHaveLength(1);
  expect(evidence[0]!.kind).toBe('PHOTO');
});

it('asks for a missing duration, takes the answer and stores it', async () => {
  const question = await ask(app, chen, '今天去了张老四家，送了米面油价值200元');
  expect(question).toContain('待了多长时间');
  expect(await ask(app, chen, '2个半小时')).toContain('走访记录（请核对）');
  expect(await ask(app, chen, '确认')).toContain('已保存');
  const visit = await app.db.visitRecord.findFirstOrThrow({ where: { helperId: 'demo-helper2', status: 'CONFIRMED' } });
  expect(visit.durationMinutes).toBe(150);
  expect(Number(visit.fundsYuan)).toBe(200);
});

it('asks back on a problem and on 修改 before confirming; 取消 stores nothing countable', async () => {
  expect(await ask(app, chen, '昨天去了张老四家，待了一上午，资金100元')).toContain('一上午');
  expect(await ask(app, chen, '3小时')).toContain('3小时');
  expect(await ask(app, chen, '修改 资金 150')).toContain('150元');
  expect(await ask(app, chen, '取消')).toContain('没有保存');
  const counted = await app.db.visitRecord.count({ where: { helperId: 'demo-helper2', status: { in: ['CONFIRMED', 'CORRECTED'] } } });
  expect(counted).toBe(1);
  expect(await app.db.visitRecord.count({ where: { helperId: 'demo-helper2', status: 'WITHDRAWN' } })).toBe(1);
});

it('recognises the same visit reported twice and merges it on request', async () => {
  const question = await ask(app, zhao, '今天去了老王家，待了1小时，资金200元');
  expect(question).toContain('已经有一条确认过的走访记录');
  expect(await ask(app, zhao, '合并')).toContain('已合并');
  const visits = await app.db.visitRecord.findMany({ where: { helperId: 'demo-helper', status: { in: ['CONFIRMED', 'CORRECTED'] } }, include: { revisions: true } });
  expect(visits).toHaveLength(1);
  expect(visits[0]!.durationMinutes).toBe(240);
  expect(Number(visits[0]!.fundsYuan)).toBe(500);
  expect(visits[0]!.revisions.map((r) => r.action).sort()).toEqual(['CONFIRMED', 'MERGED']);
});

it('refuses a parent\'s and a stranger\'s report, storing nothing', async () => {
  const before = await rowCounts(app.db);
  const parent = demoPerson('parent').contactId!;
  expect(await ask(app, parent, '今天去了王大山家，待了3小时，送了300元')).toContain('只对结对帮扶干部开放');
  expect(await ask(app, 'wxid_stranger_01', '今天去了王大山家，待了3小时，送了300元')).toContain('绑定');
  const after = await rowCounts(app.db);
  for (const table of ['VisitRecord', 'VisitRevision', 'VisitEvidence']) expect(after[table]).toBe(before[table]);
});

it('a report made in a group is answered briefly there and continued privately', async () => {
  const roomBefore = app.world.sentTo(PARENTS_ROOM.id).length;
  const privateBefore = app.world.sentTo(chen).length;
  app.world.sayInRoom(chen, PARENTS_ROOM.id, '今天去了张老四家，待了2小时', { mentionBot: true });
  await eventually(() => {
    expect(app.world.sentTo(PARENTS_ROOM.id).length).toBe(roomBefore + 1);
    expect(app.world.sentTo(chen).length).toBe(privateBefore + 1);
  });
  expect(app.world.sentTo(PARENTS_ROOM.id).at(-1)!.text).toContain('私聊');
  expect(app.world.sentTo(PARENTS_ROOM.id).at(-1)!.text).not.toContain('张老四');
  expect(app.world.sentTo(chen).at(-1)!.text).toContain('多少钱');
  expect(await ask(app, chen, '取消')).toContain('没有保存');
});

it('one draft for a report WeChat delivers twice', async () => {
  const before = await app.db.visitRecord.count();
  const sentBefore = app.world.sentTo(zhao).length;
  const id = app.world.sayPrivately(zhao, '今天去了李秀英家，待了2小时，资金100元');
  app.world.redeliver(id);
  await eventually(() => expect(app.world.sentTo(zhao).length).toBe(sentBefore + 1));
  app.world.redeliver(id);
  await pause(500);
  expect(app.world.sentTo(zhao).length).toBe(sentBefore + 1);
  expect(await app.db.visitRecord.count()).toBe(before + 1);
  expect(await app.db.visitRecord.count({ where: { draftKey: id } })).toBe(1);
});
