import type { ReplyLanguage } from './detect-language.js';
import type { PolicyFact } from './policy-fact-schema.js';

export type HandoffReason = 'not_found' | 'names_year';

function scopeNote(fact: PolicyFact, lang: ReplyLanguage): string {
  if (fact.scope.level === 'county') return '';
  return lang === 'zh'
    ? `注意：这是${fact.scope.name.zh}自己的方案，不是全县统一政策。`
    : `Note: this is the own programme of ${fact.scope.name.en}, not a county-wide rule.`;
}

function sourceLine(fact: PolicyFact, lang: ReplyLanguage): string {
  return lang === 'zh'
    ? `来源：《${fact.source.document_zh}》${fact.source.section_zh}`
    : `Source: ${fact.source.document}, ${fact.source.section}`;
}

/** One fact as a short phone-screen paragraph: the statement, what the family still pays, scope, source. */
export function renderFact(fact: PolicyFact, lang: ReplyLanguage): string {
  const statement = lang === 'zh' ? fact.answer.zh : fact.answer.en;
  const familyPays = fact.family_pays ? (lang === 'zh' ? fact.family_pays.zh : fact.family_pays.en) : '';
  const body = [statement, familyPays, scopeNote(fact, lang)].filter(Boolean).join(lang === 'zh' ? '' : ' ');
  return `${body}\n${sourceLine(fact, lang)}`;
}

export function renderFacts(facts: readonly PolicyFact[], lang: ReplyLanguage): string {
  if (facts.length === 1 && facts[0]) return renderFact(facts[0], lang);
  return facts.map((fact, i) => `${i + 1}. ${renderFact(fact, lang)}`).join('\n\n');
}

export function renderMissingAmount(lang: ReplyLanguage): string {
  return lang === 'zh'
    ? '文件里没有写具体金额，我不能替您估计；已把问题转给工作人员核实。'
    : 'The documents do not give the amount, so I will not guess; your question has been passed to a staff member to check.';
}

export function renderForeignTopicNote(lang: ReplyLanguage): string {
  return lang === 'zh'
    ? '您问题里的其他内容，现有政策文件没有涉及，已转给工作人员回复。'
    : 'The rest of your question is not covered by the policy documents; it has been passed to a staff member.';
}

/** An honest "I don't know": no figure, no guess, and the promise that a person will follow up. */
export function renderHandoff(reason: HandoffReason, lang: ReplyLanguage): string {
  if (reason === 'names_year') {
    return lang === 'zh'
      ? '抱歉，我手里的政策文件没有注明具体年份，无法确认您问的那一年的标准，不能乱说。已把问题转给工作人员，他们会尽快回复您。'
      : 'Sorry, the policy documents I have do not state a year, so I cannot confirm the figure for the year you ask about and will not guess. Your question has been passed to a staff member who will reply soon.';
  }
  return lang === 'zh'
    ? '抱歉，这个问题我在现有的政策文件里没有找到可靠的答案，不能乱说。已把问题转给工作人员，他们会尽快回复您。'
    : 'Sorry, I could not find a reliable answer to this in the policy documents I have, and I will not guess. Your question has been passed to a staff member who will reply soon.';
}

export function renderEmptyQuestionHint(lang: ReplyLanguage): string {
  return lang === 'zh'
    ? '请直接发您想问的政策问题，例如：营养餐一天补多少钱？'
    : 'Please send the policy question you want to ask, for example: How much is the nutrition meal subsidy per day?';
}
