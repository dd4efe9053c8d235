// 单位 in a people sheet: a unit code, or the Chinese name only one unit has.
import type { Bilingual } from '../../shared/language.js';
import type { UnitMatch } from './people-import-ports.js';

export type UnitResolution = { ok: true; unitId: string } | { ok: false; message: Bilingual };

export function resolveUnit(reference: string, units: readonly UnitMatch[]): UnitResolution {
  const byCode = units.find((unit) => unit.code === reference);
  if (byCode) return { ok: true, unitId: byCode.id };
  const named = units.filter((unit) => unit.nameZh === reference);
  if (named.length === 1) return { ok: true, unitId: named[0]!.id };
  if (named.length > 1) {
    const codes = named.map((unit) => unit.code);
    return {
      ok: false,
      message: {
        zh: `有${named.length}个单位叫「${reference}」，请改填单位代码（${codes.join('、')}）`,
        en: `${named.length} units are named "${reference}": give the unit code instead (${codes.join(', ')})`,
      },
    };
  }
  return {
    ok: false,
    message: { zh: `找不到单位「${reference}」（请填单位代码或中文全称）`, en: `no unit "${reference}" (give its code or full Chinese name)` },
  };
}
