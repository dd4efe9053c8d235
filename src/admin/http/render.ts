import { fileURLToPath } from 'node:url';
import { Eta } from 'eta';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { formatBeijing } from '../../shared/beijing-time.js';
import { languageOf, translator } from './i18n.js';

// Eta escapes everything written with <%= %>; nothing in the views writes raw HTML from data.
const eta = new Eta({ views: fileURLToPath(new URL('../views', import.meta.url)), cache: true, autoEscape: true, defaultExtension: '.eta' });

export interface LoginBanner {
  state: 'scan_needed' | 'logged_out';
  since: Date | null;
  qrImage: string | null;
}

/** Renders a page inside the layout with what every page needs: words, viewer, CSRF token, banner. */
export async function renderPage(request: FastifyRequest, reply: FastifyReply, view: string, data: Record<string, unknown> = {}, status = 200): Promise<FastifyReply> {
  const lang = languageOf(request, reply);
  const banner = request.viewer ? await request.server.loginBanner() : null;
  const html = eta.render(view, {
    ...data,
    lang,
    t: translator(lang),
    viewer: request.viewer ?? null,
    csrf: reply.generateCsrf(),
    banner,
    path: request.url.split('?')[0],
    beijing: (instant: Date | null | undefined) => (instant ? formatBeijing(instant) : ''),
  });
  return reply.code(status).type('text/html; charset=utf-8').send(html);
}
