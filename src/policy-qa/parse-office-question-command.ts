// The office's commands for handed-off questions, as admins type them on a phone:
//   答复 Q12 营养餐直接发到食堂      (also "答复Q12：…", full-width Ｑ１２, "answer Q12 …")
//   待答                             (list the open questions)
//   转为政策 Q12                     (make the answer part of the policy table)
// and WeChat's quote of the bot's hand-off notice with the reply under it:
//   「帮扶助手：待答问题 Q12：…」\n- - - - - - - - - - - - - - -\n<reply>

import { splitQuote } from '../dialogue/split-quote.js';

export type OfficeQuestionCommand =
  | { kind: 'answer'; number: number; answer: string }
  | { kind: 'list' }
  | { kind: 'promote'; number: number };

const Q_NUMBER = String.raw`[QqＱｑ]\s*([0-9０-９]{1,9})`;
const ANSWER = new RegExp(String.raw`^(?:答复|answer)\s*${Q_NUMBER}\s*[:：,，、]?\s*([\s\S]*)$`, 'i');
const LIST = /^(?:待答|待答问题|未答复|未答复问题|open questions|unanswered)[\s。.!！?？]*$/i;
const PROMOTE = new RegExp(String.raw`^(?:转为政策|转成政策|转政策|promote)\s*${Q_NUMBER}[\s。.!！]*$`, 'i');
const QUOTED_HANDOFF = new RegExp(String.raw`待答问题\s*${Q_NUMBER}`);

const toNumber = (digits: string) => Number(digits.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));

export function parseOfficeQuestionCommand(text: string): OfficeQuestionCommand | null {
  const trimmed = text.trim();
  const quote = splitQuote(trimmed);
  if (quote) {
    const quoted = QUOTED_HANDOFF.exec(quote.quoted);
    // The reply under a quote may itself start with "答复 Q12": the explicit number wins.
    const inner = parseOfficeQuestionCommand(quote.reply);
    if (inner) return inner;
    return quoted ? { kind: 'answer', number: toNumber(quoted[1] ?? ''), answer: quote.reply } : null;
  }
  const answer = ANSWER.exec(trimmed);
  if (answer) return { kind: 'answer', number: toNumber(answer[1] ?? ''), answer: (answer[2] ?? '').trim() };
  if (LIST.test(trimmed)) return { kind: 'list' };
  const promote = PROMOTE.exec(trimmed);
  if (promote) return { kind: 'promote', number: toNumber(promote[1] ?? '') };
  return null;
}
