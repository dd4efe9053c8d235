import type { DialogueContext } from '../dialogue/context.js';
import type { UnitResponseState } from './escalation.js';
import type { PlanSubjectRef } from './plan-definition.js';
import type { ReminderDeps, StoredPlan, SubjectPeriod, UnitResponseRecord } from './ports.js';
import { renderUnitStatus, type UnitResponse } from './render-unit-status.js';
import { parseYmd, shanghaiDateOf } from './shanghai-time.js';

const RECENT_MS = 30 * 86_400_000;
const MAX_SUBJECTS = 3;

/**
 * 谁没回 / 进度 [事项]: per stage or duty, who submitted, who only acknowledged, who said nothing.
 * Without a subject: the stages and duties reminded in the last 30 days, latest first.
 */
export async function showUnitStatus(ctx: DialogueContext, deps: ReminderDeps, plan: StoredPlan, ref: PlanSubjectRef | undefined): Promise<void> {
  ctx.handledBy = 'reminders:status';
  const recent = await deps.ledger.recentlyReminded(new Date(ctx.now.getTime() - RECENT_MS), ref ? 50 : MAX_SUBJECTS);
  const targets: SubjectPeriod[] = ref ? [periodFor(plan, ref, recent, ctx.now)] : recent;
  if (targets.length === 0) {
    ctx.reply({
      zh: '最近30天还没有发出过提醒。可以发送「谁没回 动员部署」查看某个阶段，或「提醒列表」查看接下来的提醒。',
      en: 'No reminders were sent in the last 30 days. Send "who hasn\'t replied <stage>" for one stage, or "reminders" for the coming ones.',
    });
    return;
  }
  const blocks: string[] = [];
  for (const target of targets) {
    const targetPlan = target.planId === plan.id ? plan : await deps.plans.byId(target.planId);
    if (!targetPlan) continue;
    const responses = strongestPerUnit(await deps.ledger.responses(target));
    blocks.push(renderUnitStatus({ plan: targetPlan.definition, subject: target.subject, periodIndex: target.periodIndex, responses, lang: ctx.lang }));
  }
  ctx.reply(blocks.join('\n\n'));
}

/** A monthly duty asked about by name: the period reminded last, else this month's, else the first. */
function periodFor(plan: StoredPlan, ref: PlanSubjectRef, recent: readonly SubjectPeriod[], now: Date): SubjectPeriod {
  const reminded = recent.find((item) => item.planId === plan.id && item.subject.type === ref.type && item.subject.code === ref.code);
  if (reminded) return reminded;
  const duty = ref.type === 'duty' ? plan.definition.duties.find((candidate) => candidate.code === ref.code) : undefined;
  if (!duty || duty.schedule.type === 'once') return { planId: plan.id, subject: ref, periodIndex: 0 };
  const month = parseYmd(shanghaiDateOf(now)).month;
  const period = duty.dueDates.find((candidate) => candidate.periodIndex === month) ?? duty.dueDates[0];
  return { planId: plan.id, subject: ref, periodIndex: period?.periodIndex ?? 0 };
}

function strongestPerUnit(responses: readonly UnitResponseRecord[]): UnitResponse[] {
  const rank: Record<UnitResponseState, number> = { none: 0, acknowledged: 1, submitted: 2 };
  const best = new Map<string, UnitResponseState>();
  for (const response of responses) {
    if (rank[response.state] > rank[best.get(response.unitCode) ?? 'none']) best.set(response.unitCode, response.state);
  }
  return [...best].map(([unitCode, state]) => ({ unitCode, state }));
}
