// 帮扶干部 in a pairing sheet: a person id, or a name that only one helper has.
import type { Bilingual } from '../../shared/language.js';
import { ROLE_NAMES } from '../../dialogue/people/role-names.js';
import type { PersonMatch } from './pairing-import-ports.js';

export type HelperResolution = { ok: true; helperId: string } | { ok: false; message: Bilingual };

export function resolveHelper(reference: string, people: readonly PersonMatch[]): HelperResolution {
  const byId = people.find((person) => person.id === reference);
  const candidates = byId ? [byId] : people.filter((person) => person.name === reference);
  const helpers = candidates.filter((person) => person.role === 'helper');
  if (helpers.length === 1) return { ok: true, helperId: helpers[0]!.id };
  if (helpers.length > 1) {
    const ids = helpers.map((helper) => helper.id);
    return {
      ok: false,
      message: {
        zh: `有${helpers.length}位帮扶干部叫「${reference}」，请改填编号（${ids.join('、')}）`,
        en: `${helpers.length} helpers are named "${reference}": give the person id instead (${ids.join(', ')})`,
      },
    };
  }
  const other = candidates[0];
  if (other) {
    const role = ROLE_NAMES[other.role];
    return { ok: false, message: { zh: `「${reference}」是${role.zh}，不是帮扶干部`, en: `"${reference}" is ${role.en}, not a helper` } };
  }
  return {
    ok: false,
    message: { zh: `找不到帮扶干部「${reference}」（请填编号或姓名）`, en: `no helper "${reference}" (give a person id or exact name)` },
  };
}
