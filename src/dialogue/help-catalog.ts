import type { Bilingual } from '../shared/language.js';
import type { RoleOrStranger } from './ports.js';

export type HelpEntry = { roles: readonly RoleOrStranger[]; text: Bilingual };

/** Each capability describes its own commands here, so `帮助` lists only what exists. */
export class HelpCatalog {
  private readonly entries: HelpEntry[] = [];
  add(entry: HelpEntry): this {
    this.entries.push(entry);
    return this;
  }
  forRole(role: RoleOrStranger): HelpEntry[] {
    return this.entries.filter((entry) => entry.roles.includes(role));
  }
}

export const ALL_ROLES: readonly RoleOrStranger[] = ['stranger', 'parent', 'helper', 'unit_contact', 'office_admin'];
