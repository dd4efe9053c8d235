/**
 * Chat text as people type it: "@助手 " prefixes, full-width letters and punctuation, stray
 * spaces. Parsers work on the normalized form so 「ＯＫ！」 and "ok!" read the same.
 */
export function normalizeChatText(text: string): string {
  return (
    text
      .normalize('NFKC')
      // WeChat mentions end with U+2005 (four-per-em space); a leading run of them addresses the bot.
      .replace(/^(\s*@[^\s\u2005]+[\s\u2005]+)+/u, '')
      .replace(/[\u2005\u3000]/gu, ' ')
      .replace(/\s+/gu, ' ')
      .trim()
      .toLowerCase()
  );
}
