// Prisma CLI configuration. Runs the WebAssembly schema engine through adapter-pg so that
// `prisma migrate` works with no network (see DESIGN.md, "Environment facts").
import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { createMigrationAdapter } from './prisma/migration-adapter';

export default defineConfig({
  schema: path.join('prisma', 'schema.prisma'),
  migrations: { path: path.join('prisma', 'migrations') },
  engine: 'js',
  experimental: { adapter: true },
  adapter: async () => createMigrationAdapter(process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/bangfu'),
});
