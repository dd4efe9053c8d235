import { normalizeText } from '../normalize-question.js';

// Open questions about "what can we get", as opposed to a question about one named item.
const CHINESE_ELIGIBILITY = [
  /(?:能|可以|可|能够)(?:领|拿|享受|申请|得到|有|报)(?:到)?(?:哪些|什么|啥|哪几)/,
  /有(?:哪些|什么|啥|哪几种|哪几项)(?:补助|补贴|政策|优惠|资助|帮扶|福利|减免|好处)/,
  /(?:哪些|什么|啥)(?:补助|补贴|政策|资助|减免|福利)(?:能|可以)(?:领|拿|享受|申请)/,
  /符合(?:哪些|什么|啥)(?:补助|政策|条件)/,
];
const ENGLISH_ELIGIBILITY = [
  /what (?:can|could|will|would) (?:my|our|i|we)\b.*\b(?:get|receive|claim|apply for)\b/,
  /(?:what|which) (?:subsidies|benefits|support|help|allowances|aid|exemptions)\b.*\b(?:get|receive|claim|eligible|entitled|available|qualify)/,
  /\b(?:am i|are we|is my \w+|is our \w+) (?:eligible|entitled)\b/,
  /\bwhat (?:am i|are we) (?:eligible|entitled) (?:for|to)\b/,
];

export function isEligibilityQuestion(text: string): boolean {
  const normalized = normalizeText(text);
  return [...CHINESE_ELIGIBILITY, ...ENGLISH_ELIGIBILITY].some((pattern) => pattern.test(normalized));
}

const CHINESE_PERSONAL = /我家|我们家|俺家|咱家|我孩子|我的孩子|我小孩|我儿子|我女儿|我闺女|我娃|我家娃|我是建档立卡|我是贫困|我们是|本人|我爸|我妈|我老婆|我老公|我爱人/;
const ENGLISH_PERSONAL =
  /\b(?:my|our)\s+(?:child|children|kid|kids|son|sons|daughter|daughters|family|household|wife|husband|parents?|grandchild|boy|girl)\b|\bi am an? \b|\bi'm an? \b|\bwe are (?:an? |poor|registered)/;
// An ID-card number or a mobile number in a message is personal by itself.
const PERSONAL_NUMBER = /\d{17}[\dx]|(?<!\d)1[3-9]\d{9}(?!\d)/;

/** A question about the asker's own family: asked in a group, it is moved to a private chat. */
export function isPersonalQuestion(text: string): boolean {
  const normalized = normalizeText(text);
  return CHINESE_PERSONAL.test(normalized) || ENGLISH_PERSONAL.test(normalized) || PERSONAL_NUMBER.test(normalized);
}
