import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { beijingDate } from '../../shared/beijing-time.js';
import type { Report } from '../../shared/report-table.js';
import type { AdminDeps } from '../admin-deps.js';
import { requireOfficeAdmin } from '../auth/auth-routes.js';
import { languageOf } from '../http/i18n.js';
import { renderPage } from '../http/render.js';
import { exportFileName } from '../spreadsheets/export-file-name.js';
import { writeWorkbook } from '../spreadsheets/write-workbook.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const YearQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });

/** Excel downloads: the visit ledger, a plan's unit replies, the questions. Office admins only. */
export function registerExportRoutes(app: FastifyInstance, deps: AdminDeps): void {
  const send = async (reply: FastifyReply, report: Report, lang: 'zh' | 'en') =>
    reply
      .header('Content-Type', XLSX)
      .header('Content-Disposition', exportFileName(report.title, deps.clock.now(), lang).contentDisposition)
      .header('Cache-Control', 'no-store')
      .send(await writeWorkbook(report, lang));

  app.get('/exports/visits.xlsx', { preHandler: requireOfficeAdmin }, async (request, reply) => {
    const query = YearQuery.safeParse(request.query);
    const now = deps.clock.now();
    const year = (query.success ? query.data.year : undefined) ?? Number(beijingDate(now).slice(0, 4));
    const lang = languageOf(request);
    return send(reply, await deps.services.visitLedgerReport(year, lang, now), lang);
  });

  app.get('/exports/plans/:planId/responses.xlsx', { preHandler: requireOfficeAdmin }, async (request, reply) => {
    const lang = languageOf(request);
    const report = await deps.services.unitResponseReport((request.params as { planId: string }).planId, lang);
    if (!report) return renderPage(request, reply, 'error', { message: 'error.not_found' }, 404);
    return send(reply, report, lang);
  });

  app.get('/exports/questions.xlsx', { preHandler: requireOfficeAdmin }, async (request, reply) => {
    const lang = languageOf(request);
    return send(reply, await deps.services.questionReport(lang), lang);
  });
}
