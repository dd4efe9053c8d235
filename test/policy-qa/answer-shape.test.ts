import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/policy-qa/answer-question.js';
import { detectLanguage } from '../../src/policy-qa/detect-language.js';
import { growKnowledgeBase } from '../../src/policy-qa/grow-knowledge-base.js';
import { loadShippedKnowledgeBase } from '../../src/policy-qa/load-shipped-knowledge-base.js';
import { normalizeText } from '../../src/policy-qa/normalize-question.js';
import { renderFact } from '../../src/policy-qa/render-answer.js';

const kb = loadShippedKnowledgeBase();

describe('normalizeText', () => {
  it('folds full-width forms, drops emoji, mentions and stickers', () => {
    expect(normalizeText('@助手\u2005营养餐？？😀[捂脸]')).toBe('营养餐');
    expect(normalizeText('ＡＢＣ１２３，')).toBe('abc123');
  });

  it('turns numerals before units into digits but keeps policy names', () => {
    expect(normalizeText('每天四元，每户两千元，十五天')).toBe('每天4元 每户2000元 15天');
    expect(normalizeText('两免一补 一科一辅 九加三')).toBe('两免一补 一科一辅 9+3');
    expect(normalizeText('2,000 yuan')).toBe('2000 yuan');
  });
});

describe('detectLanguage', () => {
  it('is Chinese by default and English for mainly Latin text', () => {
    expect(detectLanguage('营养餐多少钱')).toBe('zh');
    expect(detectLanguage('@Bangfu 营养餐多少钱')).toBe('zh');
    expect(detectLanguage('How much is the 营养餐 subsidy?')).toBe('en');
    expect(detectLanguage('😀')).toBe('zh');
  });
});

describe('answer shape', () => {
  it('carries the source and the main policy code', () => {
    const answer = answerQuestion(kb, '营养餐一天补多少钱');
    expect(answer).toMatchObject({ handoff: false, policy: 'nutrition-meal-subsidy', lang: 'zh' });
    expect(answer.sources).toEqual([
      {
        document: 'School Precision Poverty Alleviation Program (I)',
        section: expect.stringContaining('two exemptions and one subsidy') as string,
        quote: 'provide food subsidies for poor students according to the standard of 4 yuan per student per day',
      },
    ]);
  });

  it('follows the requested language over the detected one', () => {
    const answer = answerQuestion(kb, '营养餐一天补多少钱', { lang: 'en' });
    expect(answer.lang).toBe('en');
    expect(answer.text).toContain('4 yuan per student per day');
  });

  it('keeps every single-fact reply short enough for a phone screen', () => {
    for (const fact of kb.facts) expect([...renderFact(fact, 'zh')].length, fact.code).toBeLessThanOrEqual(300);
  });

  it('answers an empty message with an example instead of a hand-off', () => {
    const answer = answerQuestion(kb, '  😀😀 ');
    expect(answer.handoff).toBe(false);
    expect(answer.text).toContain('例如');
  });
});

describe('a knowledge base grown to thousands of facts', () => {
  const grown = growKnowledgeBase(kb, 5000);

  it('adds distinct facts', () => {
    expect(grown.facts).toHaveLength(kb.facts.length + 5000);
    expect(grown.byCode.size).toBe(grown.facts.length);
  });

  it('still states the stored figure', () => {
    expect(answerQuestion(grown, '营养餐一天补多少钱').text).toContain('4元');
  });
});
