import { createKnowledgeBase, parsePolicyFacts, type KnowledgeBase } from './knowledge-base.js';
import type { PolicyFact } from './policy-fact-schema.js';
import type { PolicyFactStore } from './ports.js';

/**
 * The knowledge base the chat answers from: built in memory from what PostgreSQL holds (the
 * reviewed file's facts, loaded at start-up, plus the facts an office added). Building the index
 * takes a moment, so it is built once and rebuilt only when the stored table changes.
 */
export interface PolicyLibrary {
  /** Stores the shipped facts (idempotent) and builds the index; called once when the app starts. */
  start(): Promise<void>;
  /** The current knowledge base; waits for start-up, and rebuilds if another process added facts. */
  knowledgeBase(): Promise<KnowledgeBase>;
  /** Rebuilds from the store now, e.g. right after this process added a fact. */
  reload(): Promise<KnowledgeBase>;
}

export type PolicyLibraryOptions = {
  store: PolicyFactStore;
  shippedFacts: () => readonly PolicyFact[];
  /** How often to ask the store whether another worker process added facts. */
  revisionCheckMs?: number;
  now?: () => number;
};

/**
 * The reviewed file's order decides ties between equally good facts, so answers from the database
 * are the ones the file gives; facts an office added come after, oldest first.
 */
function inReviewedOrder(facts: PolicyFact[], shipped: readonly PolicyFact[]): PolicyFact[] {
  const position = new Map(shipped.map((fact, index) => [fact.code, index]));
  const rank = (fact: PolicyFact) => position.get(fact.code) ?? shipped.length;
  return facts.map((fact, index) => ({ fact, index })).sort((a, b) => rank(a.fact) - rank(b.fact) || a.index - b.index).map(({ fact }) => fact);
}

export function createPolicyLibrary(options: PolicyLibraryOptions): PolicyLibrary {
  const { store } = options;
  const now = options.now ?? Date.now;
  const revisionCheckMs = options.revisionCheckMs ?? 30_000;
  let loaded: Promise<{ kb: KnowledgeBase; revision: string }> | null = null;
  let started: Promise<void> | null = null;
  let lastCheckedAt = 0;
  let shipped: readonly PolicyFact[] | null = null;
  const shippedFacts = () => (shipped ??= options.shippedFacts());

  const build = async () => {
    const revision = await store.revision();
    // Stored payloads are validated again: an admin import or a hand edit must not break answering.
    const kb = createKnowledgeBase(inReviewedOrder(parsePolicyFacts(await store.currentFacts()), shippedFacts()));
    lastCheckedAt = now();
    return { kb, revision };
  };
  const rebuild = () => {
    const attempt = build();
    loaded = attempt;
    // A failed build (database down) is retried by the next question instead of sticking.
    attempt.catch(() => {
      if (loaded === attempt) loaded = null;
    });
    return attempt;
  };
  const start = () => {
    if (!started) {
      const attempt = (async () => {
        await store.importFacts(shippedFacts(), 'shipped');
        await rebuild();
      })();
      started = attempt;
      attempt.catch(() => {
        if (started === attempt) started = null;
      });
    }
    return started;
  };

  return {
    start,
    async knowledgeBase() {
      await start();
      const current = await (loaded ?? rebuild());
      if (now() - lastCheckedAt < revisionCheckMs) return current.kb;
      lastCheckedAt = now();
      if ((await store.revision()) === current.revision) return current.kb;
      return (await rebuild()).kb;
    },
    async reload() {
      await start();
      return (await rebuild()).kb;
    },
  };
}
