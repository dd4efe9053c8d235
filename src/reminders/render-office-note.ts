import { formatInstant } from './format-dates.js';
import type { Lang, PlanDefinition } from './plan-definition.js';
import { subjectOf, subjectTitle, unitShortName } from './plan-lookup.js';
import type { ReminderOccurrence } from './reminder-occurrence.js';

/** The last step of the follow-up: the office hears which units stayed silent after a group reminder and a private message. */
export function renderOfficeNote(plan: PlanDefinition, reminder: ReminderOccurrence, sentAt: Date, unitCodes: readonly string[], lang: Lang): string {
  const title = subjectTitle(subjectOf(plan, reminder.subject))[lang];
  const names = inPlanOrder(plan, unitCodes).map((code) => unitShortName(plan, code, lang));
  if (lang === 'en') {
    return [
      `[${plan.title.en} · Follow-up]`,
      `No reply yet to the reminder about the ${title} (sent ${formatInstant(sentAt, 'en')}), after a second reminder in the group and a private message:`,
      names.join(', '),
      `Please follow up with them. Send "who hasn't replied ${title}" to see every unit's replies.`,
    ].join('\n');
  }
  return [
    `【${plan.title.zh}·催办】`,
    `「${title}」的提醒（${formatInstant(sentAt, 'zh')}发出）经群内再次提醒和私信联系，以下单位仍未回复：`,
    names.join('、'),
    `请办公室跟进。发送「谁没回 ${title}」可查看全部单位的回复情况。`,
  ].join('\n');
}

/** Units the bot could not reach at all: no group bound and no contact on WeChat. */
export function renderUnreachableNote(plan: PlanDefinition, reminder: ReminderOccurrence, unitCodes: readonly string[], lang: Lang): string {
  const title = subjectTitle(subjectOf(plan, reminder.subject))[lang];
  const names = inPlanOrder(plan, unitCodes).map((code) => unitShortName(plan, code, lang));
  return lang === 'en'
    ? `[${plan.title.en}] The reminder about the ${title} could not reach ${names.join(', ')}: no group chat is bound and no contact has bound their WeChat. Give them their unit code (绑定单位 <code>).`
    : `【${plan.title.zh}】「${title}」的提醒无法送达：${names.join('、')}（未绑定单位工作群，联络人也未绑定微信）。请把单位代码发给对方，在单位群里@我发送「绑定单位 代码」。`;
}

/** The order the plan lists its units in, which is the order the office knows them by. */
function inPlanOrder(plan: PlanDefinition, unitCodes: readonly string[]): string[] {
  const position = new Map(plan.units.map((unit, index) => [unit.code, index]));
  return [...unitCodes].sort((a, b) => (position.get(a) ?? Infinity) - (position.get(b) ?? Infinity));
}
