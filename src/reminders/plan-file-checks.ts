import { bilingualMessage } from './plan-file-error.js';
import type { PlanFileContent, PlanFileRule } from './plan-file-schema.js';
import { reminderKindFor } from './reminder-kind.js';
import { isRealDate } from './shanghai-time.js';

export type IssuePath = (string | number)[];
export interface PathIssue {
  path: IssuePath;
  message: string;
}

/**
 * Checks the schema cannot express: codes referring to each other, real dates in the import
 * year, ranges in order. Returns every problem at once so the office fixes the file in one go.
 */
export function checkPlanFile(plan: PlanFileContent, year: number): PathIssue[] {
  const issues: PathIssue[] = [];
  const unitCodes = new Set(plan.units.map((unit) => unit.code));
  const recipientCodes = new Set(plan.recipients.map((recipient) => recipient.code));

  checkUnique(issues, plan.units.map((unit, index) => ({ code: unit.code, path: ['units', index, 'code'] })));
  checkUnique(issues, plan.recipients.map((r, index) => ({ code: r.code, path: ['recipients', index, 'code'] })));
  checkUnique(issues, plan.reminder_rules.map((r, index) => ({ code: r.code, path: ['reminder_rules', index, 'code'] })));
  // Stages and duties share one namespace: office commands and occurrence keys name either by code.
  checkUnique(issues, [
    ...plan.stages.map((stage, index) => ({ code: stage.code, path: ['stages', index, 'code'] })),
    ...plan.duties.map((duty, index) => ({ code: duty.code, path: ['duties', index, 'code'] })),
  ]);

  if (plan.leading_unit !== undefined && !unitCodes.has(plan.leading_unit)) {
    issues.push({ path: ['leading_unit'], message: unknownUnit(plan.leading_unit) });
  }

  plan.stages.forEach((stage, index) => {
    const at = (...rest: IssuePath): IssuePath => ['stages', index, ...rest];
    const startOk = checkMonthDay(issues, stage.start, year, at('start'));
    const endOk = checkMonthDay(issues, stage.end, year, at('end'));
    if (startOk && endOk && stage.end < stage.start) {
      issues.push({
        path: at('end'),
        message: bilingualMessage(
          `结束日期 ${stage.end} 早于开始日期 ${stage.start}`,
          `end ${stage.end} is before start ${stage.start}`,
        ),
      });
    }
    checkUnitSelection(issues, stage.units, unitCodes, at('units'));
    if (stage.deliverable) {
      checkRecipient(issues, stage.deliverable.to, recipientCodes, at('deliverable', 'to'));
      if (stage.deliverable.due !== undefined) checkMonthDay(issues, stage.deliverable.due, year, at('deliverable', 'due'));
    }
  });

  plan.duties.forEach((duty, index) => {
    const at = (...rest: IssuePath): IssuePath => ['duties', index, ...rest];
    checkUnitSelection(issues, duty.units, unitCodes, at('units'));
    checkRecipient(issues, duty.to, recipientCodes, at('to'));
    if ((duty.due === undefined) === (duty.recurrence === undefined)) {
      issues.push({
        path: at(),
        message: bilingualMessage('须写 due（一次性截止日）或 recurrence（周期）二者之一', 'needs exactly one of `due` or `recurrence`'),
      });
    }
    if (duty.due !== undefined) checkMonthDay(issues, duty.due, year, at('due'));
    const recurrence = duty.recurrence;
    if (recurrence?.until !== undefined && recurrence.until < recurrence.from) {
      issues.push({
        path: at('recurrence', 'until'),
        message: bilingualMessage('结束月份早于开始月份', '`until` is before `from`'),
      });
    }
  });

  plan.reminder_rules.forEach((rule, index) => {
    const problem = kindProblem(rule);
    if (problem) issues.push({ path: ['reminder_rules', index, 'kind'], message: problem });
  });

  const { second_reminder_after_hours: second, private_message_after_hours: privately, office_note_after_hours: office } =
    plan.escalation;
  if (!(second < privately && privately < office)) {
    issues.push({
      path: ['escalation'],
      message: bilingualMessage(
        '升级时间应递增：再次提醒 < 私信联系人 < 通知办公室',
        'escalation hours must increase: second reminder < private message < office note',
      ),
    });
  }
  return issues;
}

function checkUnique(issues: PathIssue[], entries: { code: string; path: IssuePath }[]): void {
  const seen = new Set<string>();
  for (const { code, path } of entries) {
    if (seen.has(code)) issues.push({ path, message: bilingualMessage(`代码重复：${code}`, `duplicate code: ${code}`) });
    seen.add(code);
  }
}

function checkMonthDay(issues: PathIssue[], monthDay: string, year: number, path: IssuePath): boolean {
  const [month, day] = monthDay.split('-').map(Number);
  if (isRealDate(year, month ?? 0, day ?? 0)) return true;
  issues.push({
    path,
    message: bilingualMessage(`${year}年没有 ${monthDay} 这一天`, `${monthDay} is not a real date in ${year}`),
  });
  return false;
}

function checkUnitSelection(issues: PathIssue[], units: 'all' | string[], known: Set<string>, path: IssuePath): void {
  if (units === 'all') return;
  units.forEach((code, index) => {
    if (!known.has(code)) issues.push({ path: [...path, index], message: unknownUnit(code) });
  });
}

function checkRecipient(issues: PathIssue[], code: string, known: Set<string>, path: IssuePath): void {
  if (!known.has(code)) {
    issues.push({
      path,
      message: bilingualMessage(`未知的报送对象：${code}（请先在 recipients 中定义）`, `unknown recipient: ${code} (define it under recipients)`),
    });
  }
}

function unknownUnit(code: string): string {
  return bilingualMessage(`未知的单位代码：${code}（请先在 units 中定义）`, `unknown unit code: ${code} (define it under units)`);
}

/**
 * The kind follows from anchor and offset (see `reminderKindFor`); a written `kind` only
 * documents it, so one that contradicts them (an "overdue" before the due date) is a mistake.
 */
function kindProblem(rule: PlanFileRule): string | undefined {
  if (rule.anchor === 'stage_end' && rule.offset_days > 0) {
    return bilingualMessage(
      'stage_end 之后的提醒请用 anchor: due 与 kind: overdue（需有交付物）',
      'for reminders after a stage ends use anchor: due with kind: overdue (needs a deliverable)',
    );
  }
  const derived = reminderKindFor(rule.anchor, rule.offset_days);
  if (rule.kind === undefined || rule.kind === derived) return undefined;
  return bilingualMessage(
    `${rule.anchor} 偏移 ${rule.offset_days} 天应为 ${derived}，而不是 ${rule.kind}`,
    `anchor ${rule.anchor} with offset_days=${rule.offset_days} is ${derived}, not ${rule.kind}`,
  );
}
