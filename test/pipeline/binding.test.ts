import { afterAll, beforeAll, expect, it } from 'vitest';
import { demoPerson } from '../../src/store/seed/demo-county.js';
import { eventually } from '../support/eventually.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  app.world.addContact('wxid_new_helper', '孙强');
  app.world.addContact('wxid_someone_else', '某人');
});
afterAll(async () => {
  await app?.stop();
});

async function ask(contactId: string, text: string): Promise<string> {
  const before = app.world.sentTo(contactId).length;
  app.world.sayPrivately(contactId, text);
  return eventually(() => {
    const sent = app.world.sentTo(contactId);
    expect(sent.length).toBe(before + 1);
    return sent.at(-1)!.text;
  });
}

it('binds a contact with a valid invite code once, then refuses the used code', async () => {
  const code = demoPerson('helper-unbound').inviteCode!;
  expect(await ask('wxid_new_helper', `绑定 ${code.toLowerCase()}`)).toContain('绑定成功');
  const binding = await app.db.contactBinding.findUniqueOrThrow({ where: { contactId: 'wxid_new_helper' }, include: { person: true } });
  expect(binding.person.name).toBe('孙强');
  expect(binding.person.role).toBe('HELPER');
  expect(await ask('wxid_new_helper', '帮助')).toContain('帮扶干部');

  const before = await app.db.contactBinding.count();
  expect(await ask('wxid_someone_else', `绑定 ${code}`)).toContain('已经被使用');
  expect(await ask('wxid_new_helper', `绑定 ${demoPerson('parent-unbound').inviteCode}`)).toContain('已经绑定');
  expect(await app.db.contactBinding.count()).toBe(before);
  expect(await app.db.auditLog.count({ where: { action: 'contact.bind' } })).toBe(1);
});

it('refuses an unknown or malformed code clearly, in the asker\'s language', async () => {
  expect(await ask('wxid_someone_else', '绑定 ZZ-NOPE99')).toContain('不存在');
  expect(await ask('wxid_someone_else', 'bind ZZ-NOPE99')).toContain('does not exist');
  expect(await ask('wxid_someone_else', '绑定 ！！')).toContain('格式不对');
  expect(await app.db.contactBinding.findUnique({ where: { contactId: 'wxid_someone_else' } })).toBeNull();
});
