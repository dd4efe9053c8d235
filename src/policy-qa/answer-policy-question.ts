import type { Feature } from '../dialogue/context.js';
import { answerQuestion } from './answer-question.js';
import type { PolicyChatDeps } from './chat-deps.js';
import { isEligibilityQuestion, isPersonalQuestion } from './eligibility.js';
import { startEligibilityCheck } from './eligibility-flow.js';
import { handOffQuestion } from './hand-off-question.js';

// Greetings and thanks are not questions: handing "谢谢" to the office would only be noise.
const SMALL_TALK = /^(?:你好|您好|哈喽|嗨|在吗|在不在|谢谢|谢谢你|谢谢您|谢了|多谢|好的|好|嗯|嗯嗯|哦|收到|ok|okay|hi|hello|hey|thanks|thank you|thx)[\s!！。.~～]*$/i;

const MOVED_TO_PRIVATE = {
  zh: '这个问题涉及您家的情况，我私聊您。',
  en: 'This question is about your family, so I will continue in a private chat with you.',
};

/**
 * The policy answer for an addressed text message no earlier feature took. Answers come only
 * from the knowledge base and cite document and section; what it cannot answer goes to a
 * person. A question about the asker's own family, asked in a group, is answered privately.
 */
export function answerPolicyQuestionFeature(deps: PolicyChatDeps): Feature {
  return async (ctx, next) => {
    if (!ctx.addressed || ctx.message.kind !== 'text' || SMALL_TALK.test(ctx.text)) return next();
    const question = ctx.text;
    const eligibility = isEligibilityQuestion(question);
    const privately = ctx.isGroup && (eligibility || isPersonalQuestion(question));
    if (privately) ctx.reply(MOVED_TO_PRIVATE);

    if (eligibility) {
      await startEligibilityCheck(ctx, deps, question);
      return;
    }

    ctx.handledBy = 'policy-qa';
    const answer = answerQuestion(await deps.library.knowledgeBase(), question, { lang: ctx.lang });
    if (answer.handoff) {
      ctx.handledBy = 'policy-qa:handoff';
      await handOffQuestion(ctx, deps, { question, reply: answer.text, lang: answer.lang, privately });
      return;
    }
    if (privately) ctx.replyPrivately(answer.text);
    else ctx.reply(answer.text);
  };
}
