import { readFileSync } from 'node:fs';
import type { PlanDefinition } from '../plan-definition.js';
import { parsePlanFile } from '../plan-file.js';

/** The shipped plan file, for the admin import and the demo county seed. */
export const BORDER_ACTION_PLAN_FILE = new URL('./border-action-plan.yaml', import.meta.url);

export function loadBorderActionPlan(year: number): PlanDefinition {
  return parsePlanFile(readFileSync(BORDER_ACTION_PLAN_FILE, 'utf8'), { format: 'yaml', year });
}
