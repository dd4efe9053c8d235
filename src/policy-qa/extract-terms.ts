import { normalizeText } from './normalize-question.js';
import { segmentWords } from './segment.js';
import { synonyms } from './synonyms.js';

// Words that say nothing about which policy is meant; questions are full of them.
const CHINESE_STOPWORDS = new Set([
  '的', '了', '吗', '呢', '啊', '吧', '呀', '嘛', '么', '哦', '哈', '是', '有', '没有', '在', '和', '与', '跟', '或',
  '我', '我们', '我家', '你', '你们', '他', '她', '它', '他们', '咱', '俺', '家', '家里', '请问', '问', '问下',
  '问一下', '一下', '想', '想问', '知道', '告诉', '什么', '啥', '怎么', '怎样', '如何', '哪些', '哪个', '哪',
  '多少', '几', '多', '能', '能不能', '可以', '可不可以', '要', '要不要', '需要', '会', '还', '也', '都', '就',
  '又', '对', '对吧', '吧', '其实', '到底', '现在', '这个', '那个', '这', '那', '个', '上', '去', '来', '给',
  '让', '被', '把', '为', '为了', '从', '到', '每', '每个', '一个', '钱', '块', '元', '块钱', '补', '补助',
  '补贴', '政策', '标准', '规定', '说', '说的', '情况', '事', '事情', '谢谢', '您好', '你好', '老师', '助手',
  '帮扶助手', '麻烦', '吗', '么', '拿', '领', '领取', '申请', '享受', '交', '收', '免费', '不', '没', '没有',
  '孩子', '文件', '方案', '多少钱', '要钱', '要钱吗', '每户', '教育', '一天', '1天', '一年', '每年', '每天', '多久', '时间', '时候', '什么时候', '哪天',
]);

const ENGLISH_STOPWORDS = new Set([
  'a', 'an', 'the', 'is', 'are', 'was', 'were', 'be', 'been', 'am', 'do', 'does', 'did', 'can', 'could',
  'will', 'would', 'should', 'shall', 'may', 'might', 'must', 'i', 'me', 'my', 'we', 'our', 'us', 'you',
  'your', 'he', 'she', 'it', 'its', 'they', 'them', 'their', 'what', 'which', 'who', 'whom', 'whose',
  'when', 'where', 'why', 'how', 'much', 'many', 'of', 'to', 'in', 'on', 'at', 'for', 'from', 'by',
  'with', 'about', 'and', 'or', 'but', 'if', 'so', 'than', 'that', 'this', 'these', 'those', 'there',
  'here', 'any', 'some', 'all', 'get', 'got', 'give', 'given', 'have', 'has', 'had', 'please', 'tell',
  'know', 'want', 'need', 'per', 'each', 'every', 'day', 'daily', 'year', 'yearly', 'money', 'yuan',
  'rmb', 'cost', 'costs', 'pay', 'paid', 'free', 'charge', 'subsidy', 'subsidies', 'policy', 'standard',
  'rule', 'rules', 'amount', 'hi', 'hello', 'thanks', 'thank', 'bot', 'bangfu', 'assistant', 'not',
  'no', 'yes', 'still', 'also', 'just', 'really', 'actually', 'right', 'ok', 'okay', 'go', 'goes', 'going',
  'say', 'said', 'long', 'often', 'time', 'times',
]);

const HAN = /\p{Script=Han}/u;

/** Plural and inflection endings trimmed so "households", "boarded" and "boarding" meet. */
function stemEnglish(word: string): string {
  let stem = word.replace(/'s$/, '').replace(/'$/, '');
  if (stem.length > 4 && stem.endsWith('ies')) stem = `${stem.slice(0, -3)}y`;
  else if (stem.length > 4 && /(?:ss|sh|ch|x)es$/.test(stem)) stem = stem.slice(0, -2);
  else if (stem.length > 3 && stem.endsWith('s') && !stem.endsWith('ss')) stem = stem.slice(0, -1);
  if (stem.length > 6 && stem.endsWith('ing')) stem = stem.slice(0, -3);
  else if (stem.length > 5 && stem.endsWith('ed')) stem = stem.slice(0, -2);
  return stem;
}

function keepWord(word: string): string | undefined {
  if (/^[a-z']+$/.test(word)) {
    if (ENGLISH_STOPWORDS.has(word)) return undefined;
    const stem = stemEnglish(word);
    return stem.length >= 2 && !ENGLISH_STOPWORDS.has(stem) ? stem : undefined;
  }
  if (CHINESE_STOPWORDS.has(word)) return undefined;
  // A lone Han character ("补", "费") matches far too much to mean anything by itself.
  if (HAN.test(word) && [...word].length < 2) return undefined;
  if (/^[\d.]+%?$/.test(word) || word === '9+3') return word;
  return /[\p{L}\p{N}]/u.test(word) ? word : undefined;
}

/** Normalised text with every known wording replaced by its canonical term. */
export function canonicalText(raw: string): string {
  return synonyms.canonicalize(normalizeText(raw));
}

/** The distinct meaningful terms of a text that has already been through {@link canonicalText}. */
export function termsOfCanonicalText(text: string): string[] {
  const terms = new Set<string>();
  let previousEnglish: string | undefined;
  for (const word of segmentWords(text)) {
    if (word.trim() === '') continue;
    const term = keepWord(word);
    if (term) terms.add(term);
    // Adjacent English content words also form a pair term, so "civil affairs bureau" beats a
    // fact that merely shares the word "bureau".
    const english = term && /^[a-z']+$/.test(term) ? term : undefined;
    if (english && previousEnglish) terms.add(`${previousEnglish}_${english}`);
    if (term || !ENGLISH_STOPWORDS.has(word)) previousEnglish = english;
  }
  return [...terms];
}

export function extractTerms(raw: string): string[] {
  return termsOfCanonicalText(canonicalText(raw));
}

export function chineseStopwords(): Iterable<string> {
  return CHINESE_STOPWORDS;
}

export function englishStopwords(): Iterable<string> {
  return ENGLISH_STOPWORDS;
}

export function isNumberTerm(term: string): boolean {
  return /^[\d.]+%?$/.test(term);
}
