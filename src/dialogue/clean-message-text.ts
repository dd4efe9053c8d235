// What people actually type: "@助手 " prefixes (with WeChat's U+2005 spacer), full-width spaces,
// stray control characters pasted from other apps.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200D\uFEFF]/g;
const SPACES = /[\u00A0\u2002-\u200A\u3000\u2005]+/g;

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function cleanMessageText(raw: string, botName: string): string {
  const mention = new RegExp(`[@＠](${escapeRegExp(botName)}|帮扶助手|助手|bangfu)\\s*`, 'giu');
  return raw.replace(CONTROL, '').replace(SPACES, ' ').replace(mention, ' ').trim();
}
