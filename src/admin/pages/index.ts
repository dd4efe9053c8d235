// Every console page, registered inside the logged-in scope (src/admin/build-admin-server.ts).
import type { FastifyInstance } from 'fastify';
import type { AdminDeps } from '../admin-deps.js';
import { registerDashboardPage } from './dashboard-page.js';
import { registerQuestionsPage } from './questions-page.js';
import { registerExportRoutes } from './exports-page.js';
import { registerPlansPage } from './plans-page.js';
import { registerAuditPage } from './audit-page.js';
import { registerUnitsPage } from './units-page.js';
import { registerPeoplePage } from './people-page.js';
import { registerHouseholdsPage } from './households-page.js';
import { registerPairingsPage } from './pairings-page.js';

export const CONSOLE_PAGES: ((app: FastifyInstance, deps: AdminDeps) => void)[] = [
  registerDashboardPage,
  registerQuestionsPage,
  registerExportRoutes,
  registerPlansPage,
  registerUnitsPage,
  registerPeoplePage,
  registerHouseholdsPage,
  registerPairingsPage,
  registerAuditPage,
];
