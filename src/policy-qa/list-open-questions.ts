import type { DialogueContext } from '../dialogue/context.js';
import { formatBeijing } from '../shared/beijing-time.js';
import { questionLabel, type PolicyChatDeps } from './chat-deps.js';

// A phone screen's worth; older ones are still there after these are answered.
const LISTED = 20;

/** `待答`: the questions still waiting for the office, oldest first. */
export async function listOpenQuestions(ctx: DialogueContext, deps: PolicyChatDeps): Promise<void> {
  const open = await deps.openQuestions.listOpen(LISTED + 1);
  if (open.length === 0) {
    ctx.reply({ zh: '目前没有待答的问题。', en: 'There are no open questions.' });
    return;
  }
  const lines = open.slice(0, LISTED).map((question) => `${questionLabel(question.number)} [${formatBeijing(question.createdAt).slice(5)}] ${question.askerName}：${question.text}`);
  const more = open.length > LISTED ? (ctx.lang === 'zh' ? `……还有更多，先答复以上问题。` : '…and more; answer these first.') : '';
  const heading = ctx.lang === 'zh' ? `待答问题（${Math.min(open.length, LISTED)}${open.length > LISTED ? '+' : ''} 个）：` : `Open questions (${Math.min(open.length, LISTED)}${open.length > LISTED ? '+' : ''}):`;
  const footer = ctx.lang === 'zh' ? '回复「答复 Q编号 内容」即可转告提问人。' : 'Reply "答复 Q<number> <answer>" to pass an answer on.';
  ctx.reply([heading, ...lines, more, footer].filter(Boolean).join('\n'));
}
