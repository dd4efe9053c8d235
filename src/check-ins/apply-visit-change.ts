// One change to a visit's fields (from a report, an answer or a correction), checked against the
// helper's pairings: a household must be one of theirs, a date inside the pairing's period.
import { formatDate } from './render-check-in.js';
import type { Lang } from './check-in-types.js';
import type { FieldChange } from './parse-field-value.js';
import { chooseHousehold } from './household-choice.js';
import type { PairedHousehold, VisitFields } from './ports.js';
import type { CheckInField } from './check-in-types.js';

export type ChangeProblem = { field: CheckInField; text: string };
export type ChangeResult = { ok: true; fields: VisitFields } | { ok: false; problem: ChangeProblem };

export function applyVisitChange(
  fields: VisitFields,
  change: FieldChange,
  pairings: readonly PairedHousehold[],
  lang: Lang,
  now: Date,
): ChangeResult {
  switch (change.field) {
    case 'household': {
      const choice = chooseHousehold(change.household, pairings, lang);
      if (!choice.ok) return { ok: false, problem: { field: 'household', text: choice.problem } };
      return checkPeriod({ ...fields, pairingId: choice.pairing.pairingId }, pairings, lang, now);
    }
    case 'visit_date':
      return checkPeriod({ ...fields, visitDate: change.visitDate }, pairings, lang, now);
    case 'duration':
      return { ok: true, fields: { ...fields, durationMinutes: change.durationMinutes } };
    case 'funds':
      return { ok: true, fields: { ...fields, fundsYuan: change.fundsYuan } };
    case 'activities':
      return { ok: true, fields: { ...fields, activities: change.activities } };
  }
}

/** A visit before the pairing began (or after it ended) does not count towards it. */
export function checkPeriod(fields: VisitFields, pairings: readonly PairedHousehold[], lang: Lang, now: Date): ChangeResult {
  const pairing = pairings.find((candidate) => candidate.pairingId === fields.pairingId);
  if (!pairing || !fields.visitDate) return { ok: true, fields };
  if (fields.visitDate < pairing.periodStart) {
    const start = formatDate(pairing.periodStart, lang, now);
    const text =
      lang === 'zh'
        ? `这个日期早于与${pairing.headName}家结对开始的日期（${start}），不能计入。请回复实际走访日期，例如：昨天`
        : `That date is before your pairing with ${pairing.headName}'s household began (${start}), so it cannot count. Reply with the real visit date, e.g. yesterday`;
    return { ok: false, problem: { field: 'visit_date', text } };
  }
  if (pairing.periodEnd && fields.visitDate > pairing.periodEnd) {
    const end = formatDate(pairing.periodEnd, lang, now);
    const text =
      lang === 'zh'
        ? `这个日期晚于结对结束的日期（${end}），不能计入。请回复实际走访日期`
        : `That date is after the pairing ended (${end}), so it cannot count. Reply with the real visit date`;
    return { ok: false, problem: { field: 'visit_date', text } };
  }
  return { ok: true, fields };
}
