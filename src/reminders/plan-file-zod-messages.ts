import type { z } from 'zod';
import { bilingualMessage } from './plan-file-error.js';

// The schema tags its custom checks with these words so the office gets a concrete example.
const TAGGED_MESSAGES: Record<string, [zh: string, en: string]> = {
  slug: ['代码只能用小写英文字母、数字和连字符，如 education-bureau', 'must be a lowercase ASCII code such as education-bureau'],
  month_day: ['日期应写成带引号的 "MM-DD"，如 "01-25"（年份在导入时指定）', 'must be a quoted "MM-DD" date such as "01-25" (the year is given at import)'],
  month: ['月份应写成 "01" 到 "12"', 'must be a month from "01" to "12"'],
  time_of_day: ['时间应写成 "HH:MM"，如 "09:00"', 'must be an "HH:MM" time such as "09:00"'],
  unit_selection: ['应为 all 或单位代码列表', 'must be `all` or a list of unit codes'],
};

/** Turns one zod issue into the importer's bilingual wording. `isMissing` tells absent from wrong. */
export function describeZodIssue(issue: z.core.$ZodIssue, isMissing: boolean): string {
  const tagged = TAGGED_MESSAGES[issue.message];
  if (tagged) return bilingualMessage(...tagged);
  switch (issue.code) {
    case 'invalid_type':
      return isMissing
        ? bilingualMessage('缺少必填字段', 'required field is missing')
        : bilingualMessage(`类型错误，应为 ${issue.expected}`, `wrong type, expected ${issue.expected}`);
    case 'unrecognized_keys':
      return bilingualMessage(`不认识的字段：${issue.keys.join('、')}`, `unknown field(s): ${issue.keys.join(', ')}`);
    case 'too_small':
      return issue.origin === 'array'
        ? bilingualMessage(`至少需要 ${issue.minimum} 项`, `needs at least ${issue.minimum} item(s)`)
        : bilingualMessage(`不能小于 ${issue.minimum}`, `must be at least ${issue.minimum}`);
    case 'too_big':
      return bilingualMessage(`不能大于 ${issue.maximum}`, `must be at most ${issue.maximum}`);
    case 'invalid_value':
      return bilingualMessage(
        `取值应为 ${issue.values.map(String).join(' / ')} 之一`,
        `must be one of ${issue.values.map(String).join(', ')}`,
      );
    default:
      return bilingualMessage('字段无效', issue.message);
  }
}
