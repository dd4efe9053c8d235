import { AppError } from '../../shared/app-error.js';
import type { Bilingual } from '../../shared/language.js';

export type SheetReadFailure = 'unsupported_type' | 'unreadable' | 'not_utf8' | 'no_header' | 'repeated_header';

/** An uploaded file that cannot be read as a sheet at all; `userText` says why, in both languages. */
export class SheetReadError extends AppError {
  readonly failure: SheetReadFailure;
  constructor(failure: SheetReadFailure, userText: Bilingual, options: { cause?: unknown } = {}) {
    super(`sheet not readable: ${failure}`, userText, { permanent: true, cause: options.cause });
    this.name = 'SheetReadError';
    this.failure = failure;
  }
}
