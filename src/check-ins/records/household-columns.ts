// The columns of a household sheet. Keys are named like HouseholdFields, so an update can take
// exactly the fields whose column the file has.
import { z } from 'zod';
import { oneOf, optionalText, requiredText, wholeNumber, wordList } from '../../shared/sheet-import/cell-schemas.js';
import type { SheetColumn } from '../../shared/sheet-import/sheet-columns.js';
import type { HouseholdStatus } from './household-import-ports.js';

export const HOUSEHOLD_CODE = /^[A-Za-z0-9-]{2,32}$/;

export const HOUSEHOLD_COLUMNS = {
  code: {
    label: { zh: '户编号', en: 'code' },
    headers: ['户编号', 'code', 'household code'],
    cell: z.string().regex(HOUSEHOLD_CODE),
    expected: { zh: '应为2到32位英文字母、数字或连字符，如 TKS-001', en: 'must be 2 to 32 letters, digits or hyphens, such as TKS-001' },
  },
  headName: {
    label: { zh: '户主', en: 'head' },
    headers: ['户主', '户主姓名', 'head', 'head of household'],
    cell: requiredText(64),
    expected: { zh: '不能超过64个字', en: 'must be at most 64 characters' },
  },
  village: {
    label: { zh: '村', en: 'village' },
    headers: ['村', 'village'],
    cell: optionalText(64),
    expected: { zh: '不能超过64个字', en: 'must be at most 64 characters' },
  },
  township: {
    label: { zh: '乡镇', en: 'township' },
    headers: ['乡镇', 'township'],
    cell: optionalText(64),
    expected: { zh: '不能超过64个字', en: 'must be at most 64 characters' },
  },
  membersCount: {
    label: { zh: '人口', en: 'members' },
    headers: ['人口', 'members'],
    cell: wholeNumber({ min: 1, max: 30 }, 1),
    expected: { zh: '应为1到30之间的整数', en: 'must be a whole number from 1 to 30' },
  },
  nicknames: {
    label: { zh: '别名', en: 'nicknames' },
    headers: ['别名', 'nicknames', 'nickname'],
    cell: wordList(32),
    expected: { zh: '应为用「、」分隔的称呼，每个不超过32个字', en: 'must be names separated by commas, each at most 32 characters' },
  },
  status: {
    label: { zh: '状态', en: 'status' },
    headers: ['状态', 'status'],
    cell: oneOf<HouseholdStatus>({ 在册: 'active', active: 'active', 已脱贫: 'closed', closed: 'closed' }, 'active'),
    expected: { zh: '应为「在册」或「已脱贫」', en: 'must be 在册 (active) or 已脱贫 (closed)' },
  },
} satisfies Record<string, SheetColumn<unknown>>;
