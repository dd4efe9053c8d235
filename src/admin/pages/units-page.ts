import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { subjectOf, subjectTitle } from '../../reminders/plan-lookup.js';
import { maskPersonalData } from '../../shared/mask-personal-data.js';
import type { AdminDeps } from '../admin-deps.js';
import { requireOfficeAdmin } from '../auth/auth-routes.js';
import { languageOf } from '../http/i18n.js';
import { renderPage } from '../http/render.js';
import { registerRecordImport } from './record-import.js';

const UNIT_COLUMNS = { zh: '列：单位代码、单位名称、英文名称、职责、英文职责、语言', en: 'Columns: 单位代码 code, 单位名称 name, 英文名称 English name, 职责 duty, 英文职责 English duty, 语言 language' };

const LanguageForm = z.object({ language: z.enum(['zh', 'en']) });

/** A unit contact may open their own unit's page and nothing else. */
async function allowedUnit(request: FastifyRequest, reply: FastifyReply): Promise<string | null> {
  const code = (request.params as { code: string }).code;
  const viewer = request.viewer!;
  if (viewer.role === 'office_admin' || viewer.unit?.code === code) return code;
  await renderPage(request, reply, 'error', { message: 'error.forbidden' }, 403);
  return null;
}

export function registerUnitsPage(app: FastifyInstance, deps: AdminDeps): void {
  const list = async (request: FastifyRequest, reply: FastifyReply, extra: Record<string, unknown> = {}, status = 200) => {
    const search = String((request.query as { q?: string }).q ?? '').trim().slice(0, 40);
    return renderPage(request, reply, 'units', { units: await deps.reads.units(search), search, importPath: '/units/import', columnsHelp: UNIT_COLUMNS[languageOf(request)], ...extra }, status);
  };
  app.get('/units', { preHandler: requireOfficeAdmin }, (request, reply) => list(request, reply));
  registerRecordImport(app, deps, 'units', '/units', list);

  app.get('/units/:code', async (request, reply) => {
    const code = await allowedUnit(request, reply);
    if (!code) return reply;
    const unit = await deps.reads.unit(code);
    if (!unit) return renderPage(request, reply, 'error', { message: 'error.not_found' }, 404);
    const contacts = unit.people.map((person) => ({ ...person, phone: person.phone ? maskPersonalData(person.phone) : null }));
    const lang = languageOf(request);
    const plans = new Map<string, Awaited<ReturnType<AdminDeps['services']['plan']>>>();
    const responses = [];
    for (const response of await deps.reads.unitResponses(code, 30)) {
      if (!plans.has(response.planId)) plans.set(response.planId, await deps.services.plan(response.planId));
      const plan = plans.get(response.planId);
      const subject = plan ? subjectOf(plan.definition, { type: response.subjectType === 'duty' ? 'duty' : 'stage', code: response.subjectCode }) : null;
      const title = subject ? subjectTitle(subject)[lang] : response.subjectCode;
      responses.push({ ...response, title: response.periodIndex > 0 ? `${title}${lang === 'zh' ? `（${response.periodIndex}月）` : ` (month ${response.periodIndex})`}` : title });
    }
    return renderPage(request, reply, 'unit', { unit: { ...unit, people: contacts }, responses, notice: (request.query as { notice?: string }).notice ?? null });
  });

  app.post('/units/:code/pause', { preHandler: requireOfficeAdmin }, async (request, reply) => {
    await deps.services.setUnitPaused(request.viewer!, (request.params as { code: string }).code, true, deps.clock.now());
    return reply.redirect(backTo(request.headers.referer));
  });

  app.post('/units/:code/resume', { preHandler: requireOfficeAdmin }, async (request, reply) => {
    await deps.services.setUnitPaused(request.viewer!, (request.params as { code: string }).code, false, deps.clock.now());
    return reply.redirect(backTo(request.headers.referer));
  });

  app.post('/units/:code/language', { preHandler: requireOfficeAdmin }, async (request, reply) => {
    const code = (request.params as { code: string }).code;
    const form = LanguageForm.safeParse(request.body);
    if (!form.success || !(await deps.unitAdmin.setLanguage(code, form.data.language, `console:${request.viewer!.username}`))) {
      return renderPage(request, reply, 'error', { message: 'error.not_found' }, 404);
    }
    return reply.redirect(`/units/${encodeURIComponent(code)}?notice=saved`);
  });

  app.post('/units/:code/codes', { preHandler: requireOfficeAdmin }, async (request, reply) => {
    const code = (request.params as { code: string }).code;
    const issued = await deps.unitAdmin.issueBindCode(code, `console:${request.viewer!.username}`);
    if (!issued) return renderPage(request, reply, 'error', { message: 'error.not_found' }, 404);
    return reply.redirect(`/units/${encodeURIComponent(code)}?notice=code`);
  });

  app.post('/units/:code/codes/:bindCode/revoke', { preHandler: requireOfficeAdmin }, async (request, reply) => {
    const { code, bindCode } = request.params as { code: string; bindCode: string };
    await deps.unitAdmin.revokeBindCode(code, bindCode, `console:${request.viewer!.username}`, deps.clock.now());
    return reply.redirect(`/units/${encodeURIComponent(code)}?notice=revoked`);
  });
}

/** Back to the console page the form was on; never somewhere else. */
function backTo(referer: string | undefined): string {
  try {
    const url = new URL(referer ?? '/', 'http://console.invalid');
    return url.pathname.startsWith('/') && !url.pathname.startsWith('//') ? `${url.pathname}${url.search}` : '/';
  } catch {
    return '/';
  }
}
