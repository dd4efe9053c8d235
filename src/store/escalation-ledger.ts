import type { EscalationStepKind } from '../reminders/escalation.js';
import type { EscalationLedger, EscalationStepRecord, SubjectPeriod } from '../reminders/ports.js';
import type { EscalationStep as StepRow } from './generated/prisma/client.js';
import type { Db } from './prisma.js';

const CHUNK = 5_000;
const STATUS_FROM_DB = { SCHEDULED: 'scheduled', SENT: 'sent', CANCELLED: 'cancelled', SKIPPED: 'skipped' } as const;
const STATUS_TO_DB = { sent: 'SENT', cancelled: 'CANCELLED', skipped: 'SKIPPED' } as const;
const subjectWhere = (sp: SubjectPeriod) => ({ planId: sp.planId, subjectType: sp.subject.type, subjectCode: sp.subject.code, periodIndex: sp.periodIndex });

function toStep(row: StepRow): EscalationStepRecord {
  return {
    id: row.id,
    subjectPeriod: { planId: row.planId, subject: { type: row.subjectType === 'duty' ? 'duty' : 'stage', code: row.subjectCode }, periodIndex: row.periodIndex },
    unitCode: row.unitCode,
    step: row.step as EscalationStepKind,
    reminderId: row.reminderId,
    dueAt: row.dueAt,
    status: STATUS_FROM_DB[row.status],
  };
}

export function createEscalationLedger(db: Db): EscalationLedger {
  return {
    async schedule(steps) {
      for (let index = 0; index < steps.length; index += CHUNK) {
        await db.escalationStep.createMany({
          data: steps.slice(index, index + CHUNK).map((step) => ({ ...subjectWhere(step.subjectPeriod), unitCode: step.unitCode, step: step.step, reminderId: step.reminderId, dueAt: step.dueAt })),
          skipDuplicates: true,
        });
      }
    },
    async step(id) {
      const row = await db.escalationStep.findUnique({ where: { id } });
      return row ? toStep(row) : null;
    },
    async due(now) {
      return (await db.escalationStep.findMany({ where: { status: 'SCHEDULED', dueAt: { lte: now } }, orderBy: [{ dueAt: 'asc' }, { id: 'asc' }], take: 20_000 })).map(toStep);
    },
    async officeNotesDue(reminderId, now) {
      return (await db.escalationStep.findMany({ where: { reminderId, step: 'office_note', status: 'SCHEDULED', dueAt: { lte: now } }, orderBy: { unitCode: 'asc' } })).map(toStep);
    },
    async dueTimesAfter(now) {
      const groups = await db.escalationStep.groupBy({ by: ['dueAt'], where: { status: 'SCHEDULED', dueAt: { gt: now } }, orderBy: { dueAt: 'asc' } });
      return groups.map((group) => group.dueAt);
    },
    async finish(ids, status, reason, at) {
      for (let index = 0; index < ids.length; index += CHUNK) {
        await db.escalationStep.updateMany({ where: { id: { in: ids.slice(index, index + CHUNK) }, status: 'SCHEDULED' }, data: { status: STATUS_TO_DB[status], reason, doneAt: at } });
      }
    },
    async cancelForUnit(subjectPeriod, unitCode, reason, at) {
      const { count } = await db.escalationStep.updateMany({ where: { ...subjectWhere(subjectPeriod), unitCode, status: 'SCHEDULED' }, data: { status: 'CANCELLED', reason, doneAt: at } });
      return count;
    },
  };
}
