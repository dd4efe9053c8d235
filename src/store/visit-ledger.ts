import type { VisitLedger } from '../check-ins/ports.js';
import type { Db } from './prisma.js';
import { Prisma } from './generated/prisma/client.js';
import {
  fieldColumns,
  fromIsoDate,
  PAIRING_INCLUDE,
  STATUS_TO_DB,
  toPairedHousehold,
  toVisit,
  toVisitForProgress,
  VISIT_INCLUDE,
} from './visit-rows.js';

const COUNTED = ['CONFIRMED', 'CORRECTED'] as const;
const ACTION_TO_DB = { confirmed: 'CONFIRMED', corrected: 'CORRECTED', withdrawn: 'WITHDRAWN', merged: 'MERGED' } as const;

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}

export function createVisitLedger(db: Db): VisitLedger {
  const read = async (id: string) => toVisit(await db.visitRecord.findUniqueOrThrow({ where: { id }, include: VISIT_INCLUDE }));

  return {
    async pairingsOfHelper(helperId) {
      const rows = await db.pairing.findMany({ where: { helperId }, include: PAIRING_INCLUDE, orderBy: { household: { code: 'asc' } } });
      return rows.map(toPairedHousehold);
    },

    async allPairings() {
      const rows = await db.pairing.findMany({ include: PAIRING_INCLUDE, orderBy: { household: { code: 'asc' } } });
      return rows.map(toPairedHousehold);
    },

    async visitsInYear(pairingIds, year) {
      const rows = await db.visitRecord.findMany({
        where: {
          pairingId: { in: [...pairingIds] },
          visitDate: { gte: fromIsoDate(`${year}-01-01`)!, lte: fromIsoDate(`${year}-12-31`)! },
        },
      });
      return rows.map(toVisitForProgress);
    },

    async createDraft({ draftKey, helperId, fields, sourceMessageId }) {
      const row = await db.visitRecord.upsert({
        where: { draftKey },
        create: { draftKey, helperId, ...fieldColumns(fields), sourceMessageIds: [sourceMessageId] },
        update: {},
        include: VISIT_INCLUDE,
      });
      return toVisit(row);
    },

    async updateDraft(visitId, fields, sourceMessageId) {
      const current = await db.visitRecord.findUniqueOrThrow({ where: { id: visitId } });
      const sources = current.sourceMessageIds.includes(sourceMessageId) ? current.sourceMessageIds : [...current.sourceMessageIds, sourceMessageId];
      await db.visitRecord.update({ where: { id: visitId, status: 'DRAFT' }, data: { ...fieldColumns(fields), sourceMessageIds: sources } });
      return read(visitId);
    },

    async discardDraft(visitId) {
      await db.visitRecord.updateMany({ where: { id: visitId, status: 'DRAFT' }, data: { status: 'WITHDRAWN' } });
    },

    async findVisit(visitId) {
      const row = await db.visitRecord.findUnique({ where: { id: visitId }, include: VISIT_INCLUDE });
      return row ? toVisit(row) : null;
    },

    async findCountedVisitOn(pairingId, visitDate, exceptId) {
      const row = await db.visitRecord.findFirst({
        where: { pairingId, visitDate: fromIsoDate(visitDate)!, status: { in: [...COUNTED] }, id: { not: exceptId } },
        include: VISIT_INCLUDE,
        orderBy: { confirmedAt: 'asc' },
      });
      return row ? toVisit(row) : null;
    },

    async findLatestCountedVisit(helperId, visitDate) {
      const row = await db.visitRecord.findFirst({
        where: { helperId, status: { in: [...COUNTED] }, ...(visitDate ? { visitDate: fromIsoDate(visitDate)! } : {}) },
        include: VISIT_INCLUDE,
        orderBy: { confirmedAt: 'desc' },
      });
      return row ? toVisit(row) : null;
    },

    async findVisitConfirmedSince(helperId, since) {
      const row = await db.visitRecord.findFirst({
        where: { helperId, status: { in: [...COUNTED] }, confirmedAt: { gte: since } },
        include: VISIT_INCLUDE,
        orderBy: { confirmedAt: 'desc' },
      });
      return row ? toVisit(row) : null;
    },

    async recordChange(change) {
      const action = ACTION_TO_DB[change.action];
      try {
        await db.$transaction(async (tx) => {
          const last = await tx.visitRevision.aggregate({ where: { visitId: change.visitId }, _max: { revision: true } });
          const current = await tx.visitRecord.findUniqueOrThrow({ where: { id: change.visitId } });
          const { pairingId, visitDate, durationMinutes, fundsYuan, activities } = change.fields;
          const snapshot = { pairingId, visitDate, durationMinutes, fundsYuan, activities, status: change.status };
          // The unique (sourceMessageId, action) makes a replayed change fail here and roll back.
          await tx.visitRevision.create({
            data: {
              visitId: change.visitId,
              revision: (last._max.revision ?? 0) + 1,
              snapshot,
              action,
              byPersonId: change.byPersonId,
              at: change.at,
              sourceMessageId: change.sourceMessageId,
            },
          });
          await tx.visitRecord.update({
            where: { id: change.visitId },
            data: {
              ...fieldColumns(change.fields),
              status: STATUS_TO_DB[change.status],
              confirmedAt: current.confirmedAt ?? (change.action === 'confirmed' ? change.at : null),
              sourceMessageIds: current.sourceMessageIds.includes(change.sourceMessageId)
                ? current.sourceMessageIds
                : [...current.sourceMessageIds, change.sourceMessageId],
            },
          });
        });
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
      }
      return read(change.visitId);
    },

    async attachEvidence(evidence) {
      await db.visitEvidence.createMany({
        data: {
          visitId: evidence.visitId,
          kind: ({ photo: 'PHOTO', location: 'LOCATION', file: 'FILE' } as const)[evidence.kind],
          attachmentName: evidence.attachmentName,
          latitude: evidence.location?.latitude ?? null,
          longitude: evidence.location?.longitude ?? null,
          address: evidence.location?.address ?? null,
          sourceMessageId: evidence.sourceMessageId,
          at: evidence.at,
        },
        skipDuplicates: true,
      });
    },
  };
}
