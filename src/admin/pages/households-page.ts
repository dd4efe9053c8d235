import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AdminDeps } from '../admin-deps.js';
import { requireOfficeAdmin } from '../auth/auth-routes.js';
import { languageOf } from '../http/i18n.js';
import { renderPage } from '../http/render.js';
import { registerRecordImport } from './record-import.js';

const HouseholdForm = z.object({
  headName: z.string().trim().min(1).max(40),
  nicknames: z.string().max(200).transform((value) => value.split(/[、,，/;；\s]+/u).map((name) => name.trim()).filter(Boolean)),
  village: z.string().trim().max(60),
  township: z.string().trim().max(60),
  membersCount: z.coerce.number().int().min(1).max(30),
  status: z.enum(['ACTIVE', 'CLOSED']),
});

const COLUMNS = { zh: '列：户编号、户主、村、乡镇、人口、别名、状态（在册/已脱贫）', en: 'Columns: 户编号 code, 户主 head, 村 village, 乡镇 township, 人口 members, 别名 nicknames, 状态 status' };

export function registerHouseholdsPage(app: FastifyInstance, deps: AdminDeps): void {
  const list = async (request: FastifyRequest, reply: FastifyReply, extra: Record<string, unknown> = {}, status = 200) => {
    const search = String((request.query as { q?: string }).q ?? '').trim().slice(0, 40);
    return renderPage(request, reply, 'households', { households: await deps.reads.households(search), search, importPath: '/households/import', columnsHelp: COLUMNS[languageOf(request)], ...extra }, status);
  };
  const detail = async (request: FastifyRequest, reply: FastifyReply, code: string, extra: Record<string, unknown> = {}, status = 200) => {
    const household = await deps.reads.household(code);
    if (!household) return renderPage(request, reply, 'error', { message: 'error.not_found' }, 404);
    return renderPage(request, reply, 'household', { household, ...extra }, status);
  };

  app.get('/households', { preHandler: requireOfficeAdmin }, (request, reply) => list(request, reply));
  registerRecordImport(app, deps, 'households', '/households', list);
  app.get('/households/:code', { preHandler: requireOfficeAdmin }, (request, reply) => detail(request, reply, (request.params as { code: string }).code));
  app.post('/households/:code', { preHandler: requireOfficeAdmin }, async (request, reply) => {
    const code = (request.params as { code: string }).code;
    const form = HouseholdForm.safeParse(request.body);
    const zh = languageOf(request) === 'zh';
    if (!form.success) return detail(request, reply, code, { problem: zh ? '户主必填，人口应为1到30之间的整数。' : 'The head of household is required; members must be a whole number from 1 to 30.' }, 400);
    const outcome = await deps.recordEdits.editHousehold(code, form.data, `console:${request.viewer!.username}`);
    if (outcome === 'not_found') return renderPage(request, reply, 'error', { message: 'error.not_found' }, 404);
    return detail(request, reply, code, { notice: outcome === 'saved' ? (zh ? '已保存。' : 'Saved.') : zh ? '没有改动。' : 'Nothing changed.' });
  });
}
