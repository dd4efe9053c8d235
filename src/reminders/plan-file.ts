import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import type { PlanDefinition } from './plan-definition.js';
import { checkPlanFile, type IssuePath, type PathIssue } from './plan-file-checks.js';
import { bilingualMessage, PlanFileError, type PlanFileIssue } from './plan-file-error.js';
import { resolvePlanFile } from './plan-file-resolve.js';
import { planFileSchema } from './plan-file-schema.js';
import { describeZodIssue } from './plan-file-zod-messages.js';

export { PlanFileError, type PlanFileIssue } from './plan-file-error.js';
export type { PlanDefinition } from './plan-definition.js';

export interface ParsePlanFileOptions {
  /** Guessed from the first character when omitted: `{` means JSON. */
  format?: 'yaml' | 'json';
  /** The year the office runs the plan in; the documents themselves only say "20xx". */
  year: number;
}

/**
 * Reads a plan file and binds it to `options.year`. Throws `PlanFileError` listing every problem
 * (path, line, bilingual message) and returns nothing partial: an import is all or nothing.
 */
export function parsePlanFile(text: string, options: ParsePlanFileOptions): PlanDefinition {
  const { year } = options;
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    throw new PlanFileError([{ path: '', message: bilingualMessage(`年份无效：${year}`, `invalid year: ${year}`) }]);
  }
  const format = options.format ?? (text.trimStart().startsWith('{') ? 'json' : 'yaml');
  const { data, locate } = readDocument(text, format);

  const parsed = planFileSchema.safeParse(data);
  if (!parsed.success) {
    throw new PlanFileError(
      parsed.error.issues.map((issue) => {
        const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
        return locate({ path, message: describeZodIssue(issue, valueAt(data, path) === undefined) });
      }),
    );
  }
  const problems = checkPlanFile(parsed.data, year);
  if (problems.length > 0) throw new PlanFileError(problems.map(locate));
  return resolvePlanFile(parsed.data, year);
}

interface ReadDocument {
  data: unknown;
  locate: (issue: PathIssue) => PlanFileIssue;
}

function readDocument(text: string, format: 'yaml' | 'json'): ReadDocument {
  if (format === 'json') assertJsonSyntax(text);
  // JSON is valid YAML 1.2 flow syntax, so the YAML parser gives line numbers for both formats.
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new PlanFileError(
      doc.errors.map((error) => ({
        path: '',
        ...(error.linePos ? { line: error.linePos[0].line } : {}),
        message: bilingualMessage('YAML 语法错误', error.message.split('\n')[0] ?? error.message),
      })),
    );
  }
  const data: unknown = format === 'json' ? JSON.parse(text) : doc.toJS();
  return {
    data,
    locate: ({ path, message }) => {
      const line = lineOf(doc, lineCounter, path);
      return { path: formatPath(path), ...(line !== undefined ? { line } : {}), message };
    },
  };
}

function assertJsonSyntax(text: string): void {
  try {
    JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(detail);
    const lineMatch = /line (\d+)/.exec(detail);
    // Node's JSON messages give a position only for some errors; the YAML parser locates most others.
    const line = lineMatch
      ? Number(lineMatch[1])
      : position
        ? text.slice(0, Number(position[1])).split('\n').length
        : parseDocument(text, { lineCounter: new LineCounter() }).errors[0]?.linePos?.[0].line;
    throw new PlanFileError([
      { path: '', ...(line !== undefined ? { line } : {}), message: bilingualMessage('JSON 语法错误', detail) },
    ]);
  }
}

/** Line of the deepest node that exists on the path: a missing field points at its parent. */
function lineOf(doc: Document, lineCounter: LineCounter, path: IssuePath): number | undefined {
  for (let depth = path.length; depth >= 0; depth -= 1) {
    const node = depth === 0 ? doc.contents : safeGetIn(doc, path.slice(0, depth));
    if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
  }
  return undefined;
}

function safeGetIn(doc: Document, path: IssuePath): unknown {
  try {
    return doc.getIn(path, true);
  } catch {
    return undefined;
  }
}

function valueAt(data: unknown, path: IssuePath): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

/** `['stages', 2, 'end']` → `stages[2].end`, the spelling office staff see in error lists. */
export function formatPath(path: IssuePath): string {
  return path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${key}` : key),
    '',
  );
}
