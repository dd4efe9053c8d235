import type { Db } from '../../src/store/prisma.js';

/** Rows in every table, to show that something changed nothing. */
export async function rowCounts(db: Db): Promise<Record<string, number>> {
  const rows = await db.$queryRawUnsafe<{ table_name: string }[]>(`
    SELECT relname::text AS table_name FROM pg_stat_user_tables WHERE relname <> '_prisma_migrations'`);
  const counts: Record<string, number> = {};
  for (const { table_name } of rows) {
    const [{ n }] = await db.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "${table_name}"`) as [{ n: number }];
    counts[table_name] = n;
  }
  return counts;
}
