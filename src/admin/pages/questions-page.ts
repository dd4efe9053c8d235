import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AdminDeps } from '../admin-deps.js';
import { requireOfficeAdmin } from '../auth/auth-routes.js';
import { renderPage } from '../http/render.js';

const AnswerForm = z.object({ answer: z.string().max(1_500), submissionId: z.string().max(100).default('') });
const Params = z.object({ number: z.coerce.number().int().positive() });

export function registerQuestionsPage(app: FastifyInstance, deps: AdminDeps): void {
  const show = async (request: Parameters<typeof renderPage>[0], reply: Parameters<typeof renderPage>[1], extra: { notice?: string; problem?: string } = {}, status = 200) =>
    renderPage(request, reply, 'questions', { ...(await deps.services.questions()), submissionId: randomUUID(), ...extra }, status);

  app.get('/questions', { preHandler: requireOfficeAdmin }, (request, reply) => show(request, reply));

  app.post('/questions/:number/answer', { preHandler: requireOfficeAdmin }, async (request, reply) => {
    const params = Params.safeParse(request.params);
    const form = AnswerForm.safeParse(request.body);
    const zh = request.cookies.bangfu_lang !== 'en';
    if (!params.success || !form.success) return show(request, reply, { problem: zh ? '答复太长或格式不对（最多1500字）。' : 'The answer is too long or malformed (1,500 characters at most).' }, 400);
    const label = `Q${params.data.number}`;
    const result = await deps.services.answerQuestion(request.viewer!, { number: params.data.number, answer: form.data.answer, submissionId: form.data.submissionId }, deps.clock.now());
    switch (result.outcome) {
      case 'answered':
        return show(request, reply, { notice: zh ? `已把 ${label} 的答复私信转告 ${result.question.askerName}。` : `The answer to ${label} was sent privately to ${result.question.askerName}.` });
      case 'already_answered':
        return show(request, reply, { problem: zh ? `${label} 已经答复过了，没有再次转告。` : `${label} was already answered; nothing was sent again.` }, 409);
      case 'empty':
        return show(request, reply, { problem: zh ? '请写上答复内容。' : 'Please write the answer.' }, 400);
      case 'unknown':
        return show(request, reply, { problem: zh ? `没有找到问题 ${label}。` : `There is no question ${label}.` }, 404);
      case 'wechat_down':
        return show(request, reply, { problem: zh ? '微信未登录，答复发不出去，这次没有保存。请等微信恢复后再答复。' : 'WeChat is logged out, so the answer could not be sent; nothing was saved. Answer again once WeChat is back.' }, 503);
    }
  });
}
