// What the unit acknowledgement/submission export reads; src/store/reports/ implements it.
import type { UnitResponseState } from '../escalation.js';
import type { PlanSubjectRef } from '../plan-definition.js';
import type { StoredPlan } from '../ports.js';

/** One 收到 / 已提交 a unit sent about a stage or a duty period. */
export interface PlanResponse {
  subject: PlanSubjectRef;
  periodIndex: number;
  unitCode: string;
  state: Exclude<UnitResponseState, 'none'>;
  at: Date;
  /** The person's name when the contact is bound to one, else the WeChat contact id. */
  by: string;
}

export interface UnitResponseReportSource {
  /** As PlanStore.byId: the file's plan with the office's date changes. */
  plan(planId: string): Promise<StoredPlan | null>;
  /** Every response recorded for the plan, oldest first. */
  responses(planId: string): Promise<PlanResponse[]>;
}
