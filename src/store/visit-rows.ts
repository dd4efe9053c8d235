// Converting visit rows to the plain shapes the check-in conversation uses, and back.
import type { PairedHousehold, Visit, VisitFields, VisitRecordStatus } from '../check-ins/ports.js';
import type { Prisma } from './generated/prisma/client.js';

/** @db.Date columns come back as UTC midnight of the calendar day. */
export function toIsoDate(value: Date | null): string | null {
  return value ? value.toISOString().slice(0, 10) : null;
}

export function fromIsoDate(value: string | null): Date | null {
  return value ? new Date(`${value}T00:00:00.000Z`) : null;
}

export const STATUS_FROM_DB = {
  DRAFT: 'draft',
  CONFIRMED: 'confirmed',
  CORRECTED: 'corrected',
  WITHDRAWN: 'withdrawn',
} as const satisfies Record<string, VisitRecordStatus>;

export const STATUS_TO_DB = {
  draft: 'DRAFT',
  confirmed: 'CONFIRMED',
  corrected: 'CORRECTED',
  withdrawn: 'WITHDRAWN',
} as const satisfies Record<VisitRecordStatus, keyof typeof STATUS_FROM_DB>;

export const VISIT_INCLUDE = { pairing: { include: { household: true } } } as const satisfies Prisma.VisitRecordInclude;
type VisitRow = Prisma.VisitRecordGetPayload<{ include: typeof VISIT_INCLUDE }>;

export function toVisit(row: VisitRow): Visit {
  return {
    id: row.id,
    helperId: row.helperId,
    status: STATUS_FROM_DB[row.status],
    household: row.pairing?.household.headName ?? null,
    pairingId: row.pairingId,
    visitDate: toIsoDate(row.visitDate),
    durationMinutes: row.durationMinutes,
    fundsYuan: row.fundsYuan === null ? null : Number(row.fundsYuan),
    activities: row.activities,
    confirmedAt: row.confirmedAt,
  };
}

/** The columns a change writes; the snapshot in VisitRevision is the same data as JSON. */
export function fieldColumns(fields: VisitFields) {
  return {
    pairingId: fields.pairingId,
    visitDate: fromIsoDate(fields.visitDate),
    durationMinutes: fields.durationMinutes,
    fundsYuan: fields.fundsYuan,
    activities: fields.activities,
  };
}

/** A visit as progress counts it: a draft is not yet a visit (only confirmed and corrected ones count). */
export function toVisitForProgress(row: {
  pairingId: string | null;
  visitDate: Date | null;
  durationMinutes: number | null;
  fundsYuan: Prisma.Decimal | null;
  status: keyof typeof STATUS_FROM_DB;
}) {
  return {
    pairingId: row.pairingId!,
    visitDate: toIsoDate(row.visitDate)!,
    durationMinutes: row.durationMinutes,
    fundsYuan: row.fundsYuan === null ? null : Number(row.fundsYuan),
    status: row.status === 'DRAFT' ? ('pending' as const) : STATUS_FROM_DB[row.status],
  };
}

export const PAIRING_INCLUDE = { household: true, helper: true } as const satisfies Prisma.PairingInclude;
type PairingRow = Prisma.PairingGetPayload<{ include: typeof PAIRING_INCLUDE }>;

export function toPairedHousehold(row: PairingRow): PairedHousehold {
  return {
    pairingId: row.id,
    helperId: row.helperId,
    helperName: row.helper.name,
    householdCode: row.household.code,
    headName: row.household.headName,
    nicknames: row.household.nicknames,
    village: row.household.village,
    periodStart: toIsoDate(row.periodStart)!,
    periodEnd: toIsoDate(row.periodEnd),
    targets: { visitDaysPerYear: row.visitDaysTarget, fundsYuanPerYear: row.fundsYuanTarget },
  };
}
