export interface PlanFileIssue {
  /** Where in the file, e.g. `stages[2].end`; empty for the document as a whole. */
  path: string;
  /** 1-based line in the YAML/JSON text, when the position is known. */
  line?: number;
  /** Chinese first, then English: `中文 / English`. */
  message: string;
}

/** Thrown by the importer; nothing is imported when any issue is found. */
export class PlanFileError extends Error {
  readonly issues: readonly PlanFileIssue[];

  constructor(issues: readonly PlanFileIssue[]) {
    super(
      `计划文件有 ${issues.length} 处错误 / The plan file has ${issues.length} error(s):\n` +
        issues.map((issue) => `- ${issue.path || '(file)'}${issue.line ? ` (line ${issue.line})` : ''}: ${issue.message}`).join('\n'),
    );
    this.name = 'PlanFileError';
    this.issues = issues;
  }
}

export function bilingualMessage(zh: string, en: string): string {
  return `${zh} / ${en}`;
}
