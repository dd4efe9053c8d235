/**
 * Whether a message is a visit report at all. A report says a visit happened (a past visit verb)
 * or carries report fields; questions, plans and "没去" are not reports, so the check-in flow
 * must not start on them.
 */
export interface ReportSignals {
  hasPastDate: boolean;
  hasDuration: boolean;
  hasFunds: boolean;
  hasHousehold: boolean;
}

const NEGATED_VISIT =
  /没去|没有去|未去|没能去|没到|没有到|没来得及去|\b(?:didn't|did not|haven't|have not|couldn't|could not) (?:go|visit|been|make it)\b/i;
const EXPLICIT_PAST_VISIT =
  /去了(?!解)|去过|到了|到过|走访了|走访过|入户了|看望了|探望了|慰问了|拜访了|家访了|上门了|来到了|待了|呆了|陪了|\b(?:visited|went|dropped by|stopped by|called on|was at|were at|spent|stayed)\b/i;
/** Handing something over implies being there: "送了化肥300元" reports a visit. */
const GIVING_PAST = /送了|给了|带了|捐了|送去了?|\b(?:gave|delivered|brought|donated)\b/i;
const VISIT_WORD = /去|到|走访|入户|看望|探望|慰问|拜访|家访|上门|\bvisit/i;
const FUTURE =
  /明天|明日|明早|明晚|后天|下周|下星期|下礼拜|下个月|下月|过几天|过两天|改天|回头|将要|准备|打算|计划|要去|会去|想去|得去|\b(?:tomorrow|next (?:week|month|time)|will|going to|plan(?:ning)? to|gonna)\b/i;
const QUESTION =
  /[?？]|[吗呢么嘛]\s*[~～。.!！]*\s*$|几口|几个|几岁|几天|多少|什么|怎么|怎样|如何|哪里|哪儿|哪个|哪些|是否|有没有|能不能|可不可以|请问|^(?:how|what|when|where|who|why|which|is|are|do|does|did|can|could|should|would)\b/i;

export function isVisitReport(text: string, signals: ReportSignals): boolean {
  if (NEGATED_VISIT.test(text)) return false;
  const explicitPast = EXPLICIT_PAST_VISIT.test(text);
  if (QUESTION.test(text)) {
    // "昨天去了王家，待了3小时，送300元，这样填对吗？" is still a report; a bare question is not.
    return explicitPast && (signals.hasDuration || signals.hasFunds);
  }
  if (FUTURE.test(text) && !explicitPast) return false;
  if (explicitPast) return true;
  if (signals.hasFunds && GIVING_PAST.test(text)) return true;
  if (VISIT_WORD.test(text) && signals.hasPastDate && (signals.hasHousehold || signals.hasDuration || signals.hasFunds)) return true;
  const fields = signals.hasDuration || signals.hasFunds;
  return fields && (signals.hasHousehold || signals.hasPastDate || (signals.hasDuration && signals.hasFunds));
}
