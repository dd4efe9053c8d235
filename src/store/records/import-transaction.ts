// What every spreadsheet import's write shares: one interactive transaction, long enough for a
// county's whole register, and statements in chunks PostgreSQL's bind-parameter limit allows.
import type { Prisma } from '../generated/prisma/client.js';

export type Tx = Prisma.TransactionClient;

export const IMPORT_TRANSACTION = { timeout: 60_000, maxWait: 10_000 };

const CHUNK = 2_000;

export function inChunks<T>(items: readonly T[]): T[][] {
  const chunks: T[][] = [];
  for (let index = 0; index < items.length; index += CHUNK) chunks.push(items.slice(index, index + CHUNK));
  return chunks;
}

export function asAuditJson(value: unknown): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}
