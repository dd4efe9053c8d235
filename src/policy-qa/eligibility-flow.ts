import type { DialogueContext, Feature } from '../dialogue/context.js';
import { maskPersonalData } from '../shared/mask-personal-data.js';
import type { PolicyChatDeps } from './chat-deps.js';
import type { ReplyLanguage } from './detect-language.js';
import {
  extractEligibilityFacts,
  isEligibilityQuestion,
  listEligibleItems,
  nextEligibilityQuestion,
  parseEligibilityAnswer,
  type EligibilityFacts,
  type EligibilityField,
} from './eligibility.js';
import { handOffQuestion } from './hand-off-question.js';

export const ELIGIBILITY_FLOW = 'eligibility';

/** What the conversation store keeps between the questions; it expires with the conversation TTL. */
type FlowData = { facts: Partial<EligibilityFacts>; lang: ReplyLanguage; question: string };

function readFlowData(data: Record<string, unknown>): FlowData {
  return {
    facts: (data.facts ?? {}) as Partial<EligibilityFacts>,
    lang: data.lang === 'en' ? 'en' : 'zh',
    question: typeof data.question === 'string' ? data.question : '',
  };
}

// A family's situation is personal: once the check has started, it stays in the private chat.
function say(ctx: DialogueContext, text: string): void {
  if (ctx.isGroup) ctx.replyPrivately(text);
  else ctx.reply(text);
}

/** Asks the next missing fact, or lists what the family can get and ends the check. */
async function askOrConclude(ctx: DialogueContext, deps: PolicyChatDeps, flow: FlowData, preface: string): Promise<void> {
  const next = nextEligibilityQuestion(flow.facts, flow.lang);
  if (next) {
    ctx.conversation.set(ELIGIBILITY_FLOW, next.field, { ...flow });
    say(ctx, preface ? `${preface}\n${next.text}` : next.text);
    return;
  }
  ctx.conversation.clear();
  const items = listEligibleItems(await deps.library.knowledgeBase(), flow.facts, flow.lang);
  if (!items.handoff) {
    say(ctx, items.text);
    return;
  }
  const situation = items.text.split('\n')[0] ?? '';
  await handOffQuestion(ctx, deps, { question: `${flow.question}\n${situation}`, reply: items.text, lang: flow.lang, privately: ctx.isGroup });
}

/** Starts the check with whatever the question already says ("我家是建档立卡户，孩子上初中…"). */
export async function startEligibilityCheck(ctx: DialogueContext, deps: PolicyChatDeps, question: string): Promise<void> {
  ctx.handledBy = 'policy-qa:eligibility';
  const lang = ctx.lang;
  const flow: FlowData = { facts: extractEligibilityFacts(question), lang, question: maskPersonalData(question) };
  const intro =
    lang === 'zh'
      ? '好的，我帮您核对孩子能享受哪些补助，需要问您几个问题（随时发送「取消」可结束）。'
      : 'Sure, let me check which subsidies your child can get. I need to ask a few questions (send "cancel" at any time to stop).';
  await askOrConclude(ctx, deps, flow, intro);
}

const QUESTION_MARK = /[?？]/;

/**
 * While a check is running, the person's next messages answer its questions. An answer that is
 * not understood gets the question again, with its example, and changes nothing. A message that
 * is not an answer but clearly a new question (it has a question mark) is answered as a question
 * by the features after this one, and the pending check question is repeated after the answer.
 */
export function eligibilityFlowFeature(deps: PolicyChatDeps): Feature {
  return async (ctx, next) => {
    const state = ctx.conversation.current;
    if (state?.flow !== ELIGIBILITY_FLOW || ctx.message.kind !== 'text' || !ctx.addressed) return next();
    const flow = readFlowData(state.data);
    const field = state.step as EligibilityField;
    const answer = parseEligibilityAnswer(field, ctx.text);

    if (answer === undefined && (QUESTION_MARK.test(ctx.text) || isEligibilityQuestion(ctx.text))) {
      await next();
      // Still mid-check (the question did not start a new one): remind what we were asking.
      const pending = nextEligibilityQuestion(flow.facts, flow.lang);
      if (!ctx.conversation.pending && pending) {
        say(ctx, flow.lang === 'zh' ? `（补助核对还没结束：${pending.text} 发送「取消」可结束。）` : `(The subsidy check is still open: ${pending.text} Send "cancel" to stop.)`);
      }
      return;
    }

    ctx.handledBy = 'policy-qa:eligibility';
    if (answer === undefined) {
      const again = nextEligibilityQuestion(flow.facts, flow.lang);
      say(ctx, `${flow.lang === 'zh' ? '抱歉，没看明白您的回答。' : 'Sorry, I did not understand that answer.'}\n${again?.text ?? ''}`.trim());
      return;
    }
    // "初中，住校，建档立卡户" answers more than was asked: keep every fact the reply gives.
    const facts: Partial<EligibilityFacts> = { ...flow.facts, ...extractEligibilityFacts(ctx.text), [field]: answer };
    await askOrConclude(ctx, deps, { ...flow, facts }, '');
  };
}
