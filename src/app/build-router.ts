// Which features answer, in which order. Capabilities add themselves here.
import { cancelFeature } from '../dialogue/features/cancel.js';
import { bindFeature } from '../dialogue/features/bind.js';
import { fallbackFeature } from '../dialogue/features/fallback.js';
import { helpFeature } from '../dialogue/features/help.js';
import { HelpCatalog } from '../dialogue/help-catalog.js';
import type { PeopleDirectory } from '../dialogue/ports.js';
import { checkInFeature } from '../check-ins/check-in-feature.js';
import { CHECK_IN_HELP } from '../check-ins/check-in-help.js';
import type { VisitLedger } from '../check-ins/ports.js';
import { DialogueRouter } from '../dialogue/router.js';
import { answerPolicyQuestionFeature } from '../policy-qa/answer-policy-question.js';
import type { PolicyChatDeps } from '../policy-qa/chat-deps.js';
import { eligibilityFlowFeature } from '../policy-qa/eligibility-flow.js';
import { officeQuestionCommandsFeature } from '../policy-qa/office-question-commands.js';
import { reminderChatFeatures } from '../reminders/chat-features.js';
import type { ReminderDeps } from '../reminders/ports.js';
import { REMINDER_HELP } from '../reminders/reminder-help.js';

export type RouterDeps = { people: PeopleDirectory; policy: PolicyChatDeps; visits: VisitLedger; reminders: ReminderDeps };

export function buildRouter(deps: RouterDeps): DialogueRouter {
  const help = new HelpCatalog()
    .add({ roles: ['stranger', 'parent'], text: { zh: '绑定身份：发送「绑定 邀请码」（邀请码由办公室发放）', en: 'Register: send "bind <invite code>" (the office gives you the code)' } })
    .add({ roles: ['stranger', 'parent', 'helper'], text: { zh: '问补助政策：例如「营养餐一天补多少钱？」（回答注明文件和条款）', en: 'Ask about a subsidy, e.g. "How much is the nutrition meal subsidy per day?" (answers cite the document)' } })
    .add({ roles: ['stranger', 'parent', 'helper'], text: { zh: '核对能领哪些补助：发送「我家孩子能领什么补助？」，我会一项一项问您', en: 'Check what your child can get: send "What can my child get?" and answer a few questions' } })
    .add({ roles: ['office_admin'], text: { zh: '待答：列出还没答复的家长问题', en: '待答: list the questions waiting for an answer' } })
    .add({ roles: ['office_admin'], text: { zh: '答复 Q12 内容：把答复私信转告提问人（也可以在办公室群里引用待答消息直接回复）', en: '答复 Q12 <answer>: send the answer to the asker privately (or quote the notice in the office room)' } })
    .add({ roles: ['office_admin'], text: { zh: '转为政策 Q12：把已答复的问题加入政策库，以后同样的提问直接回答', en: '转为政策 Q12: add an answered question to the policy table so it is answered directly next time' } });
  for (const entry of [...CHECK_IN_HELP, ...REMINDER_HELP]) help.add(entry);
  const reminders = reminderChatFeatures(deps.reminders);
  const router = new DialogueRouter()
    // Admins answer hand-offs in the office room without @-mentioning the bot (quotes), so this
    // listens to every group message; it takes only its own commands.
    .listenInGroups(officeQuestionCommandsFeature(deps.policy));
  // Units say 收到 without mentioning the bot; office reminder commands come unaddressed too.
  for (const listener of reminders.groupListeners) router.listenInGroups(listener);
  for (const feature of reminders.features) router.use(feature);
  return (
    router
      // Before 取消 (cancelling a report withdraws its draft) and before policy answers (a
      // helper's visit report is not a question).
      .use(checkInFeature({ ledger: deps.visits }))
      .use(cancelFeature)
      .use(helpFeature(help))
      .use(bindFeature(deps.people))
      // A running eligibility check gets the person's answers before any other capability.
      .use(eligibilityFlowFeature(deps.policy))
      // Takes every remaining addressed question, so it stays last before the fallback.
      .use(answerPolicyQuestionFeature(deps.policy))
      .use(fallbackFeature)
  );
}
