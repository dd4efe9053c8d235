import type { Db } from '../prisma.js';
import { seedDemoHouseholds } from './demo-households.js';
import { hashPassword } from '../../shared/password-hash.js';
import { DEMO_CONSOLE_ACCOUNTS, DEMO_CONSOLE_PASSWORD, DEMO_PEOPLE, DEMO_UNITS, OFFICE_BIND_CODE, OFFICE_ROOM, PARENTS_ROOM, type DemoPerson } from './demo-county.js';

async function upsertPerson(db: Db, person: DemoPerson, unitId: string | null): Promise<void> {
  const id = `demo-${person.key}`;
  await db.person.upsert({
    where: { id },
    create: { id, name: person.name, role: person.role, phone: person.phone ?? null, unitId },
    update: {},
  });
  if (person.contactId) {
    await db.contactBinding.upsert({ where: { contactId: person.contactId }, create: { contactId: person.contactId, personId: id }, update: {} });
  }
  if (person.inviteCode) {
    await db.inviteCode.upsert({ where: { code: person.inviteCode }, create: { code: person.inviteCode, personId: id }, update: {} });
  }
}

/** Idempotent: running it again leaves an existing demo county as it is. */
export async function seedDemoCounty(db: Db, now: Date = new Date()): Promise<void> {
  for (const unit of DEMO_UNITS) {
    const saved = await db.unit.upsert({
      where: { code: unit.code },
      create: { code: unit.code, nameZh: unit.nameZh, nameEn: unit.nameEn, dutyZh: unit.dutyZh, dutyEn: unit.dutyEn },
      update: {},
    });
    await db.chatRoom.upsert({
      where: { roomId: unit.roomId },
      create: { roomId: unit.roomId, topic: `${unit.nameZh} · 边境扶贫专项行动`, unitId: saved.id, boundAt: new Date() },
      update: {},
    });
    await upsertPerson(db, unit.contact, saved.id);
    await db.roomBindCode.upsert({ where: { code: unit.bindCode }, create: { code: unit.bindCode, unitId: saved.id }, update: {} });
  }
  await db.roomBindCode.upsert({ where: { code: OFFICE_BIND_CODE }, create: { code: OFFICE_BIND_CODE, forOffice: true }, update: {} });
  for (const person of DEMO_PEOPLE) await upsertPerson(db, person, null);
  await db.chatRoom.upsert({
    where: { roomId: OFFICE_ROOM.id },
    create: { roomId: OFFICE_ROOM.id, topic: OFFICE_ROOM.topic, isOffice: true, boundAt: new Date() },
    update: {},
  });
  await db.chatRoom.upsert({ where: { roomId: PARENTS_ROOM.id }, create: { roomId: PARENTS_ROOM.id, topic: PARENTS_ROOM.topic }, update: {} });
  await seedDemoHouseholds(db, now);
  await seedDemoConsoleAccounts(db);
}

let demoPasswordHash: Promise<string> | null = null;

async function seedDemoConsoleAccounts(db: Db): Promise<void> {
  // One hash for the shared demo password: hashing is slow on purpose, and the demo has no secrets.
  demoPasswordHash ??= hashPassword(DEMO_CONSOLE_PASSWORD);
  const passwordHash = await demoPasswordHash;
  for (const account of DEMO_CONSOLE_ACCOUNTS) {
    await db.consoleAccount.upsert({ where: { username: account.username }, create: { username: account.username, passwordHash, personId: `demo-${account.personKey}` }, update: {} });
  }
}
