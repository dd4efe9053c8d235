// The demo county: who is in it and which WeChat contacts and rooms they use. The mock WeChat
// world and the database seed are both built from this one description, and tests use it as
// their fixture data.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';

export const BORDER_PLAN_FILE = new URL('../../reminders/plans/border-action-plan.yaml', import.meta.url);

const PlanUnitsSchema = z.object({
  units: z.array(z.object({ code: z.string(), name: z.object({ zh: z.string(), en: z.string() }), duty: z.object({ zh: z.string(), en: z.string() }) })),
});

export type DemoUnit = {
  code: string;
  nameZh: string;
  nameEn: string;
  dutyZh: string;
  dutyEn: string;
  roomId: string;
  /** Binds another group to this unit: 「@助手 绑定单位 DW-DEMO03」. */
  bindCode: string;
  contact: DemoPerson;
};
export type DemoPerson = {
  key: string;
  name: string;
  role: 'PARENT' | 'HELPER' | 'UNIT_CONTACT' | 'OFFICE_ADMIN';
  /** The WeChat contact already bound to this person, if any. */
  contactId: string | null;
  /** An unused invite code the demo hands out. */
  inviteCode: string | null;
  phone?: string;
};

export const BOT_CONTACT = { id: 'wxid_bangfu_bot', name: '帮扶助手' };
export const OFFICE_ROOM = { id: 'office-room@chatroom', topic: '边境扶贫专项行动组办公室' };
export const PARENTS_ROOM = { id: 'parents-room@chatroom', topic: '塔克什肯镇家长群' };
/** A group no unit has claimed yet, to try 「绑定单位 DW-DEMO08」 in the demo. */
export const UNBOUND_ROOM = { id: 'new-group@chatroom', topic: '水利局项目推进群' };
/** Binds a group as the office room; only an office admin may use it. */
export const OFFICE_BIND_CODE = 'BGS-DEMO01';

/** Console logins of the demo county (all with DEMO_CONSOLE_PASSWORD): the office, and two units' contacts. */
export const DEMO_CONSOLE_ACCOUNTS = [
  { username: 'admin', personKey: 'admin' },
  { username: 'education', personKey: 'unit-education' },
  { username: 'finance', personKey: 'unit-finance' },
] as const;
export const DEMO_CONSOLE_PASSWORD = 'bangfu-demo';

export const DEMO_PEOPLE: DemoPerson[] = [
  { key: 'admin', name: '李主任', role: 'OFFICE_ADMIN', contactId: 'wxid_office_li', inviteCode: null, phone: '13800001111' },
  { key: 'helper', name: '赵明', role: 'HELPER', contactId: 'wxid_helper_zhao', inviteCode: null, phone: '13900002222' },
  { key: 'helper2', name: '陈芳', role: 'HELPER', contactId: 'wxid_helper_chen', inviteCode: null },
  { key: 'helper-unbound', name: '孙强', role: 'HELPER', contactId: null, inviteCode: 'HX-SUN001' },
  { key: 'parent', name: '王大山', role: 'PARENT', contactId: 'wxid_parent_wang', inviteCode: null },
  { key: 'parent2', name: '马秀兰', role: 'PARENT', contactId: 'wxid_parent_ma', inviteCode: null },
  { key: 'parent-unbound', name: '阿依古丽', role: 'PARENT', contactId: null, inviteCode: 'PA-AYI001' },
];

/** A contact no person record knows: the default "stranger/parent". */
export const STRANGER_CONTACT = { id: 'wxid_stranger_01', name: '路人甲' };

function loadUnits(): DemoUnit[] {
  const plan = PlanUnitsSchema.parse(parse(readFileSync(BORDER_PLAN_FILE, 'utf8')));
  return plan.units.map((unit, index) => ({
    code: unit.code,
    nameZh: unit.name.zh,
    nameEn: unit.name.en,
    dutyZh: unit.duty.zh,
    dutyEn: unit.duty.en,
    roomId: `unit-${unit.code}@chatroom`,
    bindCode: `DW-DEMO${String(index + 1).padStart(2, '0')}`,
    contact: {
      key: `unit-${unit.code}`,
      name: `${unit.name.zh.slice(0, 6)}联络员`,
      role: 'UNIT_CONTACT',
      contactId: `wxid_unit_${String(index + 1).padStart(2, '0')}`,
      inviteCode: null,
    },
  }));
}

export const DEMO_UNITS: DemoUnit[] = loadUnits();

export function demoPerson(key: string): DemoPerson {
  const person = [...DEMO_PEOPLE, ...DEMO_UNITS.map((unit) => unit.contact)].find((candidate) => candidate.key === key);
  if (!person) throw new Error(`No demo person "${key}"`);
  return person;
}

/** The demo contact that speaks for a role in `bangfu chat --as <role>`. */
export function demoContactForRole(role: 'parent' | 'helper' | 'stranger' | 'admin' | 'unit'): { id: string; name: string } {
  if (role === 'stranger') return STRANGER_CONTACT;
  const key = { parent: 'parent', helper: 'helper', admin: 'admin', unit: `unit-${DEMO_UNITS[0]!.code}` }[role];
  const person = demoPerson(key);
  return { id: person.contactId!, name: person.name };
}
