// The demo county's registered households and who is paired with whom (Program III pairing).
import type { Db } from '../prisma.js';
import { beijingDate } from '../../shared/beijing-time.js';

export type DemoHousehold = {
  code: string;
  headName: string;
  nicknames: string[];
  village: string;
  township: string;
  membersCount: number;
  /** The demo person key (demo-county.ts) of the paired helper. */
  helperKey: string;
};

export const DEMO_HOUSEHOLDS: DemoHousehold[] = [
  { code: 'TKS-001', headName: '王大山', nicknames: ['老王'], village: '阿克齐村', township: '塔克什肯镇', membersCount: 4, helperKey: 'helper' },
  { code: 'TKS-002', headName: '李秀英', nicknames: [], village: '阿克齐村', township: '塔克什肯镇', membersCount: 3, helperKey: 'helper' },
  { code: 'TKS-003', headName: '张老四', nicknames: ['老张'], village: '萨尔托海村', township: '塔克什肯镇', membersCount: 5, helperKey: 'helper2' },
];

/**
 * Idempotent: households by code, pairings by a fixed id, so a second start (or a start in a
 * new year) keeps the pairing and its visits as they are. A new pairing starts on January 1
 * of the previous Beijing year: the programme pairs for three years, and a demo county seeded on
 * January 1 must still accept a visit reported for "yesterday".
 */
export async function seedDemoHouseholds(db: Db, now: Date = new Date()): Promise<void> {
  const periodStart = new Date(`${Number(beijingDate(now).slice(0, 4)) - 1}-01-01T00:00:00.000Z`);
  for (const household of DEMO_HOUSEHOLDS) {
    const { helperKey, ...data } = household;
    const saved = await db.household.upsert({ where: { code: household.code }, create: data, update: {} });
    const id = `demo-pairing-${household.code}`;
    await db.pairing.upsert({
      where: { id },
      create: { id, helperId: `demo-${helperKey}`, householdId: saved.id, periodStart },
      update: {},
    });
  }
}
