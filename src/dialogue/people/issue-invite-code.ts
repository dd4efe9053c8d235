// A fresh invite code the office hands a person so their WeChat can bind itself (「绑定 HX-7Q2M9K」).
import type { Bilingual } from '../../shared/language.js';
import type { Role } from '../ports.js';
import type { InviteCodeStore } from './people-import-ports.js';

/** The prefix says whom a code is for when the office reads a list of them; the demo's codes use the same. */
export const INVITE_CODE_PREFIX: Record<Role, string> = {
  parent: 'PA',
  helper: 'HX',
  unit_contact: 'UC',
  office_admin: 'AD',
};

export type IssuedInviteCode = { ok: true; code: string; personId: string; personName: string } | { ok: false; message: Bilingual };

export async function issueInviteCode(store: InviteCodeStore, personId: string, by: string): Promise<IssuedInviteCode> {
  const person = await store.findPerson(personId);
  if (!person) {
    return { ok: false, message: { zh: `找不到编号为「${personId}」的人员`, en: `no person with id "${personId}"` } };
  }
  const code = await store.createInviteCode(person.id, INVITE_CODE_PREFIX[person.role], by);
  return { ok: true, code, personId: person.id, personName: person.name };
}
