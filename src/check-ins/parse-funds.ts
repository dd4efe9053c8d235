import { ARABIC_PATTERN, NUMBER_PATTERN, parseNumeral } from './chinese-numerals.js';
import type { TextSpan } from './check-in-types.js';

export interface FundsResult {
  /** Sum of the amounts (or the stated total), 0 for an explicit "no money", null when unsaid. */
  yuan: number | null;
  problem: 'negative_amount' | 'absurd_amount' | null;
  spans: TextSpan[];
}

/** Above this a single household report is a typo (an extra zero, a phone number), not a gift. */
export const MAX_PLAUSIBLE_YUAN = 1_000_000;

// k/w are the chat shorthands for 千/万 (2k, 1w), but not the start of kg, km, words...
const AMOUNT = `(${NUMBER_PATTERN}(?:\\s*[kKwW](?![a-zA-Z]))?)`;
const SIGN = '((?<![\\w.])-|负)?\\s*';
/** Words that only introduce the amount; they are consumed with it so activities read cleanly. */
const VALUE_CUE = '(?:(?:价值|价格|共计|合计|总计|一共|总共|共|约|大约|折合|计|金额|花了|花费|用了|为|是)\\s*(?::\\s*)?){0,3}';
/** 两千块的年货 → 年货: the 的 belongs to the amount. */
const AMOUNT_TAIL = '(?:\\s+of\\b|的)?';
const EN_VALUE_CUE = '(?:(?:worth|totaling|totalling|valued at|in total|total(?: of)?|about|around|of)\\s+){0,3}';
/** A number followed by one of these counts things, not money (2袋, 3个人, 2千斤). */
const NOT_MONEY_AFTER = '(?!\\s*(?:[0-9.零〇一二两三四五六七八九十百千万]|[斤克米里亩头只袋个人件箱套株棵吨瓶桶包条份本位户名次天年月日号点倍平床台辆间张把双岁]|小时|分钟|公|%))';

const CURRENCY_BEFORE = new RegExp(`${VALUE_CUE}${EN_VALUE_CUE}${SIGN}(?:¥|RMB|CNY|人民币)\\s*${SIGN}${AMOUNT}(?:\\s*元)?${AMOUNT_TAIL}`, 'gi');
const CURRENCY_AFTER = new RegExp(
  `${VALUE_CUE}${EN_VALUE_CUE}${SIGN}${AMOUNT}\\s*(?:块钱|块|元钱|元|圆|yuan\\b|rmb\\b|cny\\b|kuai\\b)${AMOUNT_TAIL}`,
  'gi',
);
/** 两千, 1.5千, 1万, 一万二: a magnitude alone is money in a visit report. */
const MAGNITUDE_ONLY = new RegExp(
  `${VALUE_CUE}${SIGN}((?<![\\d.零〇一二两三四五六七八九十百千万])(?:${ARABIC_PATTERN}|[零〇一二两三四五六七八九十百])+[千万kKwW](?:\\d|[零〇一二两三四五六七八九十百千])*)${NOT_MONEY_AFTER}${AMOUNT_TAIL}`,
  'g',
);
/** 价值300, 资金500, 现金500: a bare number after a money word. */
const CUE_THEN_NUMBER = new RegExp(
  `(?:价值|金额|资金|现金|花了|花费|共计|合计|总计|折合|慰问金|捐款|捐了|worth|spent|funds?|money|cash)\\s*(?:了|约|大约|为|是|:)?\\s*${SIGN}(${ARABIC_PATTERN})${NOT_MONEY_AFTER}(?!\\s*(?:h|hours?|min))`,
  'gi',
);
/** 负300 is a (wrong) amount even without a unit; it must be caught, not ignored. */
const NEGATIVE_BARE = new RegExp(`${VALUE_CUE}(负)\\s*(\\d+(?:\\.\\d+)?)${NOT_MONEY_AFTER}`, 'g');
const LEADING_CUE = new RegExp(`^${VALUE_CUE}${EN_VALUE_CUE}`, 'i');
const TOTAL_CUE_BEFORE = /(?:共计|合计|总计|一共|总共|共|in total|totaling|totalling|total(?: of)?)\s*[:为是约]?\s*$/i;
const NO_MONEY = new RegExp(
  [
    '(?:没|没有|未|无)(?:花|花费|投入|带|送|给)(?:任何)?(?:钱|资金|物资|东西|费用)?(?![\\p{Script=Han}\\d])',
    '(?:没|没有|未)(?:花|带|送|给)(?:任何)?(?:钱|资金|物资|东西|费用)',
    '(?:没有|无|未涉及|不涉及)(?:资金|物资|费用)',
    '空手',
    '(?:资金|金额|费用)\\s*[:]?\\s*(?:无|没有)',
    '\\bno (?:money|funds|cash)(?: spent)?\\b',
    "\\b(?:didn't|did not) (?:spend|bring|give) (?:any )?(?:money|funds|anything)\\b",
    '\\bnothing spent\\b',
  ].join('|'),
  'iu',
);

interface AmountMatch {
  span: TextSpan;
  yuan: number;
  negative: boolean;
  isTotal: boolean;
}

export function parseFunds(text: string): FundsResult {
  const amounts: AmountMatch[] = [];
  for (const [regex, signGroups, amountGroup] of [
    [CURRENCY_BEFORE, [1, 2], 3],
    [CURRENCY_AFTER, [1], 2],
    [MAGNITUDE_ONLY, [1], 2],
    [CUE_THEN_NUMBER, [1], 2],
    [NEGATIVE_BARE, [1], 2],
  ] as const) {
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (amounts.some((a) => span.start < a.span.end && a.span.start < span.end)) continue;
      const yuan = parseAmount(m[amountGroup] ?? '');
      if (yuan === null) continue;
      const negative = signGroups.some((g) => m[g] !== undefined);
      const before = text.slice(Math.max(0, span.start - 8), span.start);
      const isTotal = TOTAL_CUE_BEFORE.test(before) || TOTAL_CUE_BEFORE.test(leadingCue(m[0]));
      amounts.push({ span, yuan, negative, isTotal });
    }
  }

  const noMoney = NO_MONEY.exec(text);
  const spans = amounts.map((a) => a.span);
  if (noMoney) spans.push({ start: noMoney.index, end: noMoney.index + noMoney[0].length });

  if (amounts.length === 0) return { yuan: noMoney ? 0 : null, problem: null, spans };
  if (amounts.some((a) => a.negative)) return { yuan: null, problem: 'negative_amount', spans };

  amounts.sort((a, b) => a.span.start - b.span.start);
  const totals = amounts.filter((a) => a.isTotal);
  // "化肥300元，米200元，共计500元": the stated total wins over adding the parts again.
  const yuan = totals.length > 0 ? (totals[totals.length - 1] as AmountMatch).yuan : amounts.reduce((sum, a) => sum + a.yuan, 0);
  if (yuan > MAX_PLAUSIBLE_YUAN) return { yuan: null, problem: 'absurd_amount', spans };
  return { yuan: Math.round(yuan * 100) / 100, problem: null, spans };
}

function parseAmount(raw: string): number | null {
  const compact = raw.replace(/\s+/g, '').replace(/[kK]/g, '千').replace(/[wW]/g, '万');
  return parseNumeral(compact);
}

/** The cue words a match swallowed at its start (共计 in "共计500元"). */
function leadingCue(matched: string): string {
  return LEADING_CUE.exec(matched)?.[0] ?? '';
}
