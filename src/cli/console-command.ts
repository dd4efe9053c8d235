import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { hashPassword } from '../shared/password-hash.js';
import { createConsoleAccounts } from '../store/console-accounts.js';
import { ensureDatabase } from '../store/ensure-database.js';
import { createPrismaClient } from '../store/prisma.js';

const USAGE = `usage:
  bangfu console add-user <username> --person <person id>      the password is asked for (or read from stdin with --password-stdin)
  bangfu console users
A console account belongs to a person: an office admin sees everything, a unit contact their unit.
`;

/** `bangfu console …`: console logins. */
export async function consoleCommand(argv: string[]): Promise<number> {
  const [action, ...rest] = argv;
  const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { person: { type: 'string' }, 'password-stdin': { type: 'boolean', default: false } } });
  if (action !== 'add-user' && action !== 'users') {
    process.stderr.write(USAGE);
    return 2;
  }
  const config = loadConfig();
  await ensureDatabase(config.databaseUrl);
  const db = createPrismaClient(config.databaseUrl);
  try {
    if (action === 'users') {
      const accounts = await db.consoleAccount.findMany({ include: { person: true }, orderBy: { username: 'asc' } });
      for (const account of accounts) process.stdout.write(`${account.username}\t${account.person.name}\t${account.person.role}${account.disabledAt ? '\tdisabled' : ''}\n`);
      return 0;
    }
    const [username] = positionals;
    if (!username || !/^[\w.-]{3,32}$/.test(username) || !values.person) {
      process.stderr.write(`用户名为3–32位字母、数字、. _ -，并用 --person 指定人员编号。\n${USAGE}`);
      return 2;
    }
    const person = await db.person.findUnique({ where: { id: values.person } });
    if (!person || (person.role !== 'OFFICE_ADMIN' && person.role !== 'UNIT_CONTACT')) {
      process.stderr.write('只有办公室管理员或单位联络人可以有后台账号；请核对人员编号（后台「人员」页可查）。\n');
      return 2;
    }
    const password = await readPassword(values['password-stdin']);
    if (password.length < 10) {
      process.stderr.write('密码至少10位。\n');
      return 2;
    }
    const account = await createConsoleAccounts(db).create({ username, passwordHash: await hashPassword(password), personId: person.id, by: 'cli' });
    process.stdout.write(`已创建后台账号 ${account.username}（${person.name}）。\n`);
    return 0;
  } finally {
    await db.$disconnect();
  }
}

async function readPassword(fromStdin: boolean): Promise<string> {
  const prompt = createInterface({ input: process.stdin, output: fromStdin ? undefined : process.stdout, terminal: false });
  try {
    if (fromStdin) {
      for await (const line of prompt) return line;
      return '';
    }
    return await prompt.question('密码 Password: ');
  } finally {
    prompt.close();
  }
}
