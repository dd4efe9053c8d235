import type { Feature } from '../dialogue/context.js';
import type { PolicyChatDeps } from './chat-deps.js';
import { listOpenQuestions } from './list-open-questions.js';
import { parseOfficeQuestionCommand } from './parse-office-question-command.js';
import { promoteAnswerToFact } from './promote-answer-to-fact.js';
import { relayOfficeAnswer } from './relay-office-answer.js';

const ADMINS_ONLY = {
  zh: '抱歉，「答复」「待答」「转为政策」只有行动组办公室的管理员可以使用。有问题可以直接问我，例如「营养餐一天补多少钱？」',
  en: 'Sorry, 答复 / 待答 / 转为政策 are for action-team office admins only. You can ask me a question directly, e.g. "How much is the meal subsidy per day?"',
};
const OFFICE_ROOM_OR_PRIVATE = {
  zh: '为保护提问人的隐私，请在办公室群里或私聊我处理待答问题。',
  en: 'To protect askers\' privacy, handle open questions in the office room or in a private chat with me.',
};

/**
 * The office's side of hand-offs. Registered as a group listener because admins answer in the
 * office room without @-mentioning the bot, above all when they quote the hand-off notice; the
 * listener also sees private messages. Other groups' members would see parents' questions, so
 * the commands work only in the office room and in private chats.
 */
export function officeQuestionCommandsFeature(deps: PolicyChatDeps): Feature {
  return async (ctx, next) => {
    const command = ctx.message.kind === 'text' ? parseOfficeQuestionCommand(ctx.text) : null;
    if (!command) return next();
    const inOfficeRoom = ctx.isGroup && ctx.message.roomId === (await deps.office.officeRoomId());
    const isAdmin = ctx.role === 'office_admin';
    // Unaddressed group chatter is only taken from admins in the office room.
    if (!ctx.addressed && !(inOfficeRoom && isAdmin)) return next();

    ctx.handledBy = 'policy-qa:office';
    if (!isAdmin) return ctx.reply(ADMINS_ONLY);
    if (ctx.isGroup && !inOfficeRoom) return ctx.reply(OFFICE_ROOM_OR_PRIVATE);
    switch (command.kind) {
      case 'answer':
        return relayOfficeAnswer(ctx, deps, command.number, command.answer);
      case 'list':
        return listOpenQuestions(ctx, deps);
      case 'promote':
        return promoteAnswerToFact(ctx, deps, command.number);
    }
  };
}
