import { ConfigError } from '../config.js';

const USAGE = `bangfu — 帮扶助手

  bangfu start [--role all|bot|worker]             run the service (demo county in a terminal without WECHATY_PUPPET)
  bangfu chat --as parent|helper|stranger|admin --text "<message>" [--json] [--batch]
  bangfu ask "<question>" [--json] [--batch]
  bangfu checkin parse "<message>" --now <ISO datetime> [--json] [--batch]
  bangfu plan import <file> --year <YYYY>          import a plan (its reminders follow from it); also: plan list, plan codes
  bangfu console add-user <username> --person <id>  a web console login for an office admin or a unit contact; also: console users
`;

type Command = (argv: string[]) => Promise<number | void>;

const COMMANDS: Record<string, () => Promise<Command>> = {
  start: async () => (await import('./start-command.js')).startCommand,
  chat: async () => (await import('./chat-command.js')).chatCommand,
  ask: async () => (await import('./ask-command.js')).askCommand,
  checkin: async () => (await import('./checkin-command.js')).checkinCommand,
  plan: async () => (await import('./plan-command.js')).planCommand,
  console: async () => (await import('./console-command.js')).consoleCommand,
};

/** Returns the exit code. */
export async function runCli(argv: string[]): Promise<number> {
  const [name = 'start', ...rest] = argv;
  const load = COMMANDS[name];
  if (!load) {
    process.stderr.write(name === 'help' || name === '--help' ? USAGE : `Unknown command "${name}".\n${USAGE}`);
    return name === 'help' || name === '--help' ? 0 : 2;
  }
  try {
    return (await (await load())(rest)) ?? 0;
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    return 1;
  }
}
