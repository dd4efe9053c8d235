// In-memory stores behind the import ports, for the use-case tests. They keep records and audit
// entries the way the ports promise (one entry per created or changed record, nothing unchanged).
import type { HouseholdFields, HouseholdImportStore } from '../../src/check-ins/records/household-import-ports.js';
import type { PairingFields, PairingImportStore, PersonMatch } from '../../src/check-ins/records/pairing-import-ports.js';
import type { ExistingPerson, InviteCodeStore, PeopleImportStore, PersonFields, UnitMatch } from '../../src/dialogue/people/people-import-ports.js';
import type { SavedUnit, UnitFields, UnitImportStore } from '../../src/reminders/units/unit-import-ports.js';
import type { SavedRecord } from '../../src/shared/sheet-import/import-result.js';

export interface MemoryAudit {
  actor: string;
  action: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

let lastId = 0;
const nextId = (prefix: string) => `${prefix}-${(lastId += 1)}`;

class MemoryTable<F extends object> {
  readonly records = new Map<string, { id: string; fields: F }>();
  readonly audits: MemoryAudit[] = [];
  saveCalls = 0;
  constructor(private readonly prefix: string, private readonly action: string) {}

  put(key: string, fields: F, id = nextId(this.prefix)): string {
    this.records.set(key, { id, fields });
    return id;
  }

  upsert(upserts: readonly { key: string; create: F; update: Partial<F> }[], by: string): SavedRecord[] {
    this.saveCalls += 1;
    return upserts.map(({ key, create, update }) => {
      const stored = this.records.get(key);
      if (!stored) {
        const id = this.put(key, create);
        this.audits.push({ actor: by, action: this.action, entityId: id, before: null, after: create });
        return { id, outcome: 'created' };
      }
      const after = { ...stored.fields, ...update };
      if (JSON.stringify(after) === JSON.stringify(stored.fields)) return { id: stored.id, outcome: 'unchanged' };
      this.audits.push({ actor: by, action: this.action, entityId: stored.id, before: stored.fields, after });
      stored.fields = after;
      return { id: stored.id, outcome: 'updated' };
    });
  }
}

export class MemoryHouseholdStore implements HouseholdImportStore {
  readonly table = new MemoryTable<HouseholdFields>('household', 'household.import');
  async saveHouseholds(households: Parameters<HouseholdImportStore['saveHouseholds']>[0], by: string) {
    return this.table.upsert(households.map((household) => ({ key: household.code, ...household })), by);
  }
  fieldsOf(code: string): HouseholdFields | undefined {
    return this.table.records.get(code)?.fields;
  }
}

export class MemoryPairingStore implements PairingImportStore {
  readonly table = new MemoryTable<PairingFields>('pairing', 'pairing.import');
  constructor(readonly people: PersonMatch[], readonly households: { id: string; code: string }[]) {}
  async findPeople(references: readonly string[]) {
    return this.people.filter((person) => references.includes(person.id) || references.includes(person.name));
  }
  async findHouseholds(codes: readonly string[]) {
    return this.households.filter((household) => codes.includes(household.code));
  }
  async savePairings(pairings: Parameters<PairingImportStore['savePairings']>[0], by: string) {
    return this.table.upsert(pairings.map((pairing) => ({ key: MemoryPairingStore.key(pairing.helperId, pairing.householdId, pairing.periodStart), ...pairing })), by);
  }
  static key(helperId: string, householdId: string, periodStart: string): string {
    return `${helperId}|${householdId}|${periodStart}`;
  }
}

export type MemoryPerson = ExistingPerson & { language: 'zh' | 'en' };

export class MemoryPeopleStore implements PeopleImportStore, InviteCodeStore {
  readonly audits: MemoryAudit[] = [];
  readonly inviteCodes: { code: string; personId: string; by: string }[] = [];
  saveCalls = 0;
  constructor(readonly people: MemoryPerson[], readonly units: UnitMatch[]) {}

  async findPeople(ids: readonly string[]) {
    return this.people.filter((person) => ids.includes(person.id));
  }
  async findPeopleNamed(names: readonly string[]) {
    return this.people.filter((person) => names.includes(person.name));
  }
  async findUnits(references: readonly string[]) {
    return this.units.filter((unit) => references.includes(unit.code) || references.includes(unit.nameZh));
  }
  async savePeople(writes: Parameters<PeopleImportStore['savePeople']>[0], by: string): Promise<SavedRecord[]> {
    this.saveCalls += 1;
    return writes.map((write): SavedRecord => {
      if (write.personId === null) {
        const person = { id: nextId('person'), ...write.create };
        this.people.push(person);
        this.audits.push({ actor: by, action: 'person.import', entityId: person.id, before: null, after: write.create });
        return { id: person.id, outcome: 'created' };
      }
      const person = this.people.find((candidate) => candidate.id === write.personId)!;
      const before: PersonFields = { name: person.name, role: person.role, phone: person.phone, unitId: person.unitId, language: person.language };
      const after = { ...before, ...write.update };
      if (JSON.stringify(after) === JSON.stringify(before)) return { id: person.id, outcome: 'unchanged' };
      Object.assign(person, write.update);
      this.audits.push({ actor: by, action: 'person.import', entityId: person.id, before, after });
      return { id: person.id, outcome: 'updated' };
    });
  }

  async findPerson(personId: string) {
    return this.people.find((person) => person.id === personId) ?? null;
  }
  async createInviteCode(personId: string, prefix: string, by: string) {
    const code = `${prefix}-MEM${String(this.inviteCodes.length + 1).padStart(3, '0')}`;
    this.inviteCodes.push({ code, personId, by });
    return code;
  }
  person(name: string): MemoryPerson | undefined {
    return this.people.find((person) => person.name === name);
  }
}

export class MemoryUnitStore implements UnitImportStore {
  readonly table = new MemoryTable<UnitFields>('unit', 'unit.import');
  readonly bindCodes = new Map<string, string>();
  async findUnitsNamed(names: readonly string[]) {
    return [...this.table.records].filter(([, unit]) => names.includes(unit.fields.nameZh)).map(([code, unit]) => ({ code, nameZh: unit.fields.nameZh }));
  }
  async saveUnits(units: Parameters<UnitImportStore['saveUnits']>[0], by: string): Promise<SavedUnit[]> {
    return this.table.upsert(units.map((unit) => ({ key: unit.code, ...unit })), by).map((saved) => {
      if (saved.outcome === 'created') this.bindCodes.set(saved.id, `DW-TEST${String(this.bindCodes.size + 1).padStart(2, '0')}`);
      return { ...saved, bindCode: this.bindCodes.get(saved.id) ?? null };
    });
  }
}
