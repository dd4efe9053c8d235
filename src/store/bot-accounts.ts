import type { Db } from './prisma.js';

/** Which WeChat accounts are logged in, so the console and health checks can tell. */
export async function recordLoginState(
  db: Db,
  state: { accountId: string; name: string; puppet: string; loggedIn: boolean },
): Promise<void> {
  const data = { name: state.name, puppet: state.puppet, loggedIn: state.loggedIn, changedAt: new Date() };
  await db.botAccount.upsert({ where: { accountId: state.accountId }, create: { accountId: state.accountId, ...data }, update: data });
  await db.auditLog.create({
    data: { actor: 'system', action: state.loggedIn ? 'wechat.login' : 'wechat.logout', entity: 'BotAccount', entityId: state.accountId },
  });
}

/** The account that sends scheduled messages: the one logged in most recently. */
export async function currentAccountId(db: Db): Promise<string | null> {
  const account = await db.botAccount.findFirst({ where: { loggedIn: true }, orderBy: { changedAt: 'desc' }, select: { accountId: true } });
  return account?.accountId ?? null;
}
