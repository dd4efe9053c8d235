// What importing people and issuing invite codes need from the records;
// src/store/records/people-import-store.ts and invite-code-store.ts implement them.
import type { SavedRecord } from '../../shared/sheet-import/import-result.js';
import type { Role } from '../ports.js';

export type PersonLanguage = 'zh' | 'en';

export interface PersonFields {
  name: string;
  role: Role;
  /** 11 digits. */
  phone: string | null;
  unitId: string | null;
  language: PersonLanguage;
}

export interface ExistingPerson {
  id: string;
  name: string;
  role: Role;
  phone: string | null;
  unitId: string | null;
}

export interface UnitMatch {
  id: string;
  code: string;
  nameZh: string;
}

/** A row with an id changes that person (only the fields whose column the file has); one without creates one. */
export type PersonWrite = { personId: null; create: PersonFields } | { personId: string; update: Partial<PersonFields> };

export interface PeopleImportStore {
  findPeople(ids: readonly string[]): Promise<ExistingPerson[]>;
  findPeopleNamed(names: readonly string[]): Promise<ExistingPerson[]>;
  /** Every unit whose code or Chinese name is one of `references`. */
  findUnits(references: readonly string[]): Promise<UnitMatch[]>;
  /**
   * All or nothing, in one transaction, with one audit entry (`person.import`, actor `by`) per
   * person created or changed. Results in order.
   */
  savePeople(writes: readonly PersonWrite[], by: string): Promise<SavedRecord[]>;
}

export interface InviteCodeStore {
  findPerson(personId: string): Promise<{ id: string; name: string; role: Role } | null>;
  /** Stores a fresh, never-used code `<prefix>-XXXXXX` for the person, audited (`invite_code.issue`, actor `by`). */
  createInviteCode(personId: string, prefix: string, by: string): Promise<string>;
}
