// The columns of a member-unit sheet. Keys are named like UnitFields where they are one.
import { z } from 'zod';
import { LANGUAGE_COLUMN, optionalText, requiredText } from '../../shared/sheet-import/cell-schemas.js';
import type { SheetColumn } from '../../shared/sheet-import/sheet-columns.js';

/** ASCII slugs, as in plan files: unit codes end up in reminder keys and office commands. */
export const UNIT_CODE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const UNIT_COLUMNS = {
  code: {
    label: { zh: '单位代码', en: 'code' },
    headers: ['单位代码', 'code', 'unit code'],
    cell: z.string().max(64).regex(UNIT_CODE),
    expected: { zh: '应为小写英文字母、数字和连字符，如 education-bureau', en: 'must be lowercase letters, digits and hyphens, such as education-bureau' },
  },
  nameZh: {
    label: { zh: '单位名称', en: 'name' },
    headers: ['单位名称', 'name', 'unit name'],
    cell: requiredText(64),
    expected: { zh: '不能超过64个字', en: 'must be at most 64 characters' },
  },
  nameEn: {
    label: { zh: '英文名称', en: 'English name' },
    headers: ['英文名称', 'english name'],
    cell: optionalText(128),
    expected: { zh: '不能超过128个字符', en: 'must be at most 128 characters' },
  },
  dutyZh: {
    label: { zh: '职责', en: 'duty' },
    headers: ['职责', 'duty'],
    cell: optionalText(2000),
    expected: { zh: '不能超过2000个字', en: 'must be at most 2000 characters' },
  },
  dutyEn: {
    label: { zh: '英文职责', en: 'English duty' },
    headers: ['英文职责', 'english duty'],
    cell: optionalText(4000),
    expected: { zh: '不能超过4000个字符', en: 'must be at most 4000 characters' },
  },
  language: LANGUAGE_COLUMN,
} satisfies Record<string, SheetColumn<unknown>>;
