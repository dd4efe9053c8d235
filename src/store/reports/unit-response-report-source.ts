import type { UnitResponseReportSource } from '../../reminders/reports/unit-response-report-source.js';
import { createPlanStore } from '../plan-store.js';
import type { Db } from '../prisma.js';

export function createUnitResponseReportSource(db: Db): UnitResponseReportSource {
  const plans = createPlanStore(db);
  return {
    plan: (planId) => plans.byId(planId),

    async responses(planId) {
      const rows = await db.unitResponse.findMany({ where: { planId }, orderBy: [{ at: 'asc' }, { id: 'asc' }] });
      const bindings = await db.contactBinding.findMany({
        where: { contactId: { in: [...new Set(rows.map((row) => row.byContactId))] } },
        select: { contactId: true, person: { select: { name: true } } },
      });
      const nameOf = new Map(bindings.map((binding) => [binding.contactId, binding.person.name]));
      return rows.map((row) => ({
        subject: { type: row.subjectType === 'duty' ? ('duty' as const) : ('stage' as const), code: row.subjectCode },
        periodIndex: row.periodIndex,
        unitCode: row.unitCode,
        state: row.state === 'SUBMITTED' ? ('submitted' as const) : ('acknowledged' as const),
        at: row.at,
        by: nameOf.get(row.byContactId) ?? row.byContactId,
      }));
    },
  };
}
