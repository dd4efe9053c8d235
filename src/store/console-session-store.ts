import type { SessionStore } from '@fastify/session';
import type { Session } from 'fastify';
import type { Prisma } from './generated/prisma/client.js';
import type { Db } from './prisma.js';

const DEFAULT_LIFETIME_MS = 8 * 3_600_000;

/** @fastify/session's store in PostgreSQL: sessions survive restarts and are shared by processes. */
export function createConsoleSessionStore(db: Db): SessionStore {
  const expiryOf = (session: Session) => {
    const expires = session.cookie?.expires;
    return expires ? new Date(expires) : new Date(Date.now() + DEFAULT_LIFETIME_MS);
  };
  return {
    set(sessionId, session, callback) {
      const data = JSON.parse(JSON.stringify(session)) as Prisma.InputJsonValue;
      const expiresAt = expiryOf(session);
      db.consoleSession.upsert({ where: { id: sessionId }, create: { id: sessionId, data, expiresAt }, update: { data, expiresAt } }).then(() => callback(), callback);
    },
    get(sessionId, callback) {
      db.consoleSession
        .findUnique({ where: { id: sessionId } })
        .then((row) => callback(null, row && row.expiresAt.getTime() > Date.now() ? (row.data as unknown as Session) : null), callback);
    },
    destroy(sessionId, callback) {
      db.consoleSession.deleteMany({ where: { id: sessionId } }).then(() => callback(), callback);
    },
  };
}

/** Expired sessions are only ever read as missing; this keeps the table small. */
export async function deleteExpiredConsoleSessions(db: Db, now: Date): Promise<number> {
  return (await db.consoleSession.deleteMany({ where: { expiresAt: { lt: now } } })).count;
}
