import type { FastifyRequest } from 'fastify';

export interface Upload {
  fileName: string;
  data: Buffer;
  /** The form's other fields, as text. */
  fields: Record<string, string>;
}

/** One uploaded file and the form fields around it; null when the form carried no file. */
export async function readUpload(request: FastifyRequest): Promise<Upload | null> {
  let upload: Upload | null = null;
  const fields: Record<string, string> = {};
  for await (const part of request.parts()) {
    if (part.type === 'file') {
      const data = await part.toBuffer();
      if (!upload && data.length > 0) upload = { fileName: part.filename, data, fields };
    } else if (typeof part.value === 'string') {
      fields[part.fieldname] = part.value;
    }
  }
  return upload ? { ...upload, fields } : null;
}
