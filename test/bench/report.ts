// What a measurement module is, and how the results are shown: a table for people, one JSON line for machines.
import type { BenchEnv } from './bench-env.js';

export type BenchOptions = {
  json: boolean;
  /** Only run the modules with these names (all when empty). */
  only: string[];
  shards: number;
  contacts: number;
  throughputMessages: number;
  latencyRate: number;
  latencySeconds: number;
  variants: ('one_process' | 'split')[];
};

/** A measured figure: only ever a number that was actually measured in this run. */
export type Figure = { key: string; value: number; unit: string; label: string };

export type ModuleResult = { figures: Figure[]; notes?: string[]; meta?: Record<string, unknown> };

export type BenchContext = { env: BenchEnv; options: BenchOptions; figures: ReadonlyMap<string, Figure> };

export interface BenchModule {
  name: string;
  description: string;
  run(ctx: BenchContext): Promise<ModuleResult>;
}

export type Target = {
  key: string;
  description: string;
  /** undefined when a figure it needs was not measured. */
  check(figures: ReadonlyMap<string, Figure>): boolean | undefined;
};

export function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

export function figure(key: string, value: number, unit: string, label: string): Figure {
  return { key, value, unit, label };
}

export function round(value: number, digits = 1): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))]!;
}

function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return Math.abs(value) >= 100 ? Math.round(value).toLocaleString('en-US') : String(round(value, 1));
}

export function renderTable(figures: Figure[], targets: Target[], notes: string[]): string {
  const all = new Map(figures.map((f) => [f.key, f]));
  const targetFor = new Map<string, Target[]>();
  for (const target of targets) targetFor.set(target.key, [...(targetFor.get(target.key) ?? []), target]);
  const rows = figures.map((f) => {
    const checks = targetFor.get(f.key) ?? [];
    const verdicts = checks.map((t) => t.check(all));
    const status = verdicts.length === 0 ? '' : verdicts.includes(false) ? 'MISS' : verdicts.includes(undefined) ? '?' : 'ok';
    return [f.key, `${formatNumber(f.value)} ${f.unit}`, checks.map((t) => t.description).join(' and '), status, f.label];
  });
  const header = ['figure', 'value', 'target', '', 'what'];
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]!))));
  const line = (cells: string[]) => cells.map((c, i) => pad(c, widths[i]!)).join('  ').trimEnd();
  const out = [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
  if (notes.length) out.push('', ...notes.map((n) => `* ${n}`));
  return out.join('\n');
}

/** Display width: CJK characters take two columns. */
function width(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/.test(ch) ? 2 : 1;
  return w;
}

function pad(text: string, to: number): string {
  return text + ' '.repeat(Math.max(0, to - width(text)));
}
