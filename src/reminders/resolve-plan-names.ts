import type { PlanDefinition, PlanSubjectRef, PlanUnit } from './plan-definition.js';

/** Finding what the office typed: an exact code or name wins, else a part that fits only one. */
export type NameResolution<T> =
  | { status: 'found'; value: T }
  | { status: 'unknown' }
  | { status: 'ambiguous'; candidates: string[] };

const squash = (text: string): string => text.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');

export function resolveUnit(plan: PlanDefinition, query: string): NameResolution<PlanUnit> {
  return resolveByNames(
    query,
    plan.units.map((unit) => ({ value: unit, label: unit.aliases[0] ?? unit.name.zh, names: [unit.code, unit.name.zh, unit.name.en, ...unit.aliases] })),
  );
}

export function resolveSubject(plan: PlanDefinition, query: string): NameResolution<PlanSubjectRef> {
  return resolveByNames<PlanSubjectRef>(query, [
    ...plan.stages.map((stage) => ({
      value: { type: 'stage' as const, code: stage.code },
      label: stage.title.zh,
      names: [stage.code, stage.title.zh, stage.title.en],
    })),
    ...plan.duties.map((duty) => ({
      value: { type: 'duty' as const, code: duty.code },
      label: duty.title.zh,
      names: [duty.code, duty.title.zh, duty.title.en],
    })),
  ]);
}

function resolveByNames<T>(query: string, entries: { value: T; label: string; names: string[] }[]): NameResolution<T> {
  const wanted = squash(query);
  if (!wanted) return { status: 'unknown' };
  const exact = entries.find((entry) => entry.names.some((name) => squash(name) === wanted));
  if (exact) return { status: 'found', value: exact.value };
  const partial = entries.filter((entry) => entry.names.some((name) => squash(name).includes(wanted)));
  if (partial.length === 1 && partial[0]) return { status: 'found', value: partial[0].value };
  if (partial.length > 1) return { status: 'ambiguous', candidates: partial.map((entry) => entry.label) };
  return { status: 'unknown' };
}
