import { parseArgs } from 'node:util';
import { startApp, type AppRole } from '../app/start-app.js';
import { runTerminalDemo } from '../chat/terminal-demo.js';
import { loadConfig } from '../config.js';
import { createLogger } from '../shared/logger.js';

/** `bangfu start --role bot|worker|all`: with no WECHATY_PUPPET, the demo county in a terminal chat. */
export async function startCommand(argv: string[]): Promise<void> {
  const { values } = parseArgs({ args: argv, options: { role: { type: 'string', default: 'all' }, 'no-terminal': { type: 'boolean', default: false } } });
  const role = values.role as AppRole;
  if (!['all', 'bot', 'worker'].includes(role)) throw new Error(`--role must be bot, worker or all (got "${role}")`);
  const config = loadConfig();
  const demo = !config.puppet && role !== 'worker' && !values['no-terminal'];
  // In the terminal demo the logs would drown the conversation: they go to stderr, warnings only.
  const logger = createLogger(demo ? 'warn' : config.logLevel, demo ? process.stderr : undefined);
  const app = await startApp({ role, config, logger });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await app.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  logger.info({ role, puppet: config.puppet ?? 'mock (demo county)' }, 'Bangfu started');
  if (demo && app.world) {
    await runTerminalDemo(app.world);
    await stop();
  }
}
