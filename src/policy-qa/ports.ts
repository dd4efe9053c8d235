// What the live policy Q&A needs from the outside world. src/store/ implements these with
// PostgreSQL; the features below only see these shapes.
import type { ReplyLanguage } from './detect-language.js';
import type { PolicyFact } from './policy-fact-schema.js';

/** The policy table as stored: the reviewed file's facts plus whatever an office added. */
export interface PolicyFactStore {
  /** Adds the facts whose code + version is not stored yet; a second run adds nothing. */
  importFacts(facts: readonly PolicyFact[], origin: 'shipped' | 'office'): Promise<{ added: number }>;
  /** The highest stored version of every code. */
  currentFacts(): Promise<PolicyFact[]>;
  /** Changes whenever a fact is added, so a process can tell that its in-memory index is stale. */
  revision(): Promise<string>;
}

export type OpenQuestionStatus = 'open' | 'answered';

export interface OpenQuestion {
  /** The number people type: Q12 is number 12. */
  number: number;
  askerContactId: string;
  askerPersonId: string | null;
  askerName: string;
  chatId: string;
  roomId: string | null;
  /** Masked before it was stored. */
  text: string;
  lang: ReplyLanguage;
  status: OpenQuestionStatus;
  answer: string | null;
  answeredByPersonId: string | null;
  answerMessageId: string | null;
  answeredAt: Date | null;
  promotedFactCode: string | null;
  promotionMessageId: string | null;
  createdAt: Date;
}

export type NewOpenQuestion = Pick<OpenQuestion, 'askerContactId' | 'askerPersonId' | 'askerName' | 'chatId' | 'roomId' | 'text' | 'lang'> & {
  sourceMessageId: string;
};

export type Actor = { personId: string | null; contactId: string; name: string };

export type AnswerOutcome =
  | { outcome: 'answered'; question: OpenQuestion }
  | { outcome: 'already_answered'; question: OpenQuestion }
  | { outcome: 'unknown' };

export type PromotionOutcome =
  | { outcome: 'promoted'; question: OpenQuestion }
  | { outcome: 'already_promoted'; question: OpenQuestion }
  | { outcome: 'not_answered'; question: OpenQuestion }
  | { outcome: 'unknown' };

/** Questions handed to the office. Each state change is written together with its audit entry. */
export interface OpenQuestionStore {
  /** Idempotent on `sourceMessageId`: a retried job gets the question it recorded the first time. */
  record(question: NewOpenQuestion): Promise<OpenQuestion>;
  find(number: number): Promise<OpenQuestion | null>;
  listOpen(limit: number): Promise<OpenQuestion[]>;
  /** The latest answered ones, newest first. */
  listAnswered(limit: number): Promise<OpenQuestion[]>;
  /** Answers an open question once; the same admin message answering again counts as `answered`. */
  answer(input: { number: number; answer: string; by: Actor; messageId: string; at: Date }): Promise<AnswerOutcome>;
  /** Stores `fact` and marks the question promoted, atomically; idempotent on `messageId`. */
  promote(input: { number: number; fact: PolicyFact; by: Actor; messageId: string; at: Date }): Promise<PromotionOutcome>;
}

/** Where hand-offs go: the action-team office's group chat. */
export interface OfficeDirectory {
  officeRoomId(): Promise<string | null>;
}
