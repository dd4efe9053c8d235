import { parseCommandDate, TRAILING_DATE } from './parse-command-date.js';
import type { Bilingual, PlanDefinition, PlanSubjectRef } from './plan-definition.js';
import { resolveSubject, resolveUnit, type NameResolution } from './resolve-plan-names.js';
import type { YmdDate } from './shanghai-time.js';
import { normalizeChatText } from './text-normalize.js';

export type OfficeCommand =
  | { type: 'list_reminders' }
  | { type: 'pause_unit'; unitCode: string }
  | { type: 'resume_unit'; unitCode: string }
  | { type: 'reschedule'; subject: PlanSubjectRef; date: YmdDate }
  /** 谁没回 / 进度; without a subject the caller picks the latest reminded one. */
  | { type: 'unit_status'; subject?: PlanSubjectRef };

export type OfficeCommandErrorCode =
  | 'missing_unit'
  | 'unknown_unit'
  | 'ambiguous_unit'
  | 'missing_subject'
  | 'unknown_subject'
  | 'ambiguous_subject'
  | 'missing_date'
  | 'invalid_date'
  | 'wrong_year';

export interface OfficeCommandError {
  code: OfficeCommandErrorCode;
  message: Bilingual;
  /** A command that would work, for the reply. */
  example: Bilingual;
  /** For ambiguous names: what the office may have meant. */
  candidates?: string[];
}

export type OfficeCommandParse =
  | { kind: 'command'; command: OfficeCommand }
  | { kind: 'error'; error: OfficeCommandError }
  | { kind: 'not_a_command' };

const LIST = /^(提醒列表|查看提醒|所有提醒|(list )?reminders)$/u;
const PAUSE = /^(暂停提醒|暂停|pause reminders?( for)?|pause)(?:\s+|$|(?=\p{Script=Han}))(.*)$/u;
const RESUME = /^(恢复提醒|恢复|resume reminders?( for)?|resume)(?:\s+|$|(?=\p{Script=Han}))(.*)$/u;
const RESCHEDULE = /^(改期|调整日期|reschedule)(?:\s+|$|(?=\p{Script=Han}))(.*)$/u;
const STATUS = /^(谁没回|谁还没回|谁没回复|进度|回复情况|who has ?n['’]?t (replied|answered)|progress|status)(?:\s+|$|(?=\p{Script=Han}))(.*)$/u;

const EXAMPLES = {
  pause: { zh: '暂停提醒 教育局', en: 'pause reminders education' },
  resume: { zh: '恢复提醒 教育局', en: 'resume reminders education' },
  reschedule: { zh: '改期 动员部署 2月1日', en: 'reschedule mobilisation 02-01' },
  status: { zh: '谁没回 动员部署', en: "who hasn't replied mobilisation" },
} satisfies Record<string, Bilingual>;

/** Reads an office admin's command against the plan it is about. */
export function parseOfficeCommand(text: string, plan: PlanDefinition): OfficeCommandParse {
  const input = normalizeChatText(text).replace(/[。.!！?？]+$/u, '');
  if (LIST.test(input)) return command({ type: 'list_reminders' });

  const pause = PAUSE.exec(input);
  if (pause) return withUnit(plan, pause.at(-1) ?? '', EXAMPLES.pause, (unitCode) => ({ type: 'pause_unit', unitCode }));
  const resume = RESUME.exec(input);
  if (resume) return withUnit(plan, resume.at(-1) ?? '', EXAMPLES.resume, (unitCode) => ({ type: 'resume_unit', unitCode }));

  const reschedule = RESCHEDULE.exec(input);
  if (reschedule) return parseReschedule(plan, (reschedule.at(-1) ?? '').trim());

  const status = STATUS.exec(input);
  if (status) {
    const query = (status.at(-1) ?? '').trim();
    if (!query) return command({ type: 'unit_status' });
    return withSubject(plan, query, EXAMPLES.status, (subject) => ({ type: 'unit_status', subject }));
  }
  return { kind: 'not_a_command' };
}

function parseReschedule(plan: PlanDefinition, args: string): OfficeCommandParse {
  const dateMatch = TRAILING_DATE.exec(args);
  const subjectQuery = (dateMatch ? args.slice(0, dateMatch.index) : args).trim();
  if (!subjectQuery) {
    return failure('missing_subject', { zh: '请写明要改期的阶段或事项', en: 'say which stage or duty to reschedule' }, EXAMPLES.reschedule);
  }
  if (!dateMatch) {
    return failure('missing_date', { zh: '请写明新的日期', en: 'give the new date' }, EXAMPLES.reschedule);
  }
  const date = parseCommandDate(dateMatch[0], plan.year);
  if (date.status === 'wrong_year') {
    return failure(
      'wrong_year',
      { zh: `本计划是${plan.year}年的，不能改到${date.year}年`, en: `this plan is for ${plan.year}, not ${date.year}` },
      EXAMPLES.reschedule,
    );
  }
  if (date.status === 'invalid') {
    return failure('invalid_date', { zh: `「${dateMatch[0]}」不是有效日期`, en: `"${dateMatch[0]}" is not a valid date` }, EXAMPLES.reschedule);
  }
  return withSubject(plan, subjectQuery, EXAMPLES.reschedule, (subject) => ({ type: 'reschedule', subject, date: date.date }));
}

function withUnit(plan: PlanDefinition, query: string, example: Bilingual, build: (unitCode: string) => OfficeCommand): OfficeCommandParse {
  const wanted = query.trim();
  if (!wanted) return failure('missing_unit', { zh: '请写明单位', en: 'say which unit' }, example);
  return fromResolution(resolveUnit(plan, wanted), wanted, example, 'unit', (unit) => build(unit.code));
}

function withSubject(
  plan: PlanDefinition,
  query: string,
  example: Bilingual,
  build: (subject: PlanSubjectRef) => OfficeCommand,
): OfficeCommandParse {
  return fromResolution(resolveSubject(plan, query), query, example, 'subject', build);
}

function fromResolution<T>(
  resolution: NameResolution<T>,
  query: string,
  example: Bilingual,
  what: 'unit' | 'subject',
  build: (value: T) => OfficeCommand,
): OfficeCommandParse {
  if (resolution.status === 'found') return command(build(resolution.value));
  const noun = what === 'unit' ? { zh: '单位', en: 'unit' } : { zh: '阶段或事项', en: 'stage or duty' };
  if (resolution.status === 'ambiguous') {
    return failure(
      what === 'unit' ? 'ambiguous_unit' : 'ambiguous_subject',
      {
        zh: `「${query}」对应多个${noun.zh}：${resolution.candidates.join('、')}，请写得更具体`,
        en: `"${query}" matches several ${noun.en}s: ${resolution.candidates.join(', ')}; be more specific`,
      },
      example,
      resolution.candidates,
    );
  }
  return failure(
    what === 'unit' ? 'unknown_unit' : 'unknown_subject',
    { zh: `没有找到${noun.zh}「${query}」`, en: `no ${noun.en} called "${query}"` },
    example,
  );
}

const command = (value: OfficeCommand): OfficeCommandParse => ({ kind: 'command', command: value });

function failure(code: OfficeCommandErrorCode, message: Bilingual, example: Bilingual, candidates?: string[]): OfficeCommandParse {
  return { kind: 'error', error: { code, message, example, ...(candidates ? { candidates } : {}) } };
}
