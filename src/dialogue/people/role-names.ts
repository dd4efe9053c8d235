// The four roles as an office writes them in a sheet and as messages name them.
import type { Bilingual } from '../../shared/language.js';
import type { Role } from '../ports.js';

export const ROLE_WORDS: Record<string, Role> = {
  家长: 'parent',
  parent: 'parent',
  帮扶干部: 'helper',
  helper: 'helper',
  单位联络人: 'unit_contact',
  成员单位联络人: 'unit_contact',
  'unit contact': 'unit_contact',
  办公室管理员: 'office_admin',
  管理员: 'office_admin',
  'office admin': 'office_admin',
};

/** With the article English needs: 「X」是帮扶干部 / "X" is a helper. */
export const ROLE_NAMES: Record<Role, Bilingual> = {
  parent: { zh: '家长', en: 'a parent' },
  helper: { zh: '帮扶干部', en: 'a helper' },
  unit_contact: { zh: '单位联络人', en: 'a unit contact' },
  office_admin: { zh: '办公室管理员', en: 'an office admin' },
};
