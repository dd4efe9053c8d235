import type { DialogueContext } from '../dialogue/context.js';
import { maskPersonalData } from '../shared/mask-personal-data.js';
import { questionLabel, type PolicyChatDeps } from './chat-deps.js';
import type { ReplyLanguage } from './detect-language.js';
import type { OpenQuestion } from './ports.js';

export type HandOffInput = {
  /** What the asker asked, as they wrote it; stored masked. */
  question: string;
  /** The honest "I don't know" (possibly after a partial answer) the asker gets. */
  reply: string;
  lang: ReplyLanguage;
  /** Continue in a private chat (a personal question asked in a group). */
  privately: boolean;
};

function officeNotice(question: OpenQuestion, where: string): string {
  const label = questionLabel(question.number);
  return `待答问题 ${label}：${question.text}\n（提问人：${question.askerName}，${where}）　回复「答复 ${label} 内容」即可转告家长`;
}

/**
 * A question nobody can answer from the policy table goes to a person: it is recorded as an
 * open question (once per inbound message, so a retried job does not record it twice) and posted
 * to the action-team office room, and the asker is told plainly that a person will answer.
 */
export async function handOffQuestion(ctx: DialogueContext, deps: PolicyChatDeps, input: HandOffInput): Promise<OpenQuestion> {
  const question = await deps.openQuestions.record({
    sourceMessageId: ctx.message.id,
    askerContactId: ctx.message.senderId,
    askerPersonId: ctx.person?.id ?? null,
    askerName: ctx.person?.name ?? ctx.message.senderName,
    chatId: ctx.message.chatId,
    roomId: ctx.message.roomId,
    text: maskPersonalData(input.question),
    lang: input.lang,
  });
  const label = questionLabel(question.number);
  const reply = `${input.reply}\n${input.lang === 'zh' ? `（问题编号 ${label}）` : `(question ${label})`}`;
  if (input.privately) ctx.replyPrivately(reply);
  else ctx.reply(reply);

  const officeRoomId = await deps.office.officeRoomId();
  // Without an office room the question still waits in 待答 for an admin to pick up.
  if (officeRoomId) ctx.sendTo(officeRoomId, officeNotice(question, ctx.isGroup ? '群聊' : '私聊'));
  ctx.record('open_question', label);
  return question;
}
