import type { OpenQuestion, OpenQuestionStore } from '../policy-qa/ports.js';
import type { OpenQuestion as OpenQuestionRow } from './generated/prisma/client.js';
import { policyFactRow } from './policy-fact-store.js';
import type { Db } from './prisma.js';

function toOpenQuestion(row: OpenQuestionRow): OpenQuestion {
  return {
    number: row.id,
    askerContactId: row.askerContactId,
    askerPersonId: row.askerPersonId,
    askerName: row.askerName,
    chatId: row.chatId,
    roomId: row.roomId,
    text: row.text,
    lang: row.language === 'en' ? 'en' : 'zh',
    status: row.status === 'ANSWERED' ? 'answered' : 'open',
    answer: row.answer,
    answeredByPersonId: row.answeredByPersonId,
    answerMessageId: row.answerMessageId,
    answeredAt: row.answeredAt,
    promotedFactCode: row.promotedFactCode,
    promotionMessageId: row.promotionMessageId,
    createdAt: row.createdAt,
  };
}

const actorName = (by: { contactId: string }) => `contact:${by.contactId}`;

export function createOpenQuestionStore(db: Db): OpenQuestionStore {
  return {
    async record(question) {
      // Insert-or-find on the source message id: a retried job, or two workers racing on a
      // redelivered message, end with one row.
      await db.openQuestion.createMany({
        data: {
          sourceMessageId: question.sourceMessageId,
          askerContactId: question.askerContactId,
          askerPersonId: question.askerPersonId,
          askerName: question.askerName,
          chatId: question.chatId,
          roomId: question.roomId,
          text: question.text,
          language: question.lang,
        },
        skipDuplicates: true,
      });
      return toOpenQuestion(await db.openQuestion.findUniqueOrThrow({ where: { sourceMessageId: question.sourceMessageId } }));
    },

    async find(number) {
      const row = await db.openQuestion.findUnique({ where: { id: number } });
      return row ? toOpenQuestion(row) : null;
    },

    async listOpen(limit) {
      const rows = await db.openQuestion.findMany({ where: { status: 'OPEN' }, orderBy: { id: 'asc' }, take: limit });
      return rows.map(toOpenQuestion);
    },

    async listAnswered(limit) {
      const rows = await db.openQuestion.findMany({ where: { status: 'ANSWERED' }, orderBy: { answeredAt: 'desc' }, take: limit });
      return rows.map(toOpenQuestion);
    },

    async answer({ number, answer, by, messageId, at }) {
      return db.$transaction(async (tx) => {
        // The status condition makes the first answer win even when two admins answer at once.
        const claimed = await tx.openQuestion.updateMany({
          where: { id: number, status: 'OPEN' },
          data: { status: 'ANSWERED', answer, answeredByPersonId: by.personId, answeredByContact: by.contactId, answerMessageId: messageId, answeredAt: at },
        });
        const row = await tx.openQuestion.findUnique({ where: { id: number } });
        if (!row) return { outcome: 'unknown' as const };
        if (claimed.count === 1) {
          await tx.auditLog.create({
            data: {
              actorId: by.personId,
              actor: actorName(by),
              action: 'open_question.answer',
              entity: 'OpenQuestion',
              entityId: String(number),
              before: { status: 'OPEN' },
              after: { status: 'ANSWERED', answer },
            },
          });
        }
        const answeredByThisMessage = claimed.count === 1 || row.answerMessageId === messageId;
        return { outcome: answeredByThisMessage ? ('answered' as const) : ('already_answered' as const), question: toOpenQuestion(row) };
      });
    },

    async promote({ number, fact, by, messageId, at }) {
      return db.$transaction(async (tx) => {
        const row = await tx.openQuestion.findUnique({ where: { id: number } });
        if (!row) return { outcome: 'unknown' as const };
        if (row.promotionMessageId === messageId) return { outcome: 'promoted' as const, question: toOpenQuestion(row) };
        if (row.promotedFactCode) return { outcome: 'already_promoted' as const, question: toOpenQuestion(row) };
        if (row.status !== 'ANSWERED') return { outcome: 'not_answered' as const, question: toOpenQuestion(row) };
        const claimed = await tx.openQuestion.updateMany({
          where: { id: number, promotedFactCode: null },
          data: { promotedFactCode: fact.code, promotionMessageId: messageId },
        });
        const updated = await tx.openQuestion.findUniqueOrThrow({ where: { id: number } });
        if (claimed.count === 0) return { outcome: 'already_promoted' as const, question: toOpenQuestion(updated) };
        await tx.policyFact.createMany({ data: [{ ...policyFactRow(fact, 'office'), createdAt: at }], skipDuplicates: true });
        await tx.auditLog.create({
          data: {
            actorId: by.personId,
            actor: actorName(by),
            action: 'open_question.promote',
            entity: 'PolicyFact',
            entityId: `${fact.code}@${fact.version}`,
            after: { question: number, code: fact.code, version: fact.version },
          },
        });
        return { outcome: 'promoted' as const, question: toOpenQuestion(updated) };
      });
    },
  };
}
