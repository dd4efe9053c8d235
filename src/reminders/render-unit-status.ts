import type { UnitResponseState } from './escalation.js';
import { formatMonth } from './format-dates.js';
import type { Lang, PlanDefinition, PlanSubjectRef } from './plan-definition.js';
import { subjectOf, subjectTitle, unitShortName } from './plan-lookup.js';

export interface UnitResponse {
  unitCode: string;
  state: UnitResponseState;
}

export interface RenderUnitStatusInput {
  plan: PlanDefinition;
  subject: PlanSubjectRef;
  /** Month of a monthly duty, to say which report; omit for stages and one-off duties. */
  periodIndex?: number;
  /** Units missing from the list count as not replied. */
  responses: readonly UnitResponse[];
  lang: Lang;
}

/**
 * The answer to 谁没回 / 进度: who submitted, who only acknowledged, who said nothing — short
 * names on three lines so it reads on a phone. Also used as the escalation note to the office.
 */
export function renderUnitStatus(input: RenderUnitStatusInput): string {
  const { plan, lang } = input;
  const subject = subjectOf(plan, input.subject);
  const unitCodes = subject.type === 'stage' ? subject.stage.unitCodes : subject.duty.unitCodes;
  const stateOf = new Map(input.responses.map((response) => [response.unitCode, response.state]));
  const group = (state: UnitResponseState): string[] =>
    unitCodes.filter((code) => (stateOf.get(code) ?? 'none') === state).map((code) => unitShortName(plan, code, lang));

  const submitted = group('submitted');
  const acknowledged = group('acknowledged');
  const silent = group('none');
  const period =
    input.periodIndex && subject.type === 'duty' && subject.duty.schedule.type === 'monthly'
      ? lang === 'zh'
        ? `（${formatMonth(plan.year, input.periodIndex, 'zh')}）`
        : ` (${formatMonth(plan.year, input.periodIndex, 'en')})`
      : '';
  const title = `${subjectTitle(subject)[lang]}${period}`;
  const separator = lang === 'zh' ? '、' : ', ';
  const line = (icon: string, label: string, names: string[]): string =>
    `${icon} ${label} ${names.length}${names.length ? `${lang === 'zh' ? '：' : ': '}${names.join(separator)}` : ''}`;

  const lines =
    lang === 'zh'
      ? [
          `${title} 回复情况（共${unitCodes.length}个单位）`,
          line('✅', '已提交', submitted),
          line('👌', '仅收到', acknowledged),
          line('⏳', '未回复', silent),
        ]
      : [
          `${title}: replies (${unitCodes.length} unit${unitCodes.length === 1 ? '' : 's'})`,
          line('✅', 'Submitted', submitted),
          line('👌', 'Acknowledged only', acknowledged),
          line('⏳', 'No reply', silent),
        ];
  if (submitted.length === unitCodes.length) lines.push(lang === 'zh' ? '全部单位已提交。' : 'All units have submitted.');
  return lines.join('\n');
}
