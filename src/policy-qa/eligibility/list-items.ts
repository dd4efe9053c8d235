import type { ReplyLanguage } from '../detect-language.js';
import type { KnowledgeBase } from '../knowledge-base.js';
import type { FactEligibility, PolicyFact } from '../policy-fact-schema.js';
import type { EligibilityFacts } from './types.js';

export interface EligibleItems {
  text: string;
  codes: string[];
  /** True when nothing applies: a person should look at the family's case. */
  handoff: boolean;
}

type Verdict = 'applies' | 'does_not_apply' | 'unknown';

function compare<T>(required: readonly T[] | T | undefined, known: T | undefined): Verdict {
  if (required === undefined) return 'applies';
  if (known === undefined) return 'unknown';
  const allowed = Array.isArray(required) ? required : [required];
  return allowed.includes(known) ? 'applies' : 'does_not_apply';
}

function verdictFor(conditions: FactEligibility, facts: Partial<EligibilityFacts>): Verdict {
  const verdicts = [
    compare(conditions.stages, facts.stage),
    compare(conditions.kindergarten, facts.kindergarten),
    compare(conditions.poor_household, facts.poorHousehold),
    compare(conditions.boarding, facts.boarding),
    compare(conditions.yi_area, facts.yiArea),
  ];
  if (verdicts.includes('does_not_apply')) return 'does_not_apply';
  return verdicts.includes('unknown') ? 'unknown' : 'applies';
}

const STAGE_NAMES = {
  preschool: { zh: '幼儿园', en: 'kindergarten' },
  primary: { zh: '小学', en: 'primary school' },
  junior_high: { zh: '初中', en: 'junior high' },
  senior_high: { zh: '高中', en: 'senior high' },
  vocational: { zh: '中职', en: 'secondary vocational school' },
} as const;

function describeSituation(facts: Partial<EligibilityFacts>, lang: ReplyLanguage): string {
  const parts: string[] = [];
  if (facts.stage) parts.push(STAGE_NAMES[facts.stage][lang]);
  if (facts.kindergarten) {
    const names = { public: ['公办园', 'public'], approved_private: ['批准的民办园', 'approved private'], other_private: ['未批准的民办园', 'unapproved private'] } as const;
    parts.push(names[facts.kindergarten][lang === 'zh' ? 0 : 1]);
  }
  if (facts.poorHousehold !== undefined) parts.push(lang === 'zh' ? (facts.poorHousehold ? '建档立卡/困难家庭' : '非贫困家庭') : facts.poorHousehold ? 'poor household' : 'not a poor household');
  if (facts.boarding !== undefined) parts.push(lang === 'zh' ? (facts.boarding ? '住校' : '走读') : facts.boarding ? 'boarding' : 'day student');
  if (facts.yiArea !== undefined) parts.push(lang === 'zh' ? (facts.yiArea ? '彝区' : '非彝区') : facts.yiArea ? 'Yi area' : 'not a Yi area');
  return parts.join(lang === 'zh' ? '、' : ', ');
}

function renderItem(fact: PolicyFact, position: number, conditional: boolean, lang: ReplyLanguage): string {
  const title = lang === 'zh' ? fact.title.zh : fact.title.en;
  const statement = lang === 'zh' ? fact.answer.zh : fact.answer.en;
  const familyPays = fact.family_pays ? (lang === 'zh' ? `家庭需知：${fact.family_pays.zh}` : `Not covered: ${fact.family_pays.en}`) : '';
  const condition = conditional ? (lang === 'zh' ? '（是否适用取决于您还没告诉我的情况）' : ' (depends on details you have not told me yet)') : '';
  const source =
    lang === 'zh'
      ? `来源：《${fact.source.document_zh}》${fact.source.section_zh}`
      : `Source: ${fact.source.document}, ${fact.source.section}`;
  const separator = lang === 'zh' ? '' : ' ';
  return `${position}. ${title}${condition}${lang === 'zh' ? '：' : ': '}${[statement, familyPays].filter(Boolean).join(separator)}\n${source}`;
}

/** Every item that applies to the family, with its amount, what it does not cover, and its source. */
export function listEligibleItems(kb: KnowledgeBase, facts: Partial<EligibilityFacts>, lang: ReplyLanguage): EligibleItems {
  const matches = kb.facts.flatMap((fact) => {
    if (!fact.eligibility) return [];
    const verdict = verdictFor(fact.eligibility, facts);
    return verdict === 'does_not_apply' ? [] : [{ fact, conditional: verdict === 'unknown' }];
  });
  const situation = describeSituation(facts, lang);
  if (matches.length === 0) {
    return {
      text:
        lang === 'zh'
          ? `按您说的情况（${situation}），政策文件里没有找到适用的补助或减免项目。已把您的情况转给工作人员核实。`
          : `For your situation (${situation}) the policy documents list no subsidy or exemption. Your case has been passed to a staff member to check.`,
      codes: [],
      handoff: true,
    };
  }
  const heading = lang === 'zh' ? `按您说的情况（${situation}），可以享受：` : `For your situation (${situation}), your child can get:`;
  const items = matches.map(({ fact, conditional }, i) => renderItem(fact, i + 1, conditional, lang));
  return { text: [heading, ...items].join('\n'), codes: matches.map(({ fact }) => fact.code), handoff: false };
}
