import type { Db } from './prisma.js';

export type ConsoleRole = 'office_admin' | 'unit_contact';

/** Who is looking at the console, and so what they may see. */
export interface ConsoleViewer {
  accountId: string;
  username: string;
  personId: string;
  name: string;
  role: ConsoleRole;
  /** Set for a unit contact: the one unit they see. */
  unit: { id: string; code: string; nameZh: string; nameEn: string } | null;
}

export function createConsoleAccounts(db: Db) {
  const toViewer = (account: {
    id: string;
    username: string;
    person: { id: string; name: string; role: string; unit: { id: string; code: string; nameZh: string; nameEn: string } | null };
  }): ConsoleViewer | null => {
    const role = account.person.role === 'OFFICE_ADMIN' ? 'office_admin' : account.person.role === 'UNIT_CONTACT' ? 'unit_contact' : null;
    if (!role || (role === 'unit_contact' && !account.person.unit)) return null;
    return { accountId: account.id, username: account.username, personId: account.person.id, name: account.person.name, role, unit: role === 'unit_contact' ? account.person.unit : null };
  };
  const include = { person: { include: { unit: { select: { id: true, code: true, nameZh: true, nameEn: true } } } } } as const;
  return {
    async byUsername(username: string) {
      return db.consoleAccount.findUnique({ where: { username }, include });
    },
    async viewer(accountId: string): Promise<ConsoleViewer | null> {
      const account = await db.consoleAccount.findUnique({ where: { id: accountId }, include });
      return account && !account.disabledAt ? toViewer(account) : null;
    },
    toViewer,
    async recordLogin(accountId: string, at: Date) {
      await db.consoleAccount.update({ where: { id: accountId }, data: { lastLoginAt: at } });
      await db.auditLog.create({ data: { actor: `console:${accountId}`, action: 'console.login', entity: 'ConsoleAccount', entityId: accountId } });
    },
    async create(input: { username: string; passwordHash: string; personId: string; by: string }) {
      const account = await db.consoleAccount.create({ data: { username: input.username, passwordHash: input.passwordHash, personId: input.personId } });
      await db.auditLog.create({ data: { actor: input.by, action: 'console_account.create', entity: 'ConsoleAccount', entityId: account.id, after: { username: input.username, personId: input.personId } } });
      return account;
    },
  };
}

export type ConsoleAccounts = ReturnType<typeof createConsoleAccounts>;
