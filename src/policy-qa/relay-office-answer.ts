import type { DialogueContext } from '../dialogue/context.js';
import { questionLabel, type PolicyChatDeps } from './chat-deps.js';
import { answerOpenQuestion } from './answer-open-question.js';
import type { Actor } from './ports.js';

export function actorOf(ctx: DialogueContext): Actor {
  return { personId: ctx.person?.id ?? null, contactId: ctx.message.senderId, name: ctx.person?.name ?? ctx.message.senderName };
}

/**
 * `答复 Q12 <内容>`: the office's answer goes to the asker privately (the answer may concern the
 * family), the question is marked answered with an audit entry, and the admin gets a confirmation.
 * The first answer wins; a second one is refused and changes nothing.
 */
export async function relayOfficeAnswer(ctx: DialogueContext, deps: PolicyChatDeps, number: number, rawAnswer: string): Promise<void> {
  const label = questionLabel(number);
  const result = await answerOpenQuestion(deps.openQuestions, { number, answer: rawAnswer, by: actorOf(ctx), messageId: ctx.message.id, at: ctx.now });
  switch (result.outcome) {
    case 'empty':
      return ctx.reply({
        zh: `请在编号后写上答复内容，例如：答复 ${label} 营养餐补助按每生每天4元直接拨到学校食堂。`,
        en: `Please write the answer after the number, e.g. answer ${label} The meal subsidy goes straight to the school canteen.`,
      });
    case 'unknown':
      return ctx.reply({ zh: `没有找到问题 ${label}。发送「待答」查看还没答复的问题。`, en: `There is no question ${label}. Send "待答" to list the open questions.` });
    case 'already_answered':
      return ctx.reply({
        zh: `${label} 已经答复过了，没有再次转告。已有的答复：${result.question.answer ?? ''}`,
        en: `${label} has already been answered, so nothing was sent again. The answer given: ${result.question.answer ?? ''}`,
      });
    case 'answered':
      ctx.replies.push(result.relay);
      ctx.record('open_question_answer', label);
      return ctx.reply({
        zh: `已把 ${label} 的答复私信转告 ${result.question.askerName}。想让以后同样的提问直接得到这个答复，发送「转为政策 ${label}」。`,
        en: `The answer to ${label} was sent privately to ${result.question.askerName}. To let later askers get it directly, send "转为政策 ${label}".`,
      });
  }
}
