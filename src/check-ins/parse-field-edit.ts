import { normalizeCheckInText } from './normalize-text.js';
import { parseFieldValue, type EditableField, type FieldChange, type FieldValueOptions } from './parse-field-value.js';
import { parseVisitDate } from './parse-visit-date.js';
import type { CheckInProblemCode } from './check-in-types.js';

/**
 * Which record a correction is about: the one being confirmed right now (`current`, also the
 * default when none is named), the helper's most recent one, or the one visited on a date.
 */
export type EditTarget = { kind: 'current' } | { kind: 'latest' } | { kind: 'date'; date: string };

export type FieldEditErrorCode = 'unknown_field' | 'missing_value' | 'invalid_value' | 'invalid_target';

export type FieldEdit =
  | { kind: 'edit'; target: EditTarget; change: FieldChange }
  | { kind: 'withdraw'; target: EditTarget }
  /** A correction was meant but cannot be applied; reply with an example (see render-check-in). */
  | { kind: 'error'; code: FieldEditErrorCode; field: EditableField | null; problem: CheckInProblemCode | null }
  | { kind: 'not_an_edit' };

const EDIT_VERB = /^(?:修改|更改|更正|纠正|改正|改|edit|change|correct|fix|update)(?:\s+|(?=\p{Script=Han})|$)/iu;
const WITHDRAW_VERB = /^(?:撤回|撤销|作废|删除|删掉|withdraw|retract|void|delete)(?:\s+|(?=\p{Script=Han})|$)/iu;
const LATEST_TARGET = /^(?:最近一条|最新一条|最近那条|上一条|刚才那条|刚才那个|最后一条|(?:the\s+)?(?:latest|last)(?:\s+(?:one|record|visit|entry))?)(?:\s+|(?=\p{Script=Han})|$)/iu;
const ZH_DATE_TARGET = /^(.{1,12}?)(?:的那条|那一条|那条|那次|的记录|那个)\s*/u;
const EN_DATE_TARGET = /^(?:the\s+)?(?:(?:record|visit|entry|one)\s+(?:from|of|on)\s+(.+?)|(.+?)(?:'s)?\s+(?:record|visit|entry))(?:\s+|$)/i;
const VALUE_LEAD_IN = /^(?:改成|改为|更正为|应为|应该是|为|成|是|to|=|:)\s*/i;
const FIELD_FIRST_LEAD_IN = /^(?:改成|改为|更正为|应为|应该是|要改成|改)\s*/;

/** Longest words first so 时长 is not read as 时间's prefix and 户主 wins over 户. */
const FIELD_WORDS: ReadonlyArray<readonly [string, EditableField | 'time']> = (
  [
    ['走访日期', 'visit_date'], ['日期', 'visit_date'], ['哪天', 'visit_date'], ['date', 'visit_date'], ['day', 'visit_date'],
    ['时长', 'duration'], ['用时', 'duration'], ['时间长度', 'duration'], ['duration', 'duration'], ['hours', 'duration'],
    ['资金', 'funds'], ['金额', 'funds'], ['费用', 'funds'], ['钱数', 'funds'], ['钱', 'funds'], ['投入', 'funds'],
    ['funds', 'funds'], ['fund', 'funds'], ['money', 'funds'], ['amount', 'funds'],
    ['帮扶对象', 'household'], ['帮扶户', 'household'], ['户主', 'household'], ['农户', 'household'], ['对象', 'household'],
    ['户', 'household'], ['household', 'household'], ['family', 'household'],
    ['内容', 'activities'], ['事项', 'activities'], ['活动', 'activities'], ['activities', 'activities'], ['notes', 'activities'],
    // 时间 may mean when or how long; the value decides.
    ['时间', 'time'], ['time', 'time'],
  ] as const
)
  .slice()
  .sort((a, b) => b[0].length - a[0].length);

/**
 * Parses a correction typed at the confirmation step or later: "修改 时长 2小时", "改 资金 500",
 * "更正 昨天那条 资金 500", "时长改成2小时", "edit funds 500", "撤回 昨天那条", "作废".
 */
export function parseFieldEdit(text: string, now: Date, options: FieldValueOptions = {}): FieldEdit {
  // A correction is one short line; anything longer is not one.
  if (text.length > 200) return { kind: 'not_an_edit' };
  const message = normalizeCheckInText(text);

  const withdraw = WITHDRAW_VERB.exec(message);
  if (withdraw) {
    const target = readTarget(message.slice(withdraw[0].length).trim(), now);
    if (target === 'invalid') return error('invalid_target', null, null);
    return { kind: 'withdraw', target: target.target };
  }

  const edit = EDIT_VERB.exec(message);
  if (edit) {
    const parsed = parseEditBody(message.slice(edit[0].length).trim(), now, options, false);
    // 改天去王家 is not a correction: a lone 改 glued to other words only counts with a field word.
    const gluedSingleChar = edit[0] === '改';
    return gluedSingleChar && parsed.kind === 'error' && parsed.code === 'unknown_field' ? { kind: 'not_an_edit' } : parsed;
  }

  // Field-first phrasing without a verb in front: "时长改成2小时", "昨天那条资金改为500".
  const fieldFirst = parseEditBody(message, now, options, true);
  return fieldFirst.kind === 'error' && fieldFirst.code === 'unknown_field' ? { kind: 'not_an_edit' } : fieldFirst;
}

function parseEditBody(body: string, now: Date, options: FieldValueOptions, requireChangeWord: boolean): FieldEdit {
  const target = readTarget(body, now);
  if (target === 'invalid') return error('invalid_target', null, null);
  const afterTarget = target.rest;

  const fieldWord = FIELD_WORDS.find(([word]) => afterTarget.toLowerCase().startsWith(word));
  if (!fieldWord) return error('unknown_field', null, null);
  let rawValue = afterTarget.slice(fieldWord[0].length).trim();
  if (requireChangeWord) {
    const changeWord = FIELD_FIRST_LEAD_IN.exec(rawValue);
    if (!changeWord) return error('unknown_field', null, null);
    rawValue = rawValue.slice(changeWord[0].length);
  }
  rawValue = rawValue.replace(VALUE_LEAD_IN, '').trim();

  const field = fieldWord[1];
  if (field === 'time') {
    // "修改 时间 2小时" is a duration, "修改 时间 昨天" a date.
    const asDuration = parseFieldValue('duration', rawValue, now, options);
    const result = asDuration.ok ? asDuration : parseFieldValue('visit_date', rawValue, now, options);
    if (!result.ok) return error(result.code, 'visit_date', result.problem);
    return { kind: 'edit', target: target.target, change: result.change };
  }
  const result = parseFieldValue(field, rawValue, now, options);
  if (!result.ok) return error(result.code, field, result.problem);
  return { kind: 'edit', target: target.target, change: result.change };
}

function readTarget(text: string, now: Date): { target: EditTarget; rest: string } | 'invalid' {
  const latest = LATEST_TARGET.exec(text);
  if (latest) return { target: { kind: 'latest' }, rest: text.slice(latest[0].length).trim() };
  const named = ZH_DATE_TARGET.exec(text) ?? EN_DATE_TARGET.exec(text);
  if (named) {
    const dateText = named[1] ?? named[2] ?? '';
    const parsed = parseVisitDate(dateText, now);
    if (!parsed.date) return 'invalid';
    return { target: { kind: 'date', date: parsed.date }, rest: text.slice(named[0].length).trim() };
  }
  return { target: { kind: 'current' }, rest: text };
}

function error(code: FieldEditErrorCode, field: EditableField | null, problem: CheckInProblemCode | null): FieldEdit {
  return { kind: 'error', code, field, problem };
}
