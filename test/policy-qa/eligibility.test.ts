import { describe, expect, it } from 'vitest';
import {
  extractEligibilityFacts,
  isEligibilityQuestion,
  isPersonalQuestion,
  listEligibleItems,
  nextEligibilityQuestion,
  parseEligibilityAnswer,
  type EligibilityFacts,
} from '../../src/policy-qa/eligibility.js';
import { loadShippedKnowledgeBase } from '../../src/policy-qa/load-shipped-knowledge-base.js';

const kb = loadShippedKnowledgeBase();

describe('isEligibilityQuestion', () => {
  it.each(['我家孩子能领什么补助？', '有哪些补助', '我们家能享受哪些政策', '孩子上学有什么补贴啊', 'What can my child get?', 'Which subsidies are we eligible for?', 'Am I eligible for anything?'])(
    'recognises %s',
    (text) => expect(isEligibilityQuestion(text)).toBe(true),
  );
  it.each(['营养餐多少钱', '动员部署阶段是什么时候', 'How much is the nutrition meal?'])('leaves a question about one item alone: %s', (text) =>
    expect(isEligibilityQuestion(text)).toBe(false),
  );
});

describe('isPersonalQuestion', () => {
  it.each(['我家是建档立卡户，孩子住校有补助吗', '我儿子上初中', '俺家娃读几年级能领啥', 'My son boards at school', 'we are a poor household', '身份证号510123199001011234'])(
    'is personal: %s',
    (text) => expect(isPersonalQuestion(text)).toBe(true),
  );
  it.each(['营养餐一天补多少钱', '民政局负责什么', 'When is the mobilization stage?'])('is general: %s', (text) =>
    expect(isPersonalQuestion(text)).toBe(false),
  );
});

describe('extractEligibilityFacts', () => {
  it.each<[string, Partial<EligibilityFacts>]>([
    ['我家是建档立卡户，孩子上初中住校', { stage: 'junior_high', poorHousehold: true, boarding: true }],
    ['娃读小学三年级，走读，我们不是贫困户', { stage: 'primary', boarding: false, poorHousehold: false }],
    ['孩子不住校，在读初二', { stage: 'junior_high', boarding: false }],
    ['闺女上的公立幼儿园', { stage: 'preschool', kindergarten: 'public' }],
    ['孩子在教育局批准的民办幼儿园', { stage: 'preschool', kindergarten: 'approved_private' }],
    ['孩子上的私立幼儿园', { stage: 'preschool' }],
    ['彝区的娃读职高', { stage: 'vocational', yiArea: true }],
    ['My daughter is in senior high school', { stage: 'senior_high' }],
    ['We are a registered poor household and my son boards at school in junior high', { stage: 'junior_high', poorHousehold: true, boarding: true }],
    ['We are not a poor family', { poorHousehold: false }],
    ['我家孩子能领什么补助？', {}],
  ])('%s', (text, expected) => expect(extractEligibilityFacts(text)).toEqual(expected));
});

describe('nextEligibilityQuestion', () => {
  it('asks the stage first, with an example answer', () => {
    const question = nextEligibilityQuestion({}, 'zh');
    expect(question?.field).toBe('stage');
    expect(question?.text).toContain('例如');
    expect(nextEligibilityQuestion({}, 'en')?.text).toContain('for example');
  });

  it('asks, for compulsory education, poverty and then boarding only for poor families', () => {
    expect(nextEligibilityQuestion({ stage: 'junior_high' }, 'zh')?.field).toBe('poorHousehold');
    expect(nextEligibilityQuestion({ stage: 'junior_high', poorHousehold: true }, 'zh')?.field).toBe('boarding');
    expect(nextEligibilityQuestion({ stage: 'primary', poorHousehold: false }, 'zh')).toBeNull();
    expect(nextEligibilityQuestion({ stage: 'junior_high', poorHousehold: true, boarding: false }, 'zh')).toBeNull();
  });

  it('asks the kindergarten type only for preschool and the Yi area only for vocational school', () => {
    expect(nextEligibilityQuestion({ stage: 'preschool' }, 'zh')?.field).toBe('kindergarten');
    expect(nextEligibilityQuestion({ stage: 'preschool', kindergarten: 'public' }, 'zh')).toBeNull();
    expect(nextEligibilityQuestion({ stage: 'vocational' }, 'zh')?.field).toBe('yiArea');
    expect(nextEligibilityQuestion({ stage: 'senior_high' }, 'zh')).toBeNull();
  });

  it('never asks what the question already told us', () => {
    const facts = extractEligibilityFacts('我家是建档立卡户，孩子上初中住校');
    expect(nextEligibilityQuestion(facts, 'zh')).toBeNull();
  });
});

