// The unit acknowledgement/submission table of one plan: who said 收到 or 已提交 to what.
import { AppError } from '../../shared/app-error.js';
import type { CellValue, Report, ReportSheet } from '../../shared/report-table.js';
import type { Lang, PlanDefinition } from '../plan-definition.js';
import type { StoredPlan } from '../ports.js';
import { monthLabel, responseColumnKey, responseColumns, type ResponseColumn } from './response-columns.js';
import type { PlanResponse, UnitResponseReportSource } from './unit-response-report-source.js';

export interface UnitResponseReportOptions {
  planId: string;
  /** The language of unit names and the cells' own words; headers come in both. */
  lang?: Lang;
}

const STATE_LABEL = {
  submitted: { zh: '已提交', en: 'submitted' },
  acknowledged: { zh: '已收到', en: 'acknowledged' },
} as const;
/** A unit the plan does not ask about a stage or duty: unlike a blank, nothing is missing. */
const NOT_ASKED = '—';

export async function buildUnitResponseReport(source: UnitResponseReportSource, options: UnitResponseReportOptions): Promise<Report> {
  const lang = options.lang ?? 'zh';
  const plan = await source.plan(options.planId);
  if (!plan) throw new AppError(`plan ${options.planId} is not stored`, { zh: '没有找到这个计划。', en: 'No such plan.' });
  const responses = await source.responses(plan.id);
  const { title, year } = plan.definition;
  return {
    title: { zh: `${title.zh}（${year}年）单位回复情况`, en: `${title.en} ${year}: unit responses` },
    sheets: [statusSheet(plan, responses, lang), responseListSheet(plan.definition, responses, lang)],
  };
}

function statusSheet(plan: StoredPlan, responses: readonly PlanResponse[], lang: Lang): ReportSheet {
  const columns = responseColumns(plan.definition);
  const strongest = strongestResponses(responses);
  const cellOf = (column: ResponseColumn, unitCode: string): CellValue => {
    const state = strongest.get(`${column.key}|${unitCode}`);
    if (state) return STATE_LABEL[state][lang];
    return column.unitCodes.includes(unitCode) ? null : NOT_ASKED;
  };
  const rows = plan.definition.units.map((unit) => ({
    unit: unit.name[lang],
    ...Object.fromEntries(columns.map((column) => [column.key, cellOf(column, unit.code)])),
  }));
  const tally = (column: ResponseColumn): string => {
    const states = column.unitCodes.map((code) => strongest.get(`${column.key}|${code}`));
    const submitted = states.filter((state) => state === 'submitted').length;
    const acknowledged = states.filter((state) => state === 'acknowledged').length;
    return lang === 'zh'
      ? `已提交${submitted}，已收到${acknowledged}，共${column.unitCodes.length}`
      : `${submitted} submitted, ${acknowledged} acknowledged of ${column.unitCodes.length}`;
  };
  return {
    name: { zh: '回复情况', en: 'Status' },
    columns: [
      { key: 'unit', header: { zh: '单位', en: 'Unit' }, kind: 'text' },
      ...columns.map((column) => ({ key: column.key, header: column.header, kind: 'text' as const })),
    ],
    rows,
    totals: { unit: lang === 'zh' ? '合计' : 'Total', ...Object.fromEntries(columns.map((column) => [column.key, tally(column)])) },
  };
}

/** A submission outranks an acknowledgement, whatever came last. */
function strongestResponses(responses: readonly PlanResponse[]): Map<string, PlanResponse['state']> {
  const strongest = new Map<string, PlanResponse['state']>();
  for (const response of responses) {
    const key = `${responseColumnKey(response.subject, response.periodIndex)}|${response.unitCode}`;
    if (strongest.get(key) !== 'submitted') strongest.set(key, response.state);
  }
  return strongest;
}

function responseListSheet(plan: PlanDefinition, responses: readonly PlanResponse[], lang: Lang): ReportSheet {
  const unitName = new Map(plan.units.map((unit) => [unit.code, unit.name[lang]]));
  const subjectTitle = (response: PlanResponse): string => {
    const subjects = response.subject.type === 'stage' ? plan.stages : plan.duties;
    // A stage or duty a later import dropped keeps its responses, under its code.
    return subjects.find((subject) => subject.code === response.subject.code)?.title[lang] ?? response.subject.code;
  };
  const isMonthly = (response: PlanResponse) =>
    response.subject.type === 'duty' && plan.duties.find((duty) => duty.code === response.subject.code)?.schedule.type === 'monthly';
  const rows = [...responses]
    .sort((a, b) => a.at.getTime() - b.at.getTime())
    .map((response) => ({
      unit: unitName.get(response.unitCode) ?? response.unitCode,
      subject: subjectTitle(response),
      period: isMonthly(response) ? monthLabel(response.periodIndex, lang) : null,
      state: STATE_LABEL[response.state][lang],
      at: response.at,
      by: response.by,
    }));
  return {
    name: { zh: '回复明细', en: 'Responses' },
    columns: [
      { key: 'unit', header: { zh: '单位', en: 'Unit' }, kind: 'text' },
      { key: 'subject', header: { zh: '阶段/任务', en: 'Stage / duty' }, kind: 'text' },
      { key: 'period', header: { zh: '期次', en: 'Period' }, kind: 'text' },
      { key: 'state', header: { zh: '状态', en: 'State' }, kind: 'text' },
      { key: 'at', header: { zh: '时间', en: 'Time' }, kind: 'datetime' },
      { key: 'by', header: { zh: '回复人', en: 'By' }, kind: 'text' },
    ],
    rows,
  };
}
