import type { Bilingual, Lang, PlanDefinition, PlanDuty, PlanStage, PlanSubjectRef, PlanUnit } from './plan-definition.js';

export type PlanSubject = { type: 'stage'; stage: PlanStage } | { type: 'duty'; duty: PlanDuty };

/** Throws: a subject missing from its own plan means the store and the plan are out of sync. */
export function subjectOf(plan: PlanDefinition, ref: PlanSubjectRef): PlanSubject {
  if (ref.type === 'stage') {
    const stage = plan.stages.find((candidate) => candidate.code === ref.code);
    if (stage) return { type: 'stage', stage };
  } else {
    const duty = plan.duties.find((candidate) => candidate.code === ref.code);
    if (duty) return { type: 'duty', duty };
  }
  throw new Error(`Plan ${plan.code} has no ${ref.type} ${ref.code}`);
}

export function subjectTitle(subject: PlanSubject): Bilingual {
  return subject.type === 'stage' ? subject.stage.title : subject.duty.title;
}

export function unitOf(plan: PlanDefinition, code: string): PlanUnit | undefined {
  return plan.units.find((unit) => unit.code === code);
}

/** The name people use in chat: the first alias (民宗委) in Chinese, else the full name. */
export function unitShortName(plan: PlanDefinition, code: string, lang: Lang): string {
  const unit = unitOf(plan, code);
  if (!unit) return code;
  return lang === 'zh' ? (unit.aliases[0] ?? unit.name.zh) : unit.name.en;
}

export function recipientName(plan: PlanDefinition, code: string, lang: Lang): string {
  return plan.recipients.find((recipient) => recipient.code === code)?.name[lang] ?? code;
}

/** "各成员单位" when a text addresses every unit, else their short names. */
export function audienceLabel(plan: PlanDefinition, unitCodes: readonly string[], lang: Lang): string {
  if (unitCodes.length === plan.units.length) return lang === 'zh' ? '各成员单位' : 'all member units';
  return unitCodes.map((code) => unitShortName(plan, code, lang)).join(lang === 'zh' ? '、' : ', ');
}
