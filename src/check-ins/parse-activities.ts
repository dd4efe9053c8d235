import type { TextSpan } from './check-in-types.js';

const CLAUSE_SEPARATOR =
  /[,，。!！?？;；\n]|(?<!\d)\.(?!\d)|\s+(?:and then|and|then|also|plus)\s+|并且|并|然后|接着|同时|另外|之后|还(?![是款有没要在])|又(?=[给送帮带买捐])/i;
const LEADING_CONNECTOR = /^(?:我们|我|也|又|再|还|就|便|先|后来|最后|and|then|also|I|we)(?:\s+|(?=\p{Script=Han}))/iu;
const LEADING_VISIT =
  /^(?:从|去了|去过|去|到了|到过|到|走访了?|看望了?|探望了?|慰问了?|拜访了?|来到|在|入户|上门|家访了?|visited|went (?:over )?to|dropped by|stopped by|called on|was at|were at|at)\s*(?:the\s+)?(?:贫困户|帮扶户|结对户|脱贫户|监测户|农户|户主)?\s*/i;
const LEADING_HOME = /^(?:家里|家中|家|户|一家|'s(?:\s+(?:home|house|family))?)\s*/i;
/** Words that carry no activity of their own once dates, amounts and durations are gone. */
const FILLER_WORDS =
  /去了|去过|到了|到过|走访了?|入户|看望了?|探望了?|拜访了?|上门|家访|待了|呆了|停留|回来|上午|下午|中午|晚上|早上|报告|汇报|打卡|登记|时长|用时|一共|总共|共计|价值|花了|花费|资金|金额|大约|左右|[去到在待呆了的家户约共]|\b(?:visited|went|spent|stayed|there|home|house|for|about|around|the|at|to|was|were|i|we)\b/giu;
const MAX_ACTIVITY_LENGTH = 40;

/**
 * Activities are the report's own words, clause by clause, minus what became structured fields
 * (date, duration, money) and minus clauses that only say "went to X's home".
 */
export function parseActivities(text: string, consumed: readonly TextSpan[], householdSurface: string | null): string[] {
  const remaining = removeSpans(text, consumed);
  const activities: string[] = [];
  for (const rawClause of remaining.split(CLAUSE_SEPARATOR)) {
    const clause = cleanClause(rawClause ?? '', householdSurface);
    if (clause === null || activities.includes(clause)) continue;
    activities.push(clause);
  }
  return activities;
}

function cleanClause(raw: string, householdSurface: string | null): string | null {
  let clause = raw.replace(/\s+/g, ' ').trim();
  for (let previous = ''; previous !== clause; ) {
    previous = clause;
    clause = clause.replace(LEADING_CONNECTOR, '').trim();
  }
  if (householdSurface) {
    const afterVisit = clause.replace(LEADING_VISIT, '');
    if (afterVisit.startsWith(householdSurface)) {
      clause = afterVisit.slice(householdSurface.length).replace(LEADING_HOME, '').trim();
    }
  }
  clause = clause.replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '');
  if (!hasSubstance(clause, householdSurface)) return null;
  return clause.length > MAX_ACTIVITY_LENGTH ? `${clause.slice(0, MAX_ACTIVITY_LENGTH - 1)}…` : clause;
}

function hasSubstance(clause: string, householdSurface: string | null): boolean {
  let residual = householdSurface ? clause.split(householdSurface).join('') : clause;
  residual = residual.replace(FILLER_WORDS, '').replace(/[\s\p{P}\p{S}\d]/gu, '');
  const hanCount = (residual.match(/\p{Script=Han}/gu) ?? []).length;
  const latinCount = (residual.match(/[a-z]/gi) ?? []).length;
  return hanCount >= 2 || latinCount >= 5;
}

function removeSpans(text: string, spans: readonly TextSpan[]): string {
  if (spans.length === 0) return text;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let out = '';
  let cursor = 0;
  for (const span of sorted) {
    if (span.start > cursor) out += text.slice(cursor, span.start);
    cursor = Math.max(cursor, span.end);
  }
  return out + text.slice(cursor);
}
