// Which of the helper's own pairings a name in a report means. A helper can report only for
// households paired with them, so the name is matched against their list and nothing else.
import type { Lang } from './check-in-types.js';
import type { PairedHousehold } from './ports.js';

/** Heads of household and nicknames, for the parser (it resolves 老王 / 王家 to an entry). */
export function householdNamesOf(pairings: readonly PairedHousehold[]): string[] {
  return pairings.flatMap((pairing) => [pairing.headName, ...pairing.nicknames]);
}

export function pairingsNamed(name: string, pairings: readonly PairedHousehold[]): PairedHousehold[] {
  const wanted = name.trim();
  return pairings.filter((pairing) => pairing.headName === wanted || pairing.nicknames.includes(wanted));
}

export function listHouseholds(pairings: readonly PairedHousehold[], lang: Lang): string {
  const separator = lang === 'zh' ? '、' : ', ';
  return pairings
    .map((pairing) => (pairing.nicknames.length > 0 ? `${pairing.headName}（${pairing.nicknames.join('/')}）` : pairing.headName))
    .join(separator);
}

export type HouseholdChoice = { ok: true; pairing: PairedHousehold } | { ok: false; problem: string };

export function chooseHousehold(name: string, pairings: readonly PairedHousehold[], lang: Lang): HouseholdChoice {
  const matches = pairingsNamed(name, pairings);
  if (matches.length === 1) return { ok: true, pairing: matches[0]! };
  const list = listHouseholds(pairings, lang);
  if (matches.length > 1) {
    return {
      ok: false,
      problem: lang === 'zh' ? `「${name}」对应不止一户，请回复户主姓名：${list}` : `"${name}" could be more than one household. Reply with the head of household: ${list}`,
    };
  }
  return {
    ok: false,
    problem:
      lang === 'zh'
        ? `您的结对户里没有「${name}」。请回复是哪一户：${list}`
        : `"${name}" is not one of your paired households. Reply with which one: ${list}`,
  };
}
