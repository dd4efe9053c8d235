import { describe, expect, it } from 'vitest';
import { planReminderChanges } from '../../src/reminders/plan-reminder-changes.js';
import type { StoredReminder } from '../../src/reminders/ports.js';
import type { ReminderOccurrence } from '../../src/reminders/reminder-occurrence.js';
import { shanghaiInstant as at } from '../../src/reminders/shanghai-time.js';

const quietHours = { start: '21:30', end: '07:30' };
const occurrence = (key: string, announceAt: Date, dates = { due: '2026-03-06' }): ReminderOccurrence => ({
  key,
  planCode: 'p',
  year: 2026,
  subject: { type: 'stage', code: 'alpha' },
  ruleCode: key,
  kind: 'due',
  unitCodes: ['unit-a'],
  periodIndex: 0,
  dates,
  nominalAt: announceAt,
  announceAt,
});
const stored = (item: ReminderOccurrence, status: StoredReminder['status'], round = 1): StoredReminder => ({
  ...item,
  id: `id-${item.key}`,
  planId: 'plan',
  status,
  round,
  late: false,
  sentAt: status === 'sent' ? item.announceAt : null,
  skipReason: null,
});
const now = at('2026-03-04', '10:00');

describe('planReminderChanges', () => {
  it('creates reminders ahead and skips the ones already past, so a late import sends nothing late', () => {
    const changes = planReminderChanges([], [occurrence('ahead', at('2026-03-05', '09:00')), occurrence('past', at('2026-03-03', '09:00'))], now, quietHours);
    expect(changes.create.map((item) => [item.occurrence.key, item.status, item.skipReason])).toEqual([
      ['ahead', 'scheduled', null],
      ['past', 'skipped', 'planned_before_import'],
    ]);
  });

  it('leaves identical reminders alone, and moves a scheduled one whose time changed', () => {
    const same = occurrence('same', at('2026-03-05', '09:00'));
    const moved = occurrence('moved', at('2026-03-05', '09:00'));
    const changes = planReminderChanges([stored(same, 'scheduled'), stored(moved, 'scheduled')], [same, { ...moved, announceAt: at('2026-03-09', '09:00') }], now, quietHours);
    expect(changes.unchanged).toBe(1);
    expect(changes.update).toEqual([expect.objectContaining({ id: 'id-moved', status: 'scheduled', round: 1 })]);
    expect(changes.update[0]?.occurrence.announceAt).toEqual(at('2026-03-09', '09:00'));
  });

  it('posts now a reminder an edit moves into the past, but keeps the time of one that was already missed', () => {
    const ahead = occurrence('ahead', at('2026-03-05', '09:00'));
    const missed = occurrence('missed', at('2026-03-04', '09:00'));
    const changes = planReminderChanges(
      [stored(ahead, 'scheduled'), stored(missed, 'scheduled')],
      [{ ...ahead, announceAt: at('2026-03-03', '09:00') }, { ...missed, announceAt: at('2026-03-04', '08:00') }],
      now,
      quietHours,
    );
    const byId = Object.fromEntries(changes.update.map((item) => [item.id, item.occurrence.announceAt]));
    expect(byId['id-ahead']).toEqual(now);
    expect(byId['id-missed']).toEqual(at('2026-03-04', '08:00'));
  });

  it('arms a sent reminder again, next round, only when its dates moved and its new time is ahead', () => {
    const sent = occurrence('sent', at('2026-03-03', '09:00'));
    const later = { ...sent, announceAt: at('2026-03-09', '09:00'), dates: { due: '2026-03-09' } };
    expect(planReminderChanges([stored(sent, 'sent')], [later], now, quietHours).update).toEqual([expect.objectContaining({ round: 2, status: 'scheduled' })]);
    expect(planReminderChanges([stored(sent, 'sent')], [sent], now, quietHours).update).toEqual([]);
    const earlier = { ...sent, announceAt: at('2026-03-02', '09:00'), dates: { due: '2026-03-02' } };
    expect(planReminderChanges([stored(sent, 'sent')], [earlier], now, quietHours).update).toEqual([]);
  });

  it('cancels scheduled reminders the plan dropped, and revives them when it has them again', () => {
    const dropped = occurrence('dropped', at('2026-03-05', '09:00'));
    const afterDrop = planReminderChanges([stored(dropped, 'scheduled')], [], now, quietHours);
    expect(afterDrop.cancel).toEqual(['id-dropped']);
    const back = planReminderChanges([stored(dropped, 'cancelled')], [dropped], now, quietHours);
    expect(back.update).toEqual([expect.objectContaining({ id: 'id-dropped', status: 'scheduled' })]);
    const backTooLate = planReminderChanges([stored({ ...dropped, announceAt: at('2026-03-01', '09:00') }, 'cancelled')], [{ ...dropped, announceAt: at('2026-03-01', '09:00') }], now, quietHours);
    expect(backTooLate.update).toEqual([expect.objectContaining({ status: 'skipped', skipReason: 'planned_before_import' })]);
  });

  it('schedules a skipped reminder again when an edit moves it ahead', () => {
    const skipped = occurrence('skipped', at('2026-03-01', '09:00'));
    const changes = planReminderChanges([stored(skipped, 'skipped')], [{ ...skipped, announceAt: at('2026-03-08', '09:00') }], now, quietHours);
    expect(changes.update).toEqual([expect.objectContaining({ status: 'scheduled' })]);
  });
});
