// What the console lists: plans, a plan's reminder calendar, units, the audit log. Reads only;
// every change goes through a use case with its audit entry.
import type { Db } from '../prisma.js';

export interface AuditQuery {
  entity?: string;
  action?: string;
  page: number;
}

export const AUDIT_PAGE_SIZE = 50;

export function createConsoleReadModels(db: Db) {
  return {
    async plans() {
      const plans = await db.plan.findMany({ orderBy: [{ year: 'desc' }, { code: 'asc' }], select: { id: true, code: true, year: true, titleZh: true, titleEn: true, importedAt: true, importedBy: true } });
      return Promise.all(
        plans.map(async (plan) => {
          const counts = await db.reminder.groupBy({ by: ['status'], where: { planId: plan.id }, _count: true });
          const next = await db.reminder.findFirst({ where: { planId: plan.id, status: 'SCHEDULED' }, orderBy: { announceAt: 'asc' }, select: { announceAt: true } });
          return { ...plan, counts: Object.fromEntries(counts.map((count) => [count.status, count._count])) as Record<string, number>, nextAt: next?.announceAt ?? null };
        }),
      );
    },

    async reminders(planId: string) {
      return db.reminder.findMany({
        where: { planId },
        orderBy: [{ announceAt: 'asc' }, { key: 'asc' }],
        select: { id: true, subjectType: true, subjectCode: true, periodIndex: true, kind: true, unitCodes: true, announceAt: true, status: true, late: true, sentAt: true, skipReason: true, shiftedReason: true, _count: { select: { deliveries: true } } },
      });
    },

    async units(search: string) {
      const where = search ? { OR: [{ code: { contains: search, mode: 'insensitive' as const } }, { nameZh: { contains: search } }, { nameEn: { contains: search, mode: 'insensitive' as const } }] } : {};
      return db.unit.findMany({
        where,
        orderBy: { code: 'asc' },
        include: { rooms: { select: { roomId: true, topic: true, boundAt: true } }, people: { where: { role: 'UNIT_CONTACT' }, select: { id: true, name: true, bindings: { select: { contactId: true } } } }, bindCodes: { where: { revokedAt: null }, select: { code: true } } },
      });
    },

    async unit(code: string) {
      return db.unit.findUnique({
        where: { code },
        include: {
          rooms: { select: { roomId: true, topic: true, boundAt: true, boundBy: true } },
          people: { where: { role: 'UNIT_CONTACT' }, select: { id: true, name: true, phone: true, bindings: { select: { contactId: true } } } },
          bindCodes: { where: { revokedAt: null }, select: { code: true, createdAt: true }, orderBy: { createdAt: 'asc' } },
        },
      });
    },

    async unitResponses(unitCode: string, limit: number) {
      return db.unitResponse.findMany({ where: { unitCode }, orderBy: { at: 'desc' }, take: limit });
    },

    async people(search: string) {
      const where = search ? { OR: [{ name: { contains: search } }, { id: search }, { unit: { nameZh: { contains: search } } }] } : {};
      return db.person.findMany({
        where,
        orderBy: [{ role: 'asc' }, { name: 'asc' }],
        take: 500,
        include: { unit: { select: { code: true, nameZh: true, nameEn: true } }, bindings: { select: { contactId: true } }, inviteCodes: { where: { usedAt: null }, select: { code: true } } },
      });
    },

    async person(id: string) {
      return db.person.findUnique({ where: { id }, include: { unit: { select: { code: true, nameZh: true, nameEn: true } }, bindings: { select: { contactId: true, boundAt: true } }, inviteCodes: { orderBy: { createdAt: 'desc' } } } });
    },

    async households(search: string) {
      const where = search ? { OR: [{ code: { contains: search, mode: 'insensitive' as const } }, { headName: { contains: search } }, { village: { contains: search } }, { township: { contains: search } }] } : {};
      return db.household.findMany({ where, orderBy: { code: 'asc' }, take: 500, include: { pairings: { include: { helper: { select: { name: true } } } } } });
    },

    async household(code: string) {
      return db.household.findUnique({ where: { code } });
    },

    async pairings(search: string) {
      const where = search ? { OR: [{ helper: { name: { contains: search } } }, { household: { headName: { contains: search } } }, { household: { code: { contains: search, mode: 'insensitive' as const } } }] } : {};
      return db.pairing.findMany({ where, orderBy: [{ household: { code: 'asc' } }, { periodStart: 'asc' }], take: 500, include: { helper: { select: { id: true, name: true } }, household: { select: { code: true, headName: true, village: true } } } });
    },

    async audit(query: AuditQuery) {
      const where = { ...(query.entity ? { entity: query.entity } : {}), ...(query.action ? { action: { startsWith: query.action } } : {}) };
      const [total, entries, entities] = await Promise.all([
        db.auditLog.count({ where }),
        db.auditLog.findMany({ where, orderBy: { at: 'desc' }, skip: (query.page - 1) * AUDIT_PAGE_SIZE, take: AUDIT_PAGE_SIZE }),
        db.auditLog.groupBy({ by: ['entity'], orderBy: { entity: 'asc' } }),
      ]);
      return { total, entries, entities: entities.map((entity) => entity.entity) };
    },
  };
}

export type ConsoleReadModels = ReturnType<typeof createConsoleReadModels>;
