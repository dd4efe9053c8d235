import { afterAll, beforeAll, expect, it } from 'vitest';
import { demoPerson } from '../../src/store/seed/demo-county.js';
import { beijingDate } from '../../src/shared/beijing-time.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { ask } from './chat.js';

let app: TestApp;
const zhao = demoPerson('helper').contactId!;
const chen = demoPerson('helper2').contactId!;
const admin = demoPerson('admin').contactId!;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.stop();
});

it('a later correction changes the record and keeps the earlier version; a withdrawal too', async () => {
  expect(await ask(app, zhao, '昨天去了李秀英家，待了2小时，资金100元')).toContain('请核对');
  expect(await ask(app, zhao, '确认')).toContain('已保存');

  expect(await ask(app, zhao, '更正 昨天那条 资金 500')).toContain('500元');
  const visit = await app.db.visitRecord.findFirstOrThrow({ where: { helperId: 'demo-helper' }, include: { revisions: { orderBy: { revision: 'asc' } } } });
  expect(visit.status).toBe('CORRECTED');
  expect(Number(visit.fundsYuan)).toBe(500);
  expect(visit.revisions.map((r) => [r.revision, r.action])).toEqual([[1, 'CONFIRMED'], [2, 'CORRECTED']]);
  expect((visit.revisions[0]!.snapshot as { fundsYuan: number }).fundsYuan).toBe(100);
  expect((visit.revisions[1]!.snapshot as { fundsYuan: number }).fundsYuan).toBe(500);

  // Without saying which record, nothing is changed.
  expect(await ask(app, zhao, '修改 资金 800')).toContain('哪一条');

  expect(await ask(app, zhao, '撤回 昨天那条')).toContain('已撤回');
  const withdrawn = await app.db.visitRecord.findUniqueOrThrow({ where: { id: visit.id }, include: { revisions: true } });
  expect(withdrawn.status).toBe('WITHDRAWN');
  expect(withdrawn.revisions).toHaveLength(3);
});

it('progress counts visit days once per day, sums funds, and leaves out withdrawn visits', async () => {
  expect(await ask(app, chen, '今天去了张老四家，待了2小时，资金300元')).toContain('请核对');
  expect(await ask(app, chen, '确认')).toContain('已保存');
  expect(await ask(app, chen, '前天去了张老四家，待了1小时，资金100元')).toContain('请核对');
  expect(await ask(app, chen, '确认')).toContain('已保存');
  // A second visit the same day (saved separately) and a withdrawn one, written directly.
  const pairingId = 'demo-pairing-TKS-003';
  const today = new Date(`${beijingDate(new Date())}T00:00:00Z`);
  await app.db.visitRecord.create({
    data: { draftKey: 'test-same-day', helperId: 'demo-helper2', pairingId, visitDate: today, durationMinutes: 30, fundsYuan: 50, status: 'CONFIRMED', confirmedAt: new Date() },
  });
  await app.db.visitRecord.create({
    data: { draftKey: 'test-withdrawn', helperId: 'demo-helper2', pairingId, visitDate: today, durationMinutes: 60, fundsYuan: 1000, status: 'WITHDRAWN' },
  });

  const progress = await ask(app, chen, '进度');
  expect(progress).toContain('张老四：到户2/15天，资金450/2000元');
  expect(progress).not.toContain('王大山'); // only the helper's own households

  const all = await ask(app, admin, '帮扶进度');
  expect(all).toContain('张老四（陈芳）：到户2/15天');
  expect(all).toContain('王大山（赵明）');
});
