import { describe, expect, it } from 'vitest';
import { nextEscalationStep, planEscalation } from '../../src/reminders/escalation.js';
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

  it('defers each step out of quiet hours', () => {
    const steps = planEscalation({ sentAt: at('2026-03-02', '19:00'), response: 'none', settings });
    expect(steps[0]).toMatchObject({ nominalAt: at('2026-03-02', '23:00'), at: at('2026-03-03', '07:30') });
    expect(steps[1]?.at).toEqual(at('2026-03-03', '19:00'));
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

  it('nextEscalationStep walks the ladder and stops as soon as the unit responds', () => {
    const sentAt = at('2026-03-02', '09:00');
    expect(nextEscalationStep({ sentAt, response: 'none', settings, completedSteps: [] })?.kind).toBe('second_reminder');
    expect(nextEscalationStep({ sentAt, response: 'none', settings, completedSteps: ['second_reminder'] })?.kind).toBe(
      'private_message',
    );
    expect(
      nextEscalationStep({ sentAt, response: 'none', settings, completedSteps: ['second_reminder', 'private_message'] })?.kind,
    ).toBe('office_note');
    expect(
      nextEscalationStep({ sentAt, response: 'none', settings, completedSteps: ['second_reminder', 'private_message', 'office_note'] }),
    ).toBeNull();
    expect(nextEscalationStep({ sentAt, response: 'acknowledged', settings, completedSteps: ['second_reminder'] })).toBeNull();
    expect(nextEscalationStep({ sentAt, response: 'submitted', settings, completedSteps: [] })).toBeNull();
  });
});
