import type { VisitLedgerReportSource } from '../../check-ins/reports/visit-ledger-report-source.js';
import type { Db } from '../prisma.js';
import { fromIsoDate, toVisitForProgress } from '../visit-rows.js';

const yearBounds = (year: number) => ({ first: fromIsoDate(`${year}-01-01`)!, last: fromIsoDate(`${year}-12-31`)! });

export function createVisitLedgerReportSource(db: Db): VisitLedgerReportSource {
  return {
    async pairingsInYear(year) {
      const { first, last } = yearBounds(year);
      const rows = await db.pairing.findMany({
        where: { periodStart: { lte: last }, OR: [{ periodEnd: null }, { periodEnd: { gte: first } }] },
        include: { household: true, helper: { select: { name: true } } },
      });
      return rows.map((row) => ({
        pairingId: row.id,
        township: row.household.township,
        village: row.household.village,
        householdCode: row.household.code,
        headName: row.household.headName,
        helperId: row.helperId,
        helperName: row.helper.name,
        targets: { visitDaysPerYear: row.visitDaysTarget, fundsYuanPerYear: row.fundsYuanTarget },
      }));
    },

    async visitsInYear(year) {
      const { first, last } = yearBounds(year);
      const rows = await db.visitRecord.findMany({
        where: { pairingId: { not: null }, visitDate: { gte: first, lte: last } },
        select: { pairingId: true, visitDate: true, durationMinutes: true, fundsYuan: true, status: true, activities: true, confirmedAt: true },
      });
      return rows.map((row) => ({ ...toVisitForProgress(row), activities: row.activities, confirmedAt: row.confirmedAt }));
    },
  };
}
