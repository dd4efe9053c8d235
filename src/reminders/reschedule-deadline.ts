import type { DialogueContext } from '../dialogue/context.js';
import { formatDate, formatInstant } from './format-dates.js';
import type { Bilingual, PlanSubjectRef } from './plan-definition.js';
import { subjectOf, subjectTitle, type PlanSubject } from './plan-lookup.js';
import { REMINDER_KIND_LABELS } from './reminder-kind-labels.js';
import { actorOf } from './pause-unit-reminders.js';
import type { ReminderDeps, StoredPlan } from './ports.js';
import { parseYmd, type YmdDate } from './shanghai-time.js';
import { armPlanTimers, reminderChangePlanner } from './sync-plan-reminders.js';

type Deadline = { periodIndex: number; current: YmdDate } | { error: Bilingual };

/**
 * 改期 <事项> <日期>: moves a stage's end (and its deliverable's due date) or one period of a
 * duty, then moves the reminders that hang on it. Reminders already sent stay sent; one that the
 * new date puts in the past is posted now, and a sent one whose date moved ahead comes again.
 */
export async function rescheduleDeadline(ctx: DialogueContext, deps: ReminderDeps, plan: StoredPlan, ref: PlanSubjectRef, date: YmdDate): Promise<void> {
  ctx.handledBy = 'reminders:reschedule';
  const subject = subjectOf(plan.definition, ref);
  const title = subjectTitle(subject);
  const deadline = deadlineOf(subject, date);
  if ('error' in deadline) return ctx.reply(withExample(deadline.error));
  if (deadline.current === date) {
    return ctx.reply({ zh: `「${title.zh}」的截止日期已经是${formatDate(date, 'zh')}，没有改动。`, en: `The ${title.en} is already due on ${formatDate(date, 'en')}.` });
  }
  const sync = await deps.plans.saveDateChange(plan.id, { subject: ref, periodIndex: deadline.periodIndex, date }, actorOf(ctx), ctx.now, reminderChangePlanner(deps, ctx.now));
  await armPlanTimers(deps, plan.id, ctx.now);
  ctx.record('plan_date_change', `${plan.id}:${ref.type}:${ref.code}:${deadline.periodIndex}`);

  const affected = (await deps.plans.remindersOf(plan.id))
    .filter((reminder) => reminder.status === 'scheduled' && reminder.subject.type === ref.type && reminder.subject.code === ref.code && reminder.periodIndex === deadline.periodIndex)
    .sort((a, b) => a.announceAt.getTime() - b.announceAt.getTime());
  const moved = sync.changes.update.length + sync.changes.create.length;
  const schedule = affected.map((reminder) => `${formatInstant(reminder.announceAt, ctx.lang)} ${REMINDER_KIND_LABELS[reminder.kind][ctx.lang]}`);
  ctx.reply({
    zh: [
      `已改期：「${title.zh}」的截止日期由${formatDate(deadline.current, 'zh')}改为${formatDate(date, 'zh', { weekday: true })}，已更新${moved}条提醒。`,
      schedule.length > 0 ? `接下来的提醒：${schedule.join('；')}` : '这一项没有待发的提醒了。',
    ].join('\n'),
    en: [
      `Rescheduled: the ${title.en} is now due on ${formatDate(date, 'en', { weekday: true })} (was ${formatDate(deadline.current, 'en')}); ${moved} reminder(s) updated.`,
      schedule.length > 0 ? `Coming reminders: ${schedule.join('; ')}` : 'No reminders left for it.',
    ].join('\n'),
  });
}

function deadlineOf(subject: PlanSubject, date: YmdDate): Deadline {
  if (subject.type === 'stage') {
    const { stage } = subject;
    if (date < stage.start) {
      return {
        error: {
          zh: `新的截止日期不能早于「${stage.title.zh}」的开始日期${formatDate(stage.start, 'zh')}`,
          en: `the new date cannot be before the ${stage.title.en} starts (${formatDate(stage.start, 'en')})`,
        },
      };
    }
    return { periodIndex: 0, current: stage.deliverable?.due ?? stage.end };
  }
  const { duty } = subject;
  if (duty.schedule.type === 'once') return { periodIndex: 0, current: duty.dueDates[0]?.due ?? date };
  // A monthly duty: the date's month says which report moves.
  const month = parseYmd(date).month;
  const period = duty.dueDates.find((candidate) => candidate.periodIndex === month);
  if (!period) {
    return {
      error: {
        zh: `「${duty.title.zh}」在${month}月没有报送期（${duty.schedule.fromMonth}月至${duty.schedule.untilMonth}月每月一次）`,
        en: `the ${duty.title.en} has no report in month ${month} (monthly from ${duty.schedule.fromMonth} to ${duty.schedule.untilMonth})`,
      },
    };
  }
  return { periodIndex: month, current: period.due };
}

function withExample(error: Bilingual): Bilingual {
  return { zh: `没有改期：${error.zh}。例如：改期 动员部署 2月1日`, en: `Not rescheduled: ${error.en}. E.g. reschedule mobilisation 02-01` };
}
