import {
  beijingToday,
  dayOfYear,
  daysInYear,
  formatIsoDate,
  parseIsoDate,
} from './beijing-calendar.js';
import type { Lang } from './check-in-types.js';
import { formatDate } from './render-check-in.js';

export type VisitStatus = 'pending' | 'confirmed' | 'corrected' | 'withdrawn';

export interface VisitForProgress {
  /** YYYY-MM-DD in Asia/Shanghai. */
  visitDate: string;
  durationMinutes: number | null;
  fundsYuan: number | null;
  status: VisitStatus;
}

export interface PairingTargets {
  visitDaysPerYear: number;
  fundsYuanPerYear: number;
}

/**
 * Defaults from one college's own pairing programme, not a county-wide rule: callers should let
 * the office override them per pairing.
 */
export const DEFAULT_PAIRING_TARGETS: PairingTargets = { visitDaysPerYear: 15, fundsYuanPerYear: 2000 };
export const PAIRING_TARGETS_SOURCE = {
  document: 'School Precision Poverty Alleviation Program (III)',
  section: '(three) the implementation of the rescue responsibility',
  quote:
    'The investment of assistance funds for each pairing assistance object is not less than 2,000 yuan/year for each household, and the time for the assistance object to arrive at the household is not less than 15 days per year',
  scope: "one college's own pairing programme",
} as const;

/** Early January nobody can be "behind"; the grace also absorbs a visit still awaiting confirmation. */
export const DEFAULT_GRACE_DAYS = 14;

const COUNTED_STATUSES: ReadonlySet<VisitStatus> = new Set(['confirmed', 'corrected']);

export interface PairingProgress {
  year: number;
  /** Distinct calendar days with a counted visit: two visits on one day are one day of presence. */
  visitDays: number;
  visitDaysTarget: number;
  visitDaysLeft: number;
  fundsYuan: number;
  fundsTarget: number;
  fundsLeft: number;
  totalMinutes: number;
  lastVisitDate: string | null;
  /** Pro-rata amounts due by today after the grace period. */
  expectedVisitDaysByNow: number;
  expectedFundsByNow: number;
  behindOnVisits: boolean;
  behindOnFunds: boolean;
  isBehind: boolean;
}

export interface ProgressOptions {
  targets?: PairingTargets;
  graceDays?: number;
}

export function computePairingProgress(
  visits: readonly VisitForProgress[],
  now: Date,
  options: ProgressOptions = {},
): PairingProgress {
  const targets = options.targets ?? DEFAULT_PAIRING_TARGETS;
  const graceDays = options.graceDays ?? DEFAULT_GRACE_DAYS;
  const today = beijingToday(now);
  const todayIso = formatIsoDate(today);

  const days = new Set<string>();
  let fundsYuan = 0;
  let totalMinutes = 0;
  let lastVisitDate: string | null = null;
  for (const visit of visits) {
    if (!COUNTED_STATUSES.has(visit.status)) continue;
    const date = parseIsoDate(visit.visitDate);
    if (!date || date.year !== today.year || visit.visitDate > todayIso) continue;
    days.add(visit.visitDate);
    fundsYuan += visit.fundsYuan ?? 0;
    totalMinutes += visit.durationMinutes ?? 0;
    if (lastVisitDate === null || visit.visitDate > lastVisitDate) lastVisitDate = visit.visitDate;
  }
  fundsYuan = Math.round(fundsYuan * 100) / 100;

  const elapsed = Math.max(0, dayOfYear(today) - graceDays) / daysInYear(today.year);
  const expectedVisitDaysByNow = Math.floor(targets.visitDaysPerYear * elapsed);
  const expectedFundsByNow = Math.floor(targets.fundsYuanPerYear * elapsed);
  const behindOnVisits = days.size < expectedVisitDaysByNow;
  const behindOnFunds = fundsYuan < expectedFundsByNow;

  return {
    year: today.year,
    visitDays: days.size,
    visitDaysTarget: targets.visitDaysPerYear,
    visitDaysLeft: Math.max(0, targets.visitDaysPerYear - days.size),
    fundsYuan,
    fundsTarget: targets.fundsYuanPerYear,
    fundsLeft: Math.max(0, Math.round((targets.fundsYuanPerYear - fundsYuan) * 100) / 100),
    totalMinutes,
    lastVisitDate,
    expectedVisitDaysByNow,
    expectedFundsByNow,
    behindOnVisits,
    behindOnFunds,
    isBehind: behindOnVisits || behindOnFunds,
  };
}

export interface HouseholdProgress {
  household: string;
  progress: PairingProgress;
}

/** The reply to 进度 / progress: one line per paired household, then where the targets come from. */
export function renderProgress(items: readonly HouseholdProgress[], lang: Lang, now: Date): string {
  const today = beijingToday(now);
  const year = items[0]?.progress.year ?? today.year;
  const targets = items[0]?.progress;
  if (lang === 'zh') {
    const lines = [`${year}年帮扶进度（截至${today.month}月${today.day}日）`];
    if (items.length === 0) lines.push('还没有结对帮扶户。');
    for (const { household, progress: p } of items) {
      const last = p.lastVisitDate ? formatDate(p.lastVisitDate, 'zh', now) : '无';
      let line = `${household}：到户${p.visitDays}/${p.visitDaysTarget}天，资金${p.fundsYuan}/${p.fundsTarget}元，最近走访${last}`;
      if (p.isBehind) {
        const due = [
          p.behindOnVisits ? `到户至少${p.expectedVisitDaysByNow}天` : null,
          p.behindOnFunds ? `资金至少${p.expectedFundsByNow}元` : null,
        ].filter((x) => x !== null);
        line += `。⚠️进度落后：按时间此时应${due.join('、')}`;
      } else if (p.visitDaysLeft === 0 && p.fundsLeft === 0) {
        line += '。✅今年目标已完成';
      } else {
        line += `。还差${p.visitDaysLeft}天、${p.fundsLeft}元`;
      }
      lines.push(line);
    }
    if (targets) {
      lines.push(`目标：每户每年资金不少于${targets.fundsTarget}元、到户不少于${targets.visitDaysTarget}天（依据：某学院结对帮扶方案，非全县统一标准）`);
    }
    return lines.join('\n');
  }
  const lines = [`${year} pairing progress (as of ${formatDate(formatIsoDate(today), 'en', now)})`];
  if (items.length === 0) lines.push('No paired households yet.');
  for (const { household, progress: p } of items) {
    const last = p.lastVisitDate ? formatDate(p.lastVisitDate, 'en', now) : 'none';
    let line = `${household}: ${p.visitDays}/${p.visitDaysTarget} visit days, ${p.fundsYuan}/${p.fundsTarget} yuan, last visit ${last}`;
    if (p.isBehind) {
      const due = [
        p.behindOnVisits ? `${p.expectedVisitDaysByNow} visit days` : null,
        p.behindOnFunds ? `${p.expectedFundsByNow} yuan` : null,
      ].filter((x) => x !== null);
      line += `. Behind schedule: should have at least ${due.join(' and ')} by now`;
    } else if (p.visitDaysLeft === 0 && p.fundsLeft === 0) {
      line += '. Target for the year reached';
    } else {
      line += `. ${p.visitDaysLeft} days and ${p.fundsLeft} yuan to go`;
    }
    lines.push(line);
  }
  if (targets) {
    lines.push(
      `Targets: at least ${targets.fundsTarget} yuan and ${targets.visitDaysTarget} days at the household per year (source: one college's own pairing programme, not a county-wide rule)`,
    );
  }
  return lines.join('\n');
}
