import type { DialogueContext } from '../dialogue/context.js';
import { questionLabel, type PolicyChatDeps } from './chat-deps.js';
import { KnowledgeBaseError, parsePolicyFacts } from './knowledge-base.js';
import type { PolicyFact } from './policy-fact-schema.js';
import type { OpenQuestion } from './ports.js';
import { actorOf } from './relay-office-answer.js';

export const OFFICE_ANSWER_DOCUMENT = '办公室答复';

/**
 * The fact an answered question becomes. The question's own words are its keywords, so the next
 * person asking the same thing finds it; the office's answer, in the language it was written, is
 * both the statement and the quote, and the source names the office and the question number.
 */
export function officeAnswerFact(question: OpenQuestion): PolicyFact {
  const label = questionLabel(question.number);
  const answer = question.answer ?? '';
  return {
    code: `office-answer-q${question.number}`,
    kind: 'office_answer',
    version: 1,
    title: { zh: question.text, en: question.text },
    answer: { zh: answer, en: answer },
    keywords: { zh: [question.text], en: [question.text] },
    source: { document: OFFICE_ANSWER_DOCUMENT, document_zh: OFFICE_ANSWER_DOCUMENT, section: label, section_zh: label, quote: answer },
    scope: { level: 'county', name: { zh: '本县（行动组办公室答复）', en: 'this county (action-team office answer)' } },
  };
}

/**
 * `转为政策 Q12`: an answered question becomes a policy fact (kind office_answer), so the next
 * asker gets the office's answer from the knowledge base instead of another hand-off. The fact is
 * checked like any imported one (e.g. no invented years) before anything is stored.
 */
export async function promoteAnswerToFact(ctx: DialogueContext, deps: PolicyChatDeps, number: number): Promise<void> {
  const label = questionLabel(number);
  const question = await deps.openQuestions.find(number);
  if (!question) {
    ctx.reply({ zh: `没有找到问题 ${label}。发送「待答」查看还没答复的问题。`, en: `There is no question ${label}. Send "待答" to list the open questions.` });
    return;
  }
  if (question.status !== 'answered' && question.promotionMessageId !== ctx.message.id) {
    ctx.reply({ zh: `${label} 还没有答复，先发送「答复 ${label} 内容」，再转为政策。`, en: `${label} has no answer yet. Answer it first ("答复 ${label} …"), then promote it.` });
    return;
  }
  let fact: PolicyFact;
  try {
    [fact] = parsePolicyFacts([officeAnswerFact(question)]) as [PolicyFact];
  } catch (error) {
    const problems = error instanceof KnowledgeBaseError ? error.problems.join('；') : String(error);
    ctx.reply({
      zh: `${label} 不能转为政策，没有做任何改动：${problems}（例如答复里不能写具体年份）。`,
      en: `${label} cannot become a policy fact; nothing was changed: ${problems} (e.g. the answer must not name a year).`,
    });
    return;
  }
  const result = await deps.openQuestions.promote({ number, fact, by: actorOf(ctx), messageId: ctx.message.id, at: ctx.now });
  switch (result.outcome) {
    case 'unknown':
      ctx.reply({ zh: `没有找到问题 ${label}。`, en: `There is no question ${label}.` });
      return;
    case 'not_answered':
      ctx.reply({ zh: `${label} 还没有答复，先发送「答复 ${label} 内容」。`, en: `${label} has no answer yet.` });
      return;
    case 'already_promoted':
      ctx.reply({ zh: `${label} 已经转为政策了，不用再转。`, en: `${label} is already a policy fact.` });
      return;
    case 'promoted':
      // This process answers from the new table at once; other workers notice the new revision.
      await deps.library.reload();
      ctx.record('policy_fact', fact.code);
      ctx.reply({
        zh: `已把 ${label} 的答复转为政策（来源：${OFFICE_ANSWER_DOCUMENT} ${label}）。以后有人问同样的问题，我会直接用这个答复回答。`,
        en: `The answer to ${label} is now a policy fact (source: office answer ${label}). The next person asking the same will get it directly.`,
      });
  }
}
