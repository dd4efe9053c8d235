import { randomUUID } from 'node:crypto';

export const ADMIN_DATABASE_URL = process.env.TEST_DATABASE_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
// Overridable so two checkouts can run their suites at the same time.
export const TEMPLATE_DATABASE = process.env.TEST_TEMPLATE_DATABASE ?? 'bangfu_test_template';
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export function databaseUrl(name: string): string {
  const url = new URL(ADMIN_DATABASE_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

export function uniqueName(label: string): string {
  return `${label}_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
}
