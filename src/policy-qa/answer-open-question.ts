import type { OutgoingMessage } from '../dialogue/inbound-message.js';
import { maskPersonalData } from '../shared/mask-personal-data.js';
import { questionLabel } from './chat-deps.js';
import type { Actor, AnswerOutcome, OpenQuestion, OpenQuestionStore } from './ports.js';

export type AnswerOpenQuestionResult =
  | { outcome: 'empty' }
  | { outcome: 'unknown' }
  | { outcome: 'already_answered'; question: OpenQuestion }
  /** `relay` goes to the asker privately: the answer may concern the family. */
  | { outcome: 'answered'; question: OpenQuestion; relay: OutgoingMessage };

/**
 * The office answers a handed-off question, from WeChat (答复 Q12 …) or the console. The first
 * answer wins; the same submission again (a retried job, a re-sent form) gets the same relay with
 * the same key, so the asker hears it once.
 */
export async function answerOpenQuestion(
  store: OpenQuestionStore,
  input: { number: number; answer: string; by: Actor; messageId: string; at: Date },
): Promise<AnswerOpenQuestionResult> {
  const answer = maskPersonalData(input.answer.trim());
  if (answer === '') return { outcome: 'empty' };
  const result: AnswerOutcome = await store.answer({ ...input, answer });
  if (result.outcome !== 'answered') return result;
  return {
    outcome: 'answered',
    question: result.question,
    relay: {
      chatId: result.question.askerContactId,
      roomId: null,
      text: relayText(result.question, answer),
      priority: 'reply',
      mentionIds: [],
      key: `relay-${questionLabel(result.question.number)}`,
    },
  };
}

function relayText(question: OpenQuestion, answer: string): string {
  const label = questionLabel(question.number);
  return question.lang === 'zh'
    ? `您之前问的问题（${label}）：「${question.text}」\n工作人员答复：${answer}\n（来源：行动组办公室答复）`
    : `About the question you asked (${label}): "${question.text}"\nThe office replies: ${answer}\n(Source: action-team office)`;
}
