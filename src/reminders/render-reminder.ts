import { formatDate, formatDateRange, formatInstant, formatMonth } from './format-dates.js';
import type { Lang, PlanDefinition } from './plan-definition.js';
import { audienceLabel, recipientName, subjectOf, subjectTitle, type PlanSubject } from './plan-lookup.js';
import type { ReminderOccurrence } from './reminder-occurrence.js';
import { daysBetween, shanghaiDateOf, type YmdDate } from './shanghai-time.js';

export interface RenderReminderOptions {
  lang: Lang;
  /** Posted after its time (the service was down): say so and drop words like "today". */
  late?: boolean;
  /** Display names of the contacts to @-mention (the caller knows who is still pending). */
  mentionNames?: string[];
  /** 0 first post, 1 second reminder in the group, 2 private message to the unit's contact. */
  escalationStep?: 0 | 1 | 2;
  /** When it is posted, if not at its planned time (follow-ups): words like "tomorrow" count from then. */
  postedAt?: Date;
}

/** The text of a reminder post: plan, stage or duty, real dates, what is due to whom, how to reply. */
export function renderReminder(occurrence: ReminderOccurrence, plan: PlanDefinition, options: RenderReminderOptions): string {
  const { lang } = options;
  const subject = subjectOf(plan, occurrence.subject);
  // Relative words are computed from the planned posting day; a late post cannot know when it is read.
  const postedOn = options.late ? undefined : shanghaiDateOf(options.postedAt ?? occurrence.announceAt);
  const expectsSubmission = occurrence.dates.due !== undefined;
  const lines = [
    header(plan, subject, occurrence, lang, options.escalationStep ?? 0),
    options.late ? lateNotice(occurrence, lang) : undefined,
    mainSentence(subject, occurrence, postedOn, lang),
    whatIsDue(plan, subject, occurrence, lang),
    audience(plan, occurrence, lang),
    mentions(options),
    replyInstruction(expectsSubmission, occurrence.kind === 'overdue', lang),
  ];
  return lines.filter((line): line is string => Boolean(line)).join('\n');
}

function header(plan: PlanDefinition, subject: PlanSubject, occurrence: ReminderOccurrence, lang: Lang, step: 0 | 1 | 2): string {
  const kindLabel = subject.type === 'stage' ? (lang === 'zh' ? '阶段提醒' : 'Stage reminder') : lang === 'zh' ? '报送提醒' : 'Report reminder';
  const label = occurrence.kind === 'overdue' ? (lang === 'zh' ? '逾期提醒' : 'Overdue reminder') : kindLabel;
  const title = lang === 'zh' ? `【${plan.title.zh}·${label}】` : `[${plan.title.en} · ${label}]`;
  if (step === 1) return lang === 'zh' ? `${title}再次提醒，尚未回复的单位请回复。` : `${title} Second reminder: units that have not replied, please reply.`;
  if (step === 2) {
    return lang === 'zh'
      ? `您好！${title}这条提醒在群里还没有收到贵单位的回复，烦请查看：`
      : `Hello! ${title} We have not yet had your unit's reply to this reminder in the group; please take a look:`;
  }
  return title;
}

function lateNotice(occurrence: ReminderOccurrence, lang: Lang): string {
  const planned = formatInstant(occurrence.announceAt, lang);
  return lang === 'zh'
    ? `（补发：这条提醒原定${planned}发送，因系统原因延误，敬请谅解。）`
    : `(Sent late: this reminder was planned for ${planned}. Sorry for the delay.)`;
}

function mainSentence(subject: PlanSubject, occurrence: ReminderOccurrence, postedOn: YmdDate | undefined, lang: Lang): string {
  const { start, end, due } = occurrence.dates;
  const title = subjectTitle(subject)[lang];
  if (subject.type === 'duty') {
    const period = subject.duty.schedule.type === 'monthly' ? formatMonth(occurrence.year, occurrence.periodIndex, lang) : undefined;
    return dueSentence(`${title}${parenthesised(period, lang)}`, due ?? '', occurrence, postedOn, lang);
  }
  const named = `${title}${parenthesised(start && end ? formatDateRange(start, end, lang) : undefined, lang)}`;
  switch (occurrence.kind) {
    case 'before_start':
    case 'start':
      return eventSentence(named, start ?? '', postedOn, lang, { zh: '开始', en: 'starts' });
    case 'before_end':
      return eventSentence(named, end ?? '', postedOn, lang, { zh: '结束', en: 'ends' });
    case 'due':
    case 'overdue': {
      const deliverableOf = lang === 'zh' ? `${named}的报送材料` : `The deliverable of the ${named}`;
      return dueSentence(deliverableOf, due ?? end ?? '', occurrence, postedOn, lang);
    }
  }
}

function parenthesised(text: string | undefined, lang: Lang): string {
  if (!text) return '';
  return lang === 'zh' ? `（${text}）` : ` (${text})`;
}

