// The columns of a people sheet. Keys are named like PersonFields where they are one.
import { z } from 'zod';
import { LANGUAGE_COLUMN, oneOf, optionalText, requiredText } from '../../shared/sheet-import/cell-schemas.js';
import type { SheetColumn } from '../../shared/sheet-import/sheet-columns.js';
import { ROLE_WORDS } from './role-names.js';

const MAINLAND_MOBILE = /^1[3-9]\d{9}$/;

/** Spaces, hyphens and a +86 are how people write a number, not part of it. */
const phone = z.union([
  z.literal('').transform(() => null),
  z
    .string()
    .transform((text) => text.normalize('NFKC').replace(/[\s-]+/g, '').replace(/^\+?86(?=1\d{10}$)/, ''))
    .pipe(z.string().regex(MAINLAND_MOBILE)),
]);

export const PERSON_COLUMNS = {
  id: {
    label: { zh: '编号', en: 'id' },
    headers: ['编号', 'id', 'person id'],
    cell: optionalText(64),
    expected: { zh: '应为已有人员的编号，新增人员请留空', en: "must be an existing person's id, or empty for a new person" },
  },
  name: {
    label: { zh: '姓名', en: 'name' },
    headers: ['姓名', 'name'],
    cell: requiredText(64),
    expected: { zh: '不能超过64个字', en: 'must be at most 64 characters' },
  },
  role: {
    label: { zh: '角色', en: 'role' },
    headers: ['角色', 'role'],
    cell: z.union([z.literal('').transform(() => null), oneOf(ROLE_WORDS)]),
    expected: {
      zh: '应为「家长」「帮扶干部」「单位联络人」或「办公室管理员」',
      en: 'must be parent, helper, unit contact or office admin',
    },
  },
  phone: {
    label: { zh: '电话', en: 'phone' },
    headers: ['电话', 'phone', '手机', '手机号'],
    cell: phone,
    expected: { zh: '应为11位手机号，如 13800001111', en: 'must be an 11-digit mainland mobile number such as 13800001111' },
  },
  unit: {
    label: { zh: '单位', en: 'unit' },
    headers: ['单位', 'unit'],
    cell: optionalText(64),
    expected: { zh: '应为单位代码或中文全称', en: "must be a unit's code or full Chinese name" },
  },
  language: LANGUAGE_COLUMN,
} satisfies Record<string, SheetColumn<unknown>>;
