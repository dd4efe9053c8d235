import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { maskPersonalData } from '../../shared/mask-personal-data.js';
import type { AdminDeps } from '../admin-deps.js';
import { requireOfficeAdmin } from '../auth/auth-routes.js';
import { languageOf } from '../http/i18n.js';
import { renderPage } from '../http/render.js';
import { registerRecordImport } from './record-import.js';

const PersonForm = z.object({
  name: z.string().trim().min(1).max(40),
  phone: z.string().trim().max(20).transform((value) => value.replace(/[\s-]/g, '')).pipe(z.union([z.literal(''), z.string().regex(/^1[3-9]\d{9}$/)])),
  language: z.enum(['zh', 'en']),
});

const COLUMNS = { zh: '列：编号（更新时填）、姓名、角色（家长/帮扶干部/单位联络人/办公室管理员）、电话、单位（单位联络人必填）、语言', en: 'Columns: 编号 id (to update), 姓名 name, 角色 role, 电话 phone, 单位 unit (for unit contacts), 语言 language' };

export function registerPeoplePage(app: FastifyInstance, deps: AdminDeps): void {
  const list = async (request: FastifyRequest, reply: FastifyReply, extra: Record<string, unknown> = {}, status = 200) => {
    const search = String((request.query as { q?: string }).q ?? '').trim().slice(0, 40);
    const people = (await deps.reads.people(search)).map((person) => ({ ...person, phone: person.phone ? maskPersonalData(person.phone) : null }));
    return renderPage(request, reply, 'people', { people, search, importPath: '/people/import', columnsHelp: COLUMNS[languageOf(request)], ...extra }, status);
  };
  const detail = async (request: FastifyRequest, reply: FastifyReply, id: string, extra: Record<string, unknown> = {}, status = 200) => {
    const person = await deps.reads.person(id);
    if (!person) return renderPage(request, reply, 'error', { message: 'error.not_found' }, 404);
    return renderPage(request, reply, 'person', { person, ...extra }, status);
  };

  app.get('/people', { preHandler: requireOfficeAdmin }, (request, reply) => list(request, reply));
  registerRecordImport(app, deps, 'people', '/people', list);
  app.get('/people/:id', { preHandler: requireOfficeAdmin }, (request, reply) => detail(request, reply, (request.params as { id: string }).id));

  app.post('/people/:id', { preHandler: requireOfficeAdmin }, async (request, reply) => {
    const id = (request.params as { id: string }).id;
    const form = PersonForm.safeParse(request.body);
    const zh = languageOf(request) === 'zh';
    if (!form.success) return detail(request, reply, id, { problem: zh ? '姓名必填；电话应为11位手机号，可留空。' : 'A name is required; the phone must be an 11-digit mobile number, or empty.' }, 400);
    const outcome = await deps.recordEdits.editPerson(id, { ...form.data, phone: form.data.phone || null }, `console:${request.viewer!.username}`);
    if (outcome === 'not_found') return renderPage(request, reply, 'error', { message: 'error.not_found' }, 404);
    return detail(request, reply, id, { notice: outcome === 'saved' ? (zh ? '已保存。' : 'Saved.') : zh ? '没有改动。' : 'Nothing changed.' });
  });

  app.post('/people/:id/invite', { preHandler: requireOfficeAdmin }, async (request, reply) => {
    const id = (request.params as { id: string }).id;
    const issued = await deps.services.issueInviteCode(request.viewer!, id);
    const lang = languageOf(request);
    if (!issued.ok) return detail(request, reply, id, { problem: issued.message[lang] }, 400);
    return detail(request, reply, id, { notice: lang === 'zh' ? `新的邀请码：${issued.code}（请对方私聊助手发送「绑定 ${issued.code}」）` : `New invite code: ${issued.code} (they send "bind ${issued.code}" to the bot privately)` });
  });
}
