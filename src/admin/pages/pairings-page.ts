import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { isRealDate } from '../../shared/beijing-time.js';
import type { AdminDeps } from '../admin-deps.js';
import { requireOfficeAdmin } from '../auth/auth-routes.js';
import { languageOf } from '../http/i18n.js';
import { renderPage } from '../http/render.js';
import { registerRecordImport } from './record-import.js';

const PairingForm = z.object({
  visitDaysTarget: z.coerce.number().int().min(0).max(366),
  fundsYuanTarget: z.coerce.number().int().min(0).max(10_000_000),
  periodEnd: z
    .string()
    .trim()
    .refine((value) => value === '' || (/^\d{4}-\d{2}-\d{2}$/.test(value) && isRealDate(Number(value.slice(0, 4)), Number(value.slice(5, 7)), Number(value.slice(8, 10)))))
    .transform((value) => value || null),
});

const COLUMNS = { zh: '列：帮扶干部（姓名或编号）、户编号、开始日期、结束日期、到户天数目标、资金目标', en: 'Columns: 帮扶干部 helper, 户编号 household, 开始日期 start, 结束日期 end, 到户天数目标 visit days target, 资金目标 funds target' };

export function registerPairingsPage(app: FastifyInstance, deps: AdminDeps): void {
  const list = async (request: FastifyRequest, reply: FastifyReply, extra: Record<string, unknown> = {}, status = 200) => {
    const search = String((request.query as { q?: string }).q ?? '').trim().slice(0, 40);
    return renderPage(request, reply, 'pairings', { pairings: await deps.reads.pairings(search), search, importPath: '/pairings/import', columnsHelp: COLUMNS[languageOf(request)], ...extra }, status);
  };

  app.get('/pairings', { preHandler: requireOfficeAdmin }, (request, reply) => list(request, reply));
  registerRecordImport(app, deps, 'pairings', '/pairings', list);
  app.post('/pairings/:id', { preHandler: requireOfficeAdmin }, async (request, reply) => {
    const form = PairingForm.safeParse(request.body);
    const zh = languageOf(request) === 'zh';
    if (!form.success) return list(request, reply, { problem: zh ? '目标应为不小于0的整数，结束日期写成 YYYY-MM-DD 或留空。' : 'Targets are whole numbers ≥ 0; the end date is YYYY-MM-DD or empty.' }, 400);
    const outcome = await deps.recordEdits.editPairing((request.params as { id: string }).id, form.data, `console:${request.viewer!.username}`);
    if (outcome === 'not_found') return renderPage(request, reply, 'error', { message: 'error.not_found' }, 404);
    return list(request, reply, { notice: outcome === 'saved' ? (zh ? '已保存。' : 'Saved.') : zh ? '没有改动。' : 'Nothing changed.' });
  });
}
