// The Monday message to each helper: their households' progress, with a nudge when behind.
import { beijingToday, isoWeekday, toDayNumber, fromDayNumber } from './beijing-calendar.js';
import type { Lang } from './check-in-types.js';
import { pairingProgress } from './helper-progress.js';
import type { PairedHousehold, VisitLedger } from './ports.js';
import { renderProgress } from './progress.js';

export type WeeklySummary = { helperId: string; text: string; behind: boolean };

/** ISO week label (2026-W47) of the Beijing date: one summary per helper per week. */
export function isoWeekLabel(now: Date): string {
  const day = toDayNumber(beijingToday(now));
  const thursday = fromDayNumber(day - isoWeekday(day) + 4);
  const yearStart = toDayNumber({ year: thursday.year, month: 1, day: 1 });
  const week = Math.floor((toDayNumber(thursday) - yearStart) / 7) + 1;
  return `${thursday.year}-W${String(week).padStart(2, '0')}`;
}

export async function weeklySummaries(ledger: VisitLedger, now: Date, lang: Lang = 'zh'): Promise<WeeklySummary[]> {
  const byHelper = new Map<string, PairedHousehold[]>();
  for (const pairing of await ledger.allPairings()) byHelper.set(pairing.helperId, [...(byHelper.get(pairing.helperId) ?? []), pairing]);
  const summaries: WeeklySummary[] = [];
  for (const [helperId, pairings] of byHelper) {
    const items = await pairingProgress(ledger, pairings, now);
    const behind = items.some((item) => item.progress.isBehind);
    const nudge = behind
      ? { zh: '⚠️ 有结对户进度落后，请尽快安排走访；走访后直接发消息登记即可。', en: '⚠️ Some households are behind schedule; please plan a visit soon and report it here.' }[lang]
      : { zh: '进度正常，继续保持！', en: 'On track, keep it up!' }[lang];
    const title = { zh: '📅 每周走访小结', en: '📅 Weekly visit summary' }[lang];
    summaries.push({ helperId, text: [title, renderProgress(items, lang, now), nudge].join('\n'), behind });
  }
  return summaries;
}
