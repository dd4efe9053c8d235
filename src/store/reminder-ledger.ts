import { randomUUID } from 'node:crypto';
import type { DeliveryRef, NewDelivery, ReminderLedger } from '../reminders/ports.js';
import type { Db } from './prisma.js';
import { REMINDER_WITH_PLAN, SubjectDatesSchema, toStoredReminder } from './reminder-rows.js';

const CHUNK = 5_000;
const subjectWhere = (sp: { planId: string; subject: { type: string; code: string }; periodIndex: number }) => ({
  planId: sp.planId,
  subjectType: sp.subject.type,
  subjectCode: sp.subject.code,
  periodIndex: sp.periodIndex,
});

export function createReminderLedger(db: Db): ReminderLedger {
  return {
    async reminder(id) {
      const row = await db.reminder.findUnique({ where: { id }, include: REMINDER_WITH_PLAN });
      return row ? toStoredReminder(row) : null;
    },
    async due(now) {
      const rows = await db.reminder.findMany({ where: { status: 'SCHEDULED', announceAt: { lte: now } }, include: REMINDER_WITH_PLAN, orderBy: { announceAt: 'asc' }, take: 1_000 });
      return rows.map(toStoredReminder);
    },
    async upcoming(from, to) {
      const rows = await db.reminder.findMany({
        where: { status: 'SCHEDULED', announceAt: { gte: from, lt: to } },
        include: { plan: { select: { code: true, year: true, titleZh: true, titleEn: true } } },
        orderBy: { announceAt: 'asc' },
        take: 200,
      });
      return rows.map((row) => ({ ...toStoredReminder(row), planTitle: { zh: row.plan.titleZh, en: row.plan.titleEn } }));
    },
    async scheduledAfter(now) {
      const rows = await db.reminder.findMany({ where: { status: 'SCHEDULED', announceAt: { gt: now } }, select: { id: true, announceAt: true } });
      return rows.map((row) => ({ id: row.id, at: row.announceAt }));
    },
    async markSent(id, { at, late }) {
      await db.reminder.updateMany({ where: { id, status: 'SCHEDULED' }, data: { status: 'SENT', sentAt: at, late } });
    },
    async markSkipped(id, reason) {
      await db.reminder.updateMany({ where: { id, status: 'SCHEDULED' }, data: { status: 'SKIPPED', skipReason: reason } });
    },
    async recordDeliveries(deliveries) {
      for (let index = 0; index < deliveries.length; index += CHUNK) await insertDeliveries(db, deliveries.slice(index, index + CHUNK));
    },
    async deliveriesTo(chatIds, since, limit) {
      const rows = await db.reminderDelivery.findMany({
        where: { chatId: { in: [...chatIds] }, queuedAt: { gte: since } },
        include: { reminder: { select: { planId: true, subjectType: true, subjectCode: true, periodIndex: true, dates: true } } },
        orderBy: { queuedAt: 'desc' },
        take: limit,
      });
      return rows.map(
        (row): DeliveryRef => ({
          reminderId: row.reminderId,
          chatId: row.chatId,
          unitCode: row.unitCode,
          text: row.text,
          queuedAt: row.queuedAt,
          subjectPeriod: {
            planId: row.reminder.planId,
            subject: { type: row.reminder.subjectType === 'duty' ? 'duty' : 'stage', code: row.reminder.subjectCode },
            periodIndex: row.reminder.periodIndex,
          },
          expectsSubmission: SubjectDatesSchema.parse(row.reminder.dates).due !== undefined,
        }),
      );
    },
    async responses(subjectPeriod) {
      const rows = await db.unitResponse.findMany({ where: subjectWhere(subjectPeriod), orderBy: { at: 'asc' } });
      return rows.map((row) => ({ unitCode: row.unitCode, state: row.state === 'SUBMITTED' ? 'submitted' : 'acknowledged', at: row.at }));
    },
    async responsesOfPlan(planId) {
      const rows = await db.unitResponse.findMany({ where: { planId }, orderBy: { at: 'asc' } });
      return rows.map((row) => ({
        unitCode: row.unitCode,
        state: row.state === 'SUBMITTED' ? ('submitted' as const) : ('acknowledged' as const),
        at: row.at,
        subjectPeriod: { planId: row.planId, subject: { type: row.subjectType === 'duty' ? ('duty' as const) : ('stage' as const), code: row.subjectCode }, periodIndex: row.periodIndex },
      }));
    },
    async recordResponse(response) {
      await db.unitResponse.createMany({
        data: {
          ...subjectWhere(response.subjectPeriod),
          unitCode: response.unitCode,
          state: response.state === 'submitted' ? 'SUBMITTED' : 'ACKNOWLEDGED',
          reminderId: response.reminderId,
          messageId: response.messageId,
          byContactId: response.byContactId,
          at: response.at,
        },
        skipDuplicates: true,
      });
      const row = await db.unitResponse.findUniqueOrThrow({ where: { messageId: response.messageId }, select: { id: true } });
      return { id: row.id };
    },
    async recentlyReminded(since, limit) {
      const groups = await db.reminder.groupBy({
        by: ['planId', 'subjectType', 'subjectCode', 'periodIndex'],
        where: { status: 'SENT', sentAt: { gte: since } },
        _max: { sentAt: true },
        orderBy: { _max: { sentAt: 'desc' } },
        take: limit,
      });
      return groups.map((group) => ({
        planId: group.planId,
        subject: { type: group.subjectType === 'duty' ? ('duty' as const) : ('stage' as const), code: group.subjectCode },
        periodIndex: group.periodIndex,
      }));
    },
  };
}

/**
 * One statement per slice, with column arrays: a 10,000-room reminder is recorded in a fraction of
 * the time Prisma's createMany takes to build and bind the same rows.
 */
async function insertDeliveries(db: Db, deliveries: readonly NewDelivery[]): Promise<void> {
  const column = <T>(pick: (delivery: NewDelivery) => T) => deliveries.map(pick);
  await db.$executeRaw`
    INSERT INTO "ReminderDelivery" ("id", "reminderId", "round", "chatId", "roomId", "unitCode", "mentionIds", "text", "queuedAt")
    SELECT d.id, d.reminder_id, d.round, d.chat_id, d.room_id, d.unit_code,
           ARRAY(SELECT json_array_elements_text(d.mention_ids::json)), d.text, d.queued_at AT TIME ZONE 'UTC'
    FROM unnest(
      ${column(() => randomUUID())}::text[], ${column((d) => d.reminderId)}::text[], ${column((d) => d.round)}::int[],
      ${column((d) => d.chatId)}::text[], ${column((d) => d.roomId)}::text[], ${column((d) => d.unitCode)}::text[],
      ${column((d) => JSON.stringify(d.mentionIds))}::text[], ${column((d) => d.text)}::text[], ${column((d) => d.queuedAt.toISOString())}::timestamptz[]
    ) AS d(id, reminder_id, round, chat_id, room_id, unit_code, mention_ids, text, queued_at)
    ON CONFLICT ("reminderId", "round", "chatId") DO NOTHING`;
}
