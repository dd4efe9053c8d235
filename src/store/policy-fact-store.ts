import type { PolicyFact } from '../policy-qa/policy-fact-schema.js';
import type { PolicyFactStore } from '../policy-qa/ports.js';
import type { Prisma } from './generated/prisma/client.js';
import type { Db } from './prisma.js';

export function policyFactRow(fact: PolicyFact, origin: 'shipped' | 'office'): Prisma.PolicyFactCreateManyInput {
  return {
    code: fact.code,
    version: fact.version,
    kind: fact.kind,
    payload: JSON.parse(JSON.stringify(fact)) as Prisma.InputJsonValue,
    sourceDocument: fact.source.document,
    sourceSection: fact.source.section,
    scopeLevel: fact.scope.level,
    origin,
  };
}

export function createPolicyFactStore(db: Db): PolicyFactStore {
  return {
    async importFacts(facts, origin) {
      // Insert-if-missing on (code, version): restarts, and two processes starting together,
      // leave the table as it is. A changed fact in the reviewed file needs a new version.
      const { count } = await db.policyFact.createMany({ data: facts.map((fact) => policyFactRow(fact, origin)), skipDuplicates: true });
      return { added: count };
    },
    async currentFacts() {
      const rows = await db.policyFact.findMany({ orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: { code: true, version: true, payload: true } });
      const latest = new Map<string, { version: number; payload: unknown }>();
      for (const row of rows) {
        const seen = latest.get(row.code);
        if (!seen || row.version > seen.version) latest.set(row.code, row);
      }
      return [...latest.values()].map((row) => row.payload as PolicyFact);
    },
    async revision() {
      // Rows are only ever added, so the count and the newest insert identify the table's state.
      const { _count, _max } = await db.policyFact.aggregate({ _count: { _all: true }, _max: { createdAt: true } });
      return `${_count._all}:${_max.createdAt?.toISOString() ?? '-'}`;
    },
  };
}