describe('parseEligibilityAnswer', () => {
  it.each([
    ['stage', '初二', 'junior_high'],
    ['stage', '上幼儿园', 'preschool'],
    ['stage', 'senior high', 'senior_high'],
    ['stage', '中专', 'vocational'],
    ['stage', '大学', undefined],
    ['boarding', '住校', true],
    ['boarding', '走读', false],
    ['boarding', '是的', true],
    ['boarding', '没有，每天回家', false],
    ['boarding', 'yes', true],
    ['poorHousehold', '是', true],
    ['poorHousehold', '不是', false],
    ['poorHousehold', '对，建档立卡户', true],
    ['poorHousehold', 'no', false],
    ['poorHousehold', '嗯嗯😊', true],
    ['poorHousehold', '不知道啊', undefined],
    ['kindergarten', '公办', 'public'],
    ['kindergarten', '批准的民办', 'approved_private'],
    ['kindergarten', '没批准的', 'other_private'],
    ['kindergarten', '民办', undefined],
    ['kindergarten', 'approved private', 'approved_private'],
    ['yiArea', '是', true],
    ['yiArea', '不在彝区', false],
    ['yiArea', '？？', undefined],
  ] as const)('%s ← %s', (field, text, expected) => expect(parseEligibilityAnswer(field, text)).toBe(expected));
});

describe('listEligibleItems', () => {
  it('gives a boarding poor junior-high student the living allowance, meals, textbooks and tuition exemption', () => {
    const items = listEligibleItems(kb, { stage: 'junior_high', poorHousehold: true, boarding: true }, 'zh');
    expect(items.codes.sort()).toEqual(
      ['boarding-living-allowance', 'compulsory-free-textbooks', 'compulsory-tuition-exemption', 'nutrition-meal-subsidy'].sort(),
    );
    expect(items.text).toContain('4元');
    expect(items.text).toContain('来源');
    expect(items.handoff).toBe(false);
  });

  it('gives a day student no living allowance', () => {
    const items = listEligibleItems(kb, { stage: 'junior_high', poorHousehold: true, boarding: false }, 'zh');
    expect(items.codes).not.toContain('boarding-living-allowance');
    expect(items.codes).toContain('nutrition-meal-subsidy');
  });

  it('gives a non-poor primary pupil the free textbooks and tuition exemption only', () => {
    const items = listEligibleItems(kb, { stage: 'primary', poorHousehold: false }, 'en');
    expect(items.codes.sort()).toEqual(['compulsory-free-textbooks', 'compulsory-tuition-exemption']);
    expect(items.text).toContain('Source:');
  });

  it('subsidises an approved private kindergarten at the public standard, the family paying the part above', () => {
    const items = listEligibleItems(kb, { stage: 'preschool', kindergarten: 'approved_private' }, 'zh');
    expect(items.codes).toEqual(['approved-private-kindergarten-subsidy']);
    expect(items.text).toContain('高于财政补助的部分由学生家庭承担');
  });

  it('exempts care fees at a public kindergarten and finds nothing for an unapproved one', () => {
    expect(listEligibleItems(kb, { stage: 'preschool', kindergarten: 'public' }, 'zh').codes).toEqual(['preschool-care-fee-exemption']);
    const unapproved = listEligibleItems(kb, { stage: 'preschool', kindergarten: 'other_private' }, 'zh');
    expect(unapproved.codes).toEqual([]);
    expect(unapproved.handoff).toBe(true);
  });

  it('waives senior-high tuition and gives free textbooks', () => {
    const items = listEligibleItems(kb, { stage: 'senior_high' }, 'en');
    expect(items.codes).toEqual(['senior-high-tuition-waiver']);
    expect(items.text).toContain('waive tuition and provide textbooks free of charge');
  });

  it('adds "9+3" for vocational students from Yi areas only', () => {
    expect(listEligibleItems(kb, { stage: 'vocational', yiArea: true }, 'zh').codes).toEqual([
      'secondary-vocational-free-education',
      'nine-plus-three-free-education',
    ]);
    expect(listEligibleItems(kb, { stage: 'vocational', yiArea: false }, 'zh').codes).toEqual(['secondary-vocational-free-education']);
  });

  it('runs a whole conversation from a question to the list', () => {
    let facts: Partial<EligibilityFacts> = extractEligibilityFacts('我家孩子能领什么补助？');
    const replies = ['初一', '是建档立卡户', '住校'];
    for (const reply of replies) {
      const question = nextEligibilityQuestion(facts, 'zh');
      if (!question) break;
      const value = parseEligibilityAnswer(question.field, reply);
      expect(value, `${question.field} ← ${reply}`).toBeDefined();
      facts = { ...facts, [question.field]: value };
    }
    expect(nextEligibilityQuestion(facts, 'zh')).toBeNull();
    expect(listEligibleItems(kb, facts, 'zh').codes).toContain('boarding-living-allowance');
  });
});
