// WeChat puts a quoted message in 「」 with the sender's name, then a dashed rule, then the reply:
//   「帮扶助手：【边境扶贫专项行动·阶段提醒】…」\n- - - - - - - - - - - - - - -\n收到
const QUOTE = /^「([\s\S]*?)」\s*\n\s*(?:-\s*){3,}\n?([\s\S]*)$/;
const SENDER = /^([^:：\n]{1,32})[:：]\s*/;

export interface QuotedReply {
  /** Who wrote the quoted message, when WeChat names them. */
  quotedSender: string | null;
  quoted: string;
  reply: string;
}

export function splitQuote(text: string): QuotedReply | null {
  const match = QUOTE.exec(text.trim());
  if (!match) return null;
  const inner = (match[1] ?? '').trim();
  const sender = SENDER.exec(inner);
  return {
    quotedSender: sender ? (sender[1] ?? '').trim() : null,
    quoted: sender ? inner.slice(sender[0].length) : inner,
    reply: (match[2] ?? '').trim(),
  };
}
