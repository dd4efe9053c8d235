import type { DialogueContext } from '../dialogue/context.js';
import { maskPersonalData } from '../shared/mask-personal-data.js';
import { questionLabel, type PolicyChatDeps } from './chat-deps.js';
import type { Actor, OpenQuestion } from './ports.js';

export function actorOf(ctx: DialogueContext): Actor {
  return { personId: ctx.person?.id ?? null, contactId: ctx.message.senderId, name: ctx.person?.name ?? ctx.message.senderName };
}

function relayText(question: OpenQuestion, answer: string): string {
  const label = questionLabel(question.number);
  return question.lang === 'zh'
    ? `您之前问的问题（${label}）：「${question.text}」\n工作人员答复：${answer}\n（来源：行动组办公室答复）`
    : `About the question you asked (${label}): "${question.text}"\nThe office replies: ${answer}\n(Source: action-team office)`;
}

/**
 * `答复 Q12 <内容>`: the office's answer goes to the asker privately (the answer may concern the
 * family), the question is marked answered with an audit entry, and the admin gets a confirmation.
 * The first answer wins; a second one is refused and changes nothing.
 */
export async function relayOfficeAnswer(ctx: DialogueContext, deps: PolicyChatDeps, number: number, rawAnswer: string): Promise<void> {
  const label = questionLabel(number);
  const answer = maskPersonalData(rawAnswer.trim());
  if (answer === '') {
    ctx.reply({
      zh: `请在编号后写上答复内容，例如：答复 ${label} 营养餐补助按每生每天4元直接拨到学校食堂。`,
      en: `Please write the answer after the number, e.g. answer ${label} The meal subsidy goes straight to the school canteen.`,
    });
    return;
  }
  const result = await deps.openQuestions.answer({ number, answer, by: actorOf(ctx), messageId: ctx.message.id, at: ctx.now });
  if (result.outcome === 'unknown') {
    ctx.reply({ zh: `没有找到问题 ${label}。发送「待答」查看还没答复的问题。`, en: `There is no question ${label}. Send "待答" to list the open questions.` });
    return;
  }
  const question = result.question;
  if (result.outcome === 'already_answered') {
    ctx.reply({
      zh: `${label} 已经答复过了，没有再次转告。已有的答复：${question.answer ?? ''}`,
      en: `${label} has already been answered, so nothing was sent again. The answer given: ${question.answer ?? ''}`,
    });
    return;
  }
  ctx.sendTo(question.askerContactId, relayText(question, answer));
  ctx.record('open_question_answer', label);
  ctx.reply({
    zh: `已把 ${label} 的答复私信转告 ${question.askerName}。想让以后同样的提问直接得到这个答复，发送「转为政策 ${label}」。`,
    en: `The answer to ${label} was sent privately to ${question.askerName}. To let later askers get it directly, send "转为政策 ${label}".`,
  });
}
