import type { DialogueContext } from '../dialogue/context.js';
import { formatDate } from './format-dates.js';
import type { Lang } from './plan-definition.js';
import { REMINDER_KIND_LABELS } from './reminder-kind-labels.js';
import { audienceLabel, subjectOf, subjectTitle, unitShortName } from './plan-lookup.js';
import type { ReminderDeps, StoredPlan, UpcomingReminder } from './ports.js';
import { addDays, shanghaiDateOf, shanghaiMinutesOfDay } from './shanghai-time.js';

const WINDOW_DAYS = 7;


/** 提醒列表: what goes out in the next 7 days, or when the next one is. */
export async function listUpcomingReminders(ctx: DialogueContext, deps: ReminderDeps): Promise<void> {
  ctx.handledBy = 'reminders:list';
  const until = new Date(ctx.now.getTime() + WINDOW_DAYS * 86_400_000);
  const soon = await deps.ledger.upcoming(ctx.now, until);
  const plans = new Map<string, StoredPlan | null>();
  const planOf = async (id: string) => {
    if (!plans.has(id)) plans.set(id, await deps.plans.byId(id));
    return plans.get(id) ?? null;
  };
  const lines: string[] = [];
  const lang = ctx.lang;
  const today = shanghaiDateOf(ctx.now);
  if (soon.length === 0) {
    const [next] = await deps.ledger.upcoming(ctx.now, new Date(ctx.now.getTime() + 400 * 86_400_000));
    lines.push(lang === 'zh' ? `未来${WINDOW_DAYS}天没有要发的提醒。` : `No reminders in the next ${WINDOW_DAYS} days.`);
    if (next) {
      const plan = await planOf(next.planId);
      if (plan) lines.push(`${lang === 'zh' ? '下一条：' : 'Next: '}${describe(next, plan, lang)}`);
    }
  } else {
    const end = addDays(today, WINDOW_DAYS - 1);
    lines.push(lang === 'zh' ? `未来${WINDOW_DAYS}天的提醒（${formatDate(today, 'zh')}至${formatDate(end, 'zh')}，共${soon.length}条）：` : `Reminders in the next ${WINDOW_DAYS} days (${soon.length}):`);
    for (const reminder of soon) {
      const plan = await planOf(reminder.planId);
      if (plan) lines.push(`· ${describe(reminder, plan, lang)}`);
    }
  }
  const paused = await pausedUnitNames(deps, ctx.now, lang);
  if (paused.length > 0) lines.push(lang === 'zh' ? `已暂停提醒：${paused.join('、')}（发送「恢复提醒 单位」恢复）` : `Paused: ${paused.join(', ')} (send "resume reminders <unit>")`);
  ctx.reply(lines.join('\n'));
}

function describe(reminder: UpcomingReminder, plan: StoredPlan, lang: Lang): string {
  const day = shanghaiDateOf(reminder.announceAt);
  const minutes = shanghaiMinutesOfDay(reminder.announceAt);
  const clock = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  const title = subjectTitle(subjectOf(plan.definition, reminder.subject))[lang];
  const audience = audienceLabel(plan.definition, reminder.unitCodes, lang);
  return lang === 'zh'
    ? `${formatDate(day, 'zh', { weekday: true })} ${clock} ${title}·${REMINDER_KIND_LABELS[reminder.kind].zh} → ${audience}`
    : `${formatDate(day, 'en', { weekday: true })} ${clock} ${title} · ${REMINDER_KIND_LABELS[reminder.kind].en} → ${audience}`;
}

async function pausedUnitNames(deps: ReminderDeps, now: Date, lang: Lang): Promise<string[]> {
  const plan = await deps.plans.active(now);
  if (!plan) return [];
  const audiences = await deps.units.audiences(plan.definition.units.map((unit) => unit.code));
  return audiences.filter((audience) => audience.paused).map((audience) => unitShortName(plan.definition, audience.unitCode, lang));
}
