import { defineConfig } from 'vitest/config';

// Reminders are pure TypeScript: no Redis/PostgreSQL global setup, so they get their own config.
export default defineConfig({
  test: {
    include: ['test/reminders/**/*.test.ts'],
  },
});
