// The columns of a pairing sheet. Keys are named like PairingFields where they are one.
import { calendarDate, optionalCalendarDate, requiredText, wholeNumber } from '../../shared/sheet-import/cell-schemas.js';
import type { SheetColumn } from '../../shared/sheet-import/sheet-columns.js';
import { DEFAULT_PAIRING_TARGETS } from '../progress.js';

const INT_MAX = 2_147_483_647;
const DATE_EXPECTED = { zh: '应为 YYYY-MM-DD 格式的真实日期，如 2026-01-05', en: 'must be a real date written YYYY-MM-DD, such as 2026-01-05' };

export const PAIRING_COLUMNS = {
  helper: {
    label: { zh: '帮扶干部', en: 'helper' },
    headers: ['帮扶干部', 'helper'],
    cell: requiredText(64),
    expected: { zh: '应为帮扶干部的编号或姓名', en: "must be a helper's person id or name" },
  },
  household: {
    label: { zh: '户编号', en: 'household' },
    headers: ['户编号', 'household', 'household code'],
    cell: requiredText(32),
    expected: { zh: '应为已登记的户编号，如 TKS-001', en: 'must be a registered household code such as TKS-001' },
  },
  periodStart: {
    label: { zh: '开始日期', en: 'start' },
    headers: ['开始日期', 'start', 'start date'],
    cell: calendarDate,
    expected: DATE_EXPECTED,
  },
  periodEnd: {
    label: { zh: '结束日期', en: 'end' },
    headers: ['结束日期', 'end', 'end date'],
    cell: optionalCalendarDate,
    expected: DATE_EXPECTED,
  },
  visitDaysTarget: {
    label: { zh: '到户天数目标', en: 'visit days target' },
    headers: ['到户天数目标', 'visit days target'],
    cell: wholeNumber({ min: 0, max: 366 }, DEFAULT_PAIRING_TARGETS.visitDaysPerYear),
    expected: { zh: '应为0到366之间的整数', en: 'must be a whole number from 0 to 366' },
  },
  fundsYuanTarget: {
    label: { zh: '资金目标', en: 'funds target' },
    headers: ['资金目标', 'funds target'],
    cell: wholeNumber({ min: 0, max: INT_MAX }, DEFAULT_PAIRING_TARGETS.fundsYuanPerYear),
    expected: { zh: '应为不小于0的整数，单位为元', en: 'must be a whole number of yuan, 0 or more' },
  },
} satisfies Record<string, SheetColumn<unknown>>;