function eventSentence(named: string, date: YmdDate, postedOn: YmdDate | undefined, lang: Lang, verb: { zh: string; en: string }): string {
  const days = daysUntil(date, postedOn);
  const dated = formatDate(date, lang, { weekday: true });
  if (days !== undefined && days < 0) return lang === 'zh' ? `${named}已于${dated}${verb.zh}。` : `${named} ${verb.en === 'starts' ? 'started' : 'ended'} on ${dated}.`;
  if (lang === 'zh') {
    if (days === 0) return `${named}今天${verb.zh}。`;
    if (days === 1) return `${named}明天（${formatDate(date, 'zh')}）${verb.zh}。`;
    return `${named}将于${dated}${verb.zh}${days !== undefined ? `，还有${days}天` : ''}。`;
  }
  if (days === 0) return `${named} ${verb.en} today.`;
  if (days === 1) return `${named} ${verb.en} tomorrow (${formatDate(date, 'en')}).`;
  return `${named} ${verb.en} on ${dated}${days !== undefined ? ` (in ${days} days)` : ''}.`;
}

function dueSentence(named: string, due: YmdDate, occurrence: ReminderOccurrence, postedOn: YmdDate | undefined, lang: Lang): string {
  const dated = formatDate(due, lang, { weekday: true });
  const days = daysUntil(due, postedOn);
  if (occurrence.kind === 'overdue' || (days !== undefined && days < 0)) {
    return lang === 'zh'
      ? `${named}已于${dated}截止，尚未提交的请尽快提交。`
      : `${named} was due on ${dated}. If you have not submitted yet, please do so as soon as possible.`;
  }
  if (lang === 'zh') {
    if (days === 0) return `${named}今天（${formatDate(due, 'zh')}）截止。`;
    if (days === 1) return `${named}明天（${formatDate(due, 'zh')}）截止。`;
    return `${named}将于${dated}截止${days !== undefined ? `，还有${days}天` : ''}。`;
  }
  if (days === 0) return `${named} is due today (${formatDate(due, 'en')}).`;
  if (days === 1) return `${named} is due tomorrow (${formatDate(due, 'en')}).`;
  return `${named} is due on ${dated}${days !== undefined ? ` (in ${days} days)` : ''}.`;
}

/** Whole days from the posting day to `date` (negative once past); undefined for a late post. */
function daysUntil(date: YmdDate, postedOn: YmdDate | undefined): number | undefined {
  return postedOn ? daysBetween(postedOn, date) : undefined;
}

function whatIsDue(plan: PlanDefinition, subject: PlanSubject, occurrence: ReminderOccurrence, lang: Lang): string | undefined {
  const deliverable =
    subject.type === 'duty'
      ? { what: subject.duty.what, to: subject.duty.toRecipientCode, due: occurrence.dates.due }
      : subject.stage.deliverable
        ? { what: subject.stage.deliverable.what, to: subject.stage.deliverable.toRecipientCode, due: subject.stage.deliverable.due }
        : undefined;
  if (!deliverable) {
    // A stage without a deliverable: say what the stage is about when it is announced.
    const summary = subject.type === 'stage' && (occurrence.kind === 'before_start' || occurrence.kind === 'start') ? subject.stage.summary : undefined;
    return summary ? (lang === 'zh' ? `工作内容：${summary.zh}` : `What happens: ${summary.en}`) : undefined;
  }
  const to = recipientName(plan, deliverable.to, lang);
  const by = deliverable.due ? formatDate(deliverable.due, lang) : undefined;
  return lang === 'zh'
    ? `需提交：${deliverable.what.zh}，报送${to}${by ? `，截止${by}` : ''}。`
    : `Due: ${deliverable.what.en}, to the ${to}${by ? `, by ${by}` : ''}.`;
}

function audience(plan: PlanDefinition, occurrence: ReminderOccurrence, lang: Lang): string {
  const label = audienceLabel(plan, occurrence.unitCodes, lang);
  return lang === 'zh' ? `涉及单位：${label}` : `Units: ${label}`;
}

function mentions(options: RenderReminderOptions): string | undefined {
  if (options.escalationStep === 2 || !options.mentionNames?.length) return undefined;
  return options.mentionNames.map((name) => `@${name}`).join(' ');
}

function replyInstruction(expectsSubmission: boolean, overdue: boolean, lang: Lang): string {
  if (lang === 'zh') {
    if (overdue) return '提交后请回复「已提交」。';
    return expectsSubmission ? '收到请回复「收到」；提交后请回复「已提交」。' : '收到请回复「收到」。';
  }
  if (overdue) return 'Once submitted, reply "已提交" (submitted).';
  return expectsSubmission
    ? 'Reply "收到" (received) to acknowledge; reply "已提交" (submitted) once you have submitted.'
    : 'Reply "收到" (received) to acknowledge.';
}
