import { describe, expect, it } from 'vitest';
import { planEscalation } from '../../src/reminders/escalation.js';
import { shanghaiInstant } from '../../src/reminders/shanghai-time.js';

const settings = { secondReminderAfterHours: 4, privateMessageAfterHours: 24, officeNoteAfterHours: 48 };
const at = shanghaiInstant;

describe('escalation', () => {
  it('plans a second reminder, a private message and an office note after N, M, K hours', () => {
    const steps = planEscalation({ sentAt: at('2026-03-02', '09:00'), response: 'none', settings });
    expect(steps.map((step) => [step.kind, step.channel, step.at])).toEqual([
      ['second_reminder', 'unit_group', at('2026-03-02', '13:00')],
      ['private_message', 'contact_private', at('2026-03-03', '09:00')],
      ['office_note', 'office_room', at('2026-03-04', '09:00')],
    ]);
  });

  it('defers each step out of quiet hours, and the later steps by as much', () => {
    const steps = planEscalation({ sentAt: at('2026-03-02', '19:00'), response: 'none', settings });
    expect(steps[0]).toMatchObject({ nominalAt: at('2026-03-02', '23:00'), at: at('2026-03-03', '07:30') });
    // 20 h after the deferred second reminder is 03:30, in quiet hours again.
    expect(steps[1]).toMatchObject({ nominalAt: at('2026-03-03', '19:00'), at: at('2026-03-04', '07:30') });
    expect(steps[2]?.at).toEqual(at('2026-03-05', '07:30'));
    const custom = planEscalation({
      sentAt: at('2026-03-02', '19:00'),
      response: 'none',
      settings,
      quietHours: { start: '23:30', end: '06:00' },
    });
    expect(custom[0]?.at).toEqual(at('2026-03-02', '23:00'));
  });

  it('plans nothing once the unit acknowledged or submitted', () => {
    expect(planEscalation({ sentAt: at('2026-03-02', '09:00'), response: 'acknowledged', settings })).toEqual([]);
    expect(planEscalation({ sentAt: at('2026-03-02', '09:00'), response: 'submitted', settings })).toEqual([]);
  });

  it('moves a step that falls on a day off to the next working morning, and keeps the steps apart', () => {
    const calendar = { isWorkingDay: (date: string) => !['2026-03-07', '2026-03-08'].includes(date) };
    // Friday 19:00: +4 h is 23:00 (quiet) → Saturday 07:30 (day off) → Monday 09:00; the private
    // message comes 20 h after that (out of quiet hours), the office note a day after that.
    const steps = planEscalation({ sentAt: at('2026-03-06', '19:00'), response: 'none', settings, calendar });
    expect(steps.map((step) => step.at)).toEqual([at('2026-03-09', '09:00'), at('2026-03-10', '07:30'), at('2026-03-11', '07:30')]);
    const midweek = planEscalation({ sentAt: at('2026-03-02', '09:00'), response: 'none', settings, calendar });
    expect(midweek[2]?.at).toEqual(at('2026-03-04', '09:00'));
  });
});
