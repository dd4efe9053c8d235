import type { Bilingual, Lang } from './language.js';

/**
 * An error whose internal message (for logs) is kept apart from the text shown to the user.
 * `permanent` marks input that will never succeed, so the queue does not retry it.
 */
export class AppError extends Error {
  readonly userText: Bilingual;
  readonly permanent: boolean;
  constructor(internal: string, userText: Bilingual, options: { permanent?: boolean; cause?: unknown } = {}) {
    super(internal, { cause: options.cause });
    this.name = 'AppError';
    this.userText = userText;
    this.permanent = options.permanent ?? true;
  }
  shownTo(lang: Lang): string {
    return this.userText[lang];
  }
}
