// The download's file name for a Content-Disposition header: the title as people read it
// (RFC 6266 filename*, UTF-8), and a plain-ASCII one for clients that only know filename.
import { beijingDate } from '../../shared/beijing-time.js';
import type { Bilingual, Lang } from '../../shared/language.js';

export interface ExportFileName {
  /** 2026年结对帮扶走访台账_2026-03-02.xlsx */
  utf8: string;
  /** 2026-pairing-visit-ledger_2026-03-02.xlsx */
  ascii: string;
  /** attachment; filename="…"; filename*=UTF-8''… */
  contentDisposition: string;
}

const UNSAFE_IN_FILE_NAMES = /[\\/:*?"<>|\u0000-\u001f\u007f]+/g;

function cleanTitle(title: string): string {
  return title.replace(UNSAFE_IN_FILE_NAMES, '_').replace(/\s+/g, ' ').trim();
}

function asciiTitle(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
}

/** RFC 5987: encodeURIComponent leaves ' ( ) * as they are, which the header syntax does not allow. */
function encodeExtValue(text: string): string {
  return encodeURIComponent(text).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** `date` is the instant of the export; the name carries its Beijing calendar date. */
export function exportFileName(title: Bilingual, date: Date, lang: Lang = 'zh'): ExportFileName {
  const day = beijingDate(date);
  const utf8 = `${cleanTitle(title[lang]) || 'export'}_${day}.xlsx`;
  const ascii = `${asciiTitle(title.en) || 'export'}_${day}.xlsx`;
  return { utf8, ascii, contentDisposition: `attachment; filename="${ascii}"; filename*=UTF-8''${encodeExtValue(utf8)}` };
}
