// Once per `npm test`: a migrated template database every test file copies (CREATE DATABASE …
// TEMPLATE is far faster than migrating each one).
import { applyMigrations, createDatabaseIfMissing, dropDatabase } from '../../src/store/ensure-database.js';
import { databaseUrl, TEMPLATE_DATABASE } from './databases.js';

export default async function setup(): Promise<void> {
  const url = databaseUrl(TEMPLATE_DATABASE);
  await dropDatabase(url);
  await createDatabaseIfMissing(url);
  await applyMigrations(url);
}
