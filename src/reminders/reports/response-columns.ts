// The columns of the unit response table: each stage, then each period of each duty.
import type { Bilingual, Lang, PlanDefinition, PlanSubjectRef } from '../plan-definition.js';

export interface ResponseColumn {
  key: string;
  header: Bilingual;
  subject: PlanSubjectRef;
  periodIndex: number;
  /** The units the plan asks to answer it. */
  unitCodes: readonly string[];
}

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** 3月 / Mar: which report of a monthly duty. */
export function monthLabel(month: number, lang: Lang): string {
  return lang === 'zh' ? `${month}月` : (EN_MONTHS[month - 1] ?? String(month));
}

export function responseColumnKey(subject: PlanSubjectRef, periodIndex: number): string {
  return `${subject.type}:${subject.code}:${periodIndex}`;
}

export function responseColumns(plan: PlanDefinition): ResponseColumn[] {
  const stages = plan.stages.map((stage): ResponseColumn => {
    const subject = { type: 'stage', code: stage.code } as const;
    return { key: responseColumnKey(subject, 0), header: stage.title, subject, periodIndex: 0, unitCodes: stage.unitCodes };
  });
  const duties = plan.duties.flatMap((duty) =>
    duty.dueDates.map((period): ResponseColumn => {
      const subject = { type: 'duty', code: duty.code } as const;
      const monthly = duty.schedule.type === 'monthly';
      const header = monthly
        ? { zh: `${duty.title.zh}（${monthLabel(period.periodIndex, 'zh')}）`, en: `${duty.title.en} (${monthLabel(period.periodIndex, 'en')})` }
        : duty.title;
      return { key: responseColumnKey(subject, period.periodIndex), header, subject, periodIndex: period.periodIndex, unitCodes: duty.unitCodes };
    }),
  );
  return [...stages, ...duties];
}
