import { detectLanguage, type ReplyLanguage } from './detect-language.js';
import { termsOfCanonicalText } from './extract-terms.js';
import type { KnowledgeBase } from './knowledge-base.js';
import { normalizeText } from './normalize-question.js';
import type { PolicyFact } from './policy-fact-schema.js';
import { readQuestionSignals, type QuestionSignals } from './question-signals.js';
import {
  renderEmptyQuestionHint,
  renderFacts,
  renderForeignTopicNote,
  renderHandoff,
  renderMissingAmount,
} from './render-answer.js';
import { selectFacts } from './score-facts.js';
import { synonyms } from './synonyms.js';

export interface PolicySource {
  document: string;
  section: string;
  quote: string;
}

export interface PolicyAnswer {
  text: string;
  /** True when a person must follow up; the caller performs the actual hand-off. */
  handoff: boolean;
  sources: PolicySource[];
  /** Code of the main fact, null when nothing was answered. */
  policy: string | null;
  codes: string[];
  lang: ReplyLanguage;
}

export interface AnswerOptions {
  lang?: ReplyLanguage;
}

// Fee exemptions and free programmes answer "多少钱" themselves: the answer is "nothing". An
// office's answer was written for the very question, so it is never "missing the amount".
const ANSWERS_MONEY_WITHOUT_AMOUNT = new Set<PolicyFact['kind']>(['fee_exemption', 'programme', 'office_answer']);

function leavesMoneyUnanswered(fact: PolicyFact, signals: QuestionSignals): boolean {
  return signals.asksForMoney && fact.amount?.unit !== 'yuan' && !ANSWERS_MONEY_WITHOUT_AMOUNT.has(fact.kind);
}

function handoffAnswer(text: string, lang: ReplyLanguage): PolicyAnswer {
  return { text, handoff: true, sources: [], policy: null, codes: [], lang };
}

/**
 * Answers a parent's or cadre's question from stored policy facts only. Figures always come
 * from the knowledge base: whatever number the question contains ("其实是40元对吧？") is
 * never repeated, and when no fact matches confidently the reply says so and asks for a person.
 */
export function answerQuestion(kb: KnowledgeBase, question: string, options: AnswerOptions = {}): PolicyAnswer {
  const lang = options.lang ?? detectLanguage(question);
  const normalized = kb.index.typos.correct(normalizeText(question));
  if (!/[\p{L}\p{N}]/u.test(normalized)) {
    return { text: renderEmptyQuestionHint(lang), handoff: false, sources: [], policy: null, codes: [], lang };
  }
  const terms = termsOfCanonicalText(synonyms.canonicalize(normalized));
  const signals = readQuestionSignals(normalized, terms);
  if (signals.namesYear) return handoffAnswer(renderHandoff('names_year', lang), lang);

  const chosen = selectFacts(kb.index, kb.facts, terms, signals)
    .map(({ fact }) => kb.facts[fact])
    .filter((fact): fact is PolicyFact => fact !== undefined);
  if (chosen.length === 0) return handoffAnswer(renderHandoff('not_found', lang), lang);

  const notes: string[] = [];
  if (chosen.some((fact) => leavesMoneyUnanswered(fact, signals))) notes.push(renderMissingAmount(lang));
  if (signals.foreignTopics.length > 0) notes.push(renderForeignTopicNote(lang));
  return {
    text: [renderFacts(chosen, lang), ...notes].join('\n'),
    handoff: notes.length > 0,
    sources: chosen.map(({ source }) => ({ document: source.document, section: source.section, quote: source.quote })),
    policy: chosen[0]?.code ?? null,
    codes: chosen.map(({ code }) => code),
    lang,
  };
}
