import { domainDictionaryWords } from './domain-dictionary.js';
import { canonicalText, chineseStopwords, englishStopwords, isNumberTerm, termsOfCanonicalText } from './extract-terms.js';
import { normalizeText } from './normalize-question.js';
import type { PolicyFact } from './policy-fact-schema.js';
import { answerTypesOf, type AnswerType } from './question-signals.js';
import { dictionaryWords } from './segment.js';
import { synonymSurfaces } from './synonyms.js';
import { createTypoCorrector, type TypoCorrector } from './typo-correction.js';

/** One fact that carries a term, and how strongly the term points at it. */
export interface Posting {
  readonly fact: number;
  readonly strength: number;
}

/**
 * Everything answering needs, computed once when the knowledge base loads so that a question
 * only touches the postings of its own terms instead of scanning every fact.
 */
export interface FactIndex {
  readonly postings: ReadonlyMap<string, readonly Posting[]>;
  /** Rarity of a term among facts, in (0, 1]: a term carried by one fact is worth 1. */
  readonly rarity: ReadonlyMap<string, number>;
  /** Terms of each fact (by position), for telling which question terms a chosen fact explains. */
  readonly factTerms: ReadonlyArray<ReadonlySet<string>>;
  /** What kind of answer each fact gives (a sum of money, a date range, a unit's duty…). */
  readonly answerTypes: ReadonlyArray<ReadonlySet<AnswerType>>;
  readonly typos: TypoCorrector;
}

// A keyword matched as a whole is the clearest signal; a word inside a longer keyword (高中 in
// 高中教科书) or in the title says less.
const WHOLE_KEYWORD = 1;
const PART_OF_KEYWORD = 0.6;
// Pairs of adjacent English words ("education_bureau") are as precise as a whole keyword.
const ENGLISH_WORD_PAIR = 1;
const TITLE_WORD_FALLBACK = 0.4;
// Words of the answer itself barely point at a fact, but they show which parts of a question
// the fact already explains ("边境村" in a question about the transport bureau's duty).
const ANSWER_WORD = 0.15;

function keywordTerms(keyword: string): Map<string, number> {
  const canonical = canonicalText(keyword);
  const whole = canonical.replace(/\s+/g, '');
  const strengths = new Map<string, number>();
  for (const term of termsOfCanonicalText(canonical)) {
    const strength =
      term === whole || term === canonical ? WHOLE_KEYWORD : term.includes('_') ? ENGLISH_WORD_PAIR : PART_OF_KEYWORD;
    strengths.set(term, strength);
  }
  return strengths;
}

function termsOfFact(fact: PolicyFact): Map<string, number> {
  const strengths = new Map<string, number>();
  const raise = (term: string, strength: number) => strengths.set(term, Math.max(strengths.get(term) ?? 0, strength));
  for (const keyword of [...fact.keywords.zh, ...fact.keywords.en]) {
    for (const [term, strength] of keywordTerms(keyword)) raise(term, strength);
  }
  for (const title of [fact.title.zh, fact.title.en]) {
    for (const [term] of keywordTerms(title)) raise(term, TITLE_WORD_FALLBACK);
  }
  for (const answer of [fact.answer.zh, fact.answer.en]) {
    for (const [term] of keywordTerms(answer)) if (!isNumberTerm(term)) raise(term, ANSWER_WORD);
  }
  return strengths;
}

export function buildFactIndex(facts: readonly PolicyFact[]): FactIndex {
  const postings = new Map<string, Posting[]>();
  const factTerms: Array<Set<string>> = [];
  // Phrases such as 住在学校 are left out: near-misses of a phrase are usually other phrases.
  const singleWordSurfaces = synonymSurfaces().filter((surface) => dictionaryWords(surface).length === 1);
  const typoTargets = new Set<string>(singleWordSurfaces);
  facts.forEach((fact, position) => {
    const strengths = termsOfFact(fact);
    factTerms.push(new Set(strengths.keys()));
    for (const [term, strength] of strengths) {
      const list = postings.get(term);
      if (list) list.push({ fact: position, strength });
      else postings.set(term, [{ fact: position, strength }]);
    }
    for (const keyword of [...fact.keywords.zh, ...fact.keywords.en]) {
      for (const word of normalizeText(keyword).split(' ')) typoTargets.add(word);
    }
  });
  const rarity = new Map<string, number>();
  const scale = Math.log(1 + facts.length);
  for (const [term, list] of postings) {
    // Rarity counts only facts that name the term in keywords or title; answer prose would
    // make everyday words look common and specific ones look rarer than they are.
    const naming = list.filter(({ strength }) => strength > ANSWER_WORD).length;
    rarity.set(term, Math.log(1 + facts.length / Math.max(naming, 1)) / scale);
  }
  const protectedWords = [...chineseStopwords(), ...englishStopwords(), ...domainDictionaryWords()];
  const answerTypes = facts.map(answerTypesOf);
  return { postings, rarity, factTerms, answerTypes, typos: createTypoCorrector(typoTargets, protectedWords, dictionaryWords) };
}
