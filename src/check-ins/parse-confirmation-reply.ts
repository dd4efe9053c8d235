import { normalizeCheckInText } from './normalize-text.js';

/** The helper's answer to a record shown back for confirmation: 确认 saves it, 取消 drops it. */
export type ConfirmationReply = 'confirm' | 'cancel';

const CONFIRM = /^(?:确认|确定|确认无误|对|对的|没问题|是的|是|好|好的|ok|okay|yes|y|confirm(?:ed)?|correct)$/i;
const CANCEL = /^(?:取消|不要了|算了|放弃|cancel|discard|no|n)$/i;
const TRAILING_PUNCTUATION = /[\s,.!，。！~～]+$/;

export function parseConfirmationReply(text: string): ConfirmationReply | null {
  const reply = normalizeCheckInText(text).replace(TRAILING_PUNCTUATION, '');
  if (CONFIRM.test(reply)) return 'confirm';
  if (CANCEL.test(reply)) return 'cancel';
  return null;
}
