import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { beijingDate } from '../../shared/beijing-time.js';
import { REMINDER_KIND_LABELS } from '../../reminders/reminder-kind-labels.js';
import { audienceLabel, subjectOf, subjectTitle } from '../../reminders/plan-lookup.js';
import type { AdminDeps } from '../admin-deps.js';
import { requireOfficeAdmin } from '../auth/auth-routes.js';
import { languageOf } from '../http/i18n.js';
import { readUpload } from '../http/read-upload.js';
import { renderPage } from '../http/render.js';

const Year = z.coerce.number().int().min(2000).max(2100);

/** Plans: import a file for a year, and its reminder calendar. Office admins only. */
export function registerPlansPage(app: FastifyInstance, deps: AdminDeps): void {
  const list = async (request: Parameters<typeof renderPage>[0], reply: Parameters<typeof renderPage>[1], extra: Record<string, unknown> = {}, status = 200) =>
    renderPage(request, reply, 'plans', { plans: await deps.reads.plans(), thisYear: Number(beijingDate(deps.clock.now()).slice(0, 4)), ...extra }, status);

  app.get('/plans', { preHandler: requireOfficeAdmin }, (request, reply) => list(request, reply));

  app.post('/plans/import', { preHandler: requireOfficeAdmin }, async (request, reply) => {
    const upload = await readUpload(request);
    const zh = languageOf(request) === 'zh';
    const year = Year.safeParse(upload?.fields.year);
    if (!upload) return list(request, reply, { problem: zh ? '请选择计划文件（YAML 或 JSON）。' : 'Choose a plan file (YAML or JSON).' }, 400);
    if (!year.success) return list(request, reply, { problem: zh ? '请填写执行年份（文件中的年份写作“20xx”），例如 2027。' : 'Give the year to run the plan in (the file writes "20xx"), e.g. 2027.' }, 400);
    const outcome = await deps.services.importPlanFile(request.viewer!, { text: upload.data.toString('utf8'), fileName: upload.fileName, year: year.data }, deps.clock.now());
    if (!outcome.ok) return list(request, reply, { issues: outcome.issues }, 422);
    return list(request, reply, { imported: outcome.report });
  });

  app.get('/plans/:planId', { preHandler: requireOfficeAdmin }, async (request, reply) => {
    const plan = await deps.services.plan((request.params as { planId: string }).planId);
    if (!plan) return renderPage(request, reply, 'error', { message: 'error.not_found' }, 404);
    const lang = languageOf(request);
    const reminders = (await deps.reads.reminders(plan.id)).map((reminder) => ({
      ...reminder,
      title: `${subjectTitle(subjectOf(plan.definition, { type: reminder.subjectType === 'duty' ? 'duty' : 'stage', code: reminder.subjectCode }))[lang]}${reminder.periodIndex > 0 ? (lang === 'zh' ? `（${reminder.periodIndex}月）` : ` (month ${reminder.periodIndex})`) : ''}`,
      kindLabel: REMINDER_KIND_LABELS[reminder.kind as keyof typeof REMINDER_KIND_LABELS]?.[lang] ?? reminder.kind,
      audience: audienceLabel(plan.definition, reminder.unitCodes, lang),
    }));
    const units = await deps.services.unitAudiences(plan.definition.units.map((unit) => unit.code));
    return renderPage(request, reply, 'plan', { plan, reminders, units });
  });
}
