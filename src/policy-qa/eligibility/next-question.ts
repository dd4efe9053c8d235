import type { ReplyLanguage } from '../detect-language.js';
import type { EligibilityFacts, EligibilityField } from './types.js';

export interface EligibilityQuestion {
  field: EligibilityField;
  text: string;
}

const QUESTIONS: Record<EligibilityField, Record<ReplyLanguage, string>> = {
  stage: {
    zh: '孩子现在上什么学？（例如回答：幼儿园 / 小学 / 初中 / 高中 / 中职）',
    en: 'Which stage is your child in? (for example: kindergarten / primary / junior high / senior high / vocational)',
  },
  kindergarten: {
    zh: '孩子上的是公办幼儿园，还是经教育部门批准的民办幼儿园，或者没批准的民办园？（例如回答：公办 / 批准的民办 / 没批准）',
    en: 'Is it a public kindergarten, a private one approved by the education department, or an unapproved private one? (for example: public / approved private / not approved)',
  },
  poorHousehold: {
    zh: '您家是建档立卡贫困户（或家庭经济困难）吗？（例如回答：是 / 不是）',
    en: 'Is your family a registered poor household (or in financial difficulty)? (for example: yes / no)',
  },
  boarding: {
    zh: '孩子是住校（寄宿）还是走读？（例如回答：住校 / 走读）',
    en: 'Does your child board at school or go home every day? (for example: boarding / day student)',
  },
  yiArea: {
    zh: '您家在彝区吗？（例如回答：是 / 不是）',
    en: 'Do you live in a Yi area? (for example: yes / no)',
  },
};

/**
 * Which single fact to ask next. Only facts that can change the list are asked: the
 * kindergarten type matters only for preschool, household poverty and boarding only in
 * compulsory education (and boarding only for poor families, the only ones with a living
 * allowance), the Yi area only for vocational "9+3".
 */
export function missingRelevantField(facts: Partial<EligibilityFacts>): EligibilityField | null {
  switch (facts.stage) {
    case undefined:
      return 'stage';
    case 'preschool':
      return facts.kindergarten === undefined ? 'kindergarten' : null;
    case 'primary':
    case 'junior_high':
      if (facts.poorHousehold === undefined) return 'poorHousehold';
      return facts.poorHousehold && facts.boarding === undefined ? 'boarding' : null;
    case 'vocational':
      return facts.yiArea === undefined ? 'yiArea' : null;
    case 'senior_high':
      return null;
  }
}

export function nextEligibilityQuestion(facts: Partial<EligibilityFacts>, lang: ReplyLanguage): EligibilityQuestion | null {
  const field = missingRelevantField(facts);
  return field ? { field, text: QUESTIONS[field][lang] } : null;
}
