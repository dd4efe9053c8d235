import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AdminDeps } from '../admin-deps.js';
import { requireOfficeAdmin } from '../auth/auth-routes.js';
import type { RecordImportOutcome, RecordKind } from '../console-services.js';
import { readUpload } from '../http/read-upload.js';

/**
 * POST <listPath>/import: an Excel or CSV file of records. The outcome (counts, or every bad row)
 * is shown on the list page, which `showList` renders.
 */
export function registerRecordImport(
  app: FastifyInstance,
  deps: AdminDeps,
  kind: RecordKind,
  listPath: string,
  showList: (request: FastifyRequest, reply: FastifyReply, extra: { importOutcome: RecordImportOutcome }, status: number) => Promise<unknown>,
): void {
  app.post(`${listPath}/import`, { preHandler: requireOfficeAdmin }, async (request, reply) => {
    const upload = await readUpload(request);
    if (!upload) {
      const message = { zh: '请选择一个 Excel（.xlsx）或 CSV 文件。', en: 'Choose an Excel (.xlsx) or CSV file.' };
      return showList(request, reply, { importOutcome: { ok: false, unreadable: message } }, 400);
    }
    const outcome = await deps.services.importRecords(kind, request.viewer!, { data: upload.data, fileName: upload.fileName });
    return showList(request, reply, { importOutcome: outcome }, outcome.ok ? 200 : 422);
  });
}
