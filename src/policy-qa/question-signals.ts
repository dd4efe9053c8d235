import type { PolicyFact, SchoolStage } from './policy-fact-schema.js';

/** The kind of answer a question expects; a fact that gives that kind of answer fits better. */
export type AnswerType = 'money' | 'free' | 'days' | 'duration' | 'households' | 'date' | 'percent' | 'responsibility';

/** What a question reveals beyond its topic words. */
export interface QuestionSignals {
  /** The asker wants a money figure ("多少钱", "how much"). */
  readonly asksForMoney: boolean;
  readonly wants: ReadonlySet<AnswerType>;
  /** The asker names a calendar year; the documents give none, so no answer can be about it. */
  readonly namesYear: boolean;
  /** School stages named in the question ("大学" maps to `university`, which no fact covers). */
  readonly stages: ReadonlySet<SchoolStage | 'university'>;
  /** Topics we know the documents do not cover (medical insurance, loans, weather…). */
  readonly foreignTopics: readonly string[];
}

const MONEY_QUESTION =
  /多少钱|多少元|多少块|几块|几元|几百|多少补助|补多少|给多少|发多少|拿多少|领多少|投多少|金额|标准是多少|多少标准|how much|what amount|how many yuan/;
const ANSWER_TYPE_PATTERNS: ReadonlyArray<readonly [AnswerType, RegExp]> = [
  ['money', MONEY_QUESTION],
  ['free', /要钱|要不要钱|免费|免不免|免了|免吗|收费|收不收|交钱|自己出|自己买|自己掏|\bfree\b|\bpay\b|\bcharge|waive|exempt/],
  ['days', /几天|多少天|天数|how many days/],
  ['duration', /几年|多少年|多久|多长时间|期限|how long|how many years|duration|last\b/],
  ['households', /几户|多少户|户数|how many households|how many poor households|how many families/],
  ['date', /什么时候|啥时候|几号|几月|哪天|哪一天|日期|时间段|截止|结束|开始|\bwhen\b|what date|deadline|\bend\b|\bstart/],
  ['percent', /百分之|比例|多少%|\brate\b|percent/],
  ['responsibility', /负责|职责|归哪|哪个单位|哪个部门|找谁|谁管|管什么|干什么|做什么|干啥|responsible|in charge|\bduties\b|\bduty\b|what does .+ do/],
];

const YEAR = /(?:19|20)\d{2}\s*年(?!级)|(?:in|for|of|during|since|year)\s+(?:19|20)\d{2}\b|\b(?:19|20)\d{2}\s+(?:standard|rate|policy|plan|figure|amount)/;

const STAGE_TERMS: ReadonlyArray<readonly [term: string, stages: ReadonlyArray<SchoolStage>]> = [
  ['幼儿园', ['preschool']],
  ['保教费', ['preschool']],
  ['小学', ['primary']],
  ['初中', ['junior_high']],
  ['义务教育', ['primary', 'junior_high']],
  ['高中', ['senior_high']],
  ['中职', ['vocational']],
  ['9+3', ['vocational']],
];
const UNIVERSITY = /大学|本科|研究生|大专|高职|university|undergraduate|bachelor|postgraduate/;
// "四川大学" is a counterpart-support partner, not a school stage.
const NAMED_UNIVERSITY = /四川大学|sichuan university/g;

const FOREIGN_TOPICS: readonly string[] = [
  '医保', '医疗保险', '报销', '住院', '新农合', '贷款', '借钱', '天气', '下雨', '气温', '养老金', '养老保险',
  '社保卡', '房贷', '车贷', '彩票', '股票', '工资', '退休金', '高考', '分数线', '户口', '结婚', '离婚', '驾照',
  '快递', '疫情', '核酸', '彩礼', '罚款', '违章', '考研', '保险', '残疾', '危房', '到账',
  'insurance', 'reimburse', 'reimbursement', 'loan', 'loans', 'weather', 'rain', 'pension', 'mortgage', 'salary',
  'lottery', 'stock', 'hukou', 'marriage', 'divorce', 'covid', 'visa', 'passport', 'disability',
];

export function readQuestionSignals(normalizedText: string, terms: readonly string[]): QuestionSignals {
  const stages = new Set<SchoolStage | 'university'>();
  for (const [term, mapped] of STAGE_TERMS) if (terms.includes(term)) mapped.forEach((stage) => stages.add(stage));
  if (UNIVERSITY.test(normalizedText.replace(NAMED_UNIVERSITY, ' '))) stages.add('university');
  const wants = new Set<AnswerType>();
  for (const [type, pattern] of ANSWER_TYPE_PATTERNS) if (pattern.test(normalizedText)) wants.add(type);
  return {
    asksForMoney: wants.has('money'),
    wants,
    namesYear: YEAR.test(normalizedText),
    stages,
    foreignTopics: FOREIGN_TOPICS.filter((topic) =>
      /^[a-z ]+$/.test(topic) ? new RegExp(`(?<![a-z])${topic}(?![a-z])`).test(normalizedText) : normalizedText.includes(topic),
    ),
  };
}

/** The kinds of answer a fact can give, to compare with what a question {@link QuestionSignals.wants}. */
export function answerTypesOf(fact: PolicyFact): Set<AnswerType> {
  const types = new Set<AnswerType>();
  const unit = fact.amount?.unit;
  if (unit === 'yuan') types.add('money');
  if (fact.kind === 'fee_exemption' || (fact.kind === 'programme' && fact.eligibility)) types.add('free');
  if (unit === 'days') types.add('days');
  if (fact.amount?.period === 'duration') types.add('duration');
  if (unit === 'households') types.add('households');
  if (fact.dates || fact.kind === 'plan_stage') types.add('date');
  if (unit === 'percent') types.add('percent');
  if (fact.kind === 'unit_duty') types.add('responsibility');
  return types;
}
