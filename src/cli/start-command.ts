import { parseArgs } from 'node:util';
import { startApp, type AppRole } from '../app/start-app.js';
import { runTerminalDemo, type DemoControls } from '../chat/terminal-demo.js';
import { OffsetClock } from '../shared/clock.js';
import { DEMO_CONSOLE_ACCOUNTS, DEMO_CONSOLE_PASSWORD } from '../store/seed/demo-county.js';
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
  // The demo's clock can be moved (/clock) to watch the plan's reminders go out.
  const clock = new OffsetClock();
  const app = await startApp({ role, config, logger, clock });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await app.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  logger.info({ role, puppet: config.puppet ?? 'mock (demo county)', console: app.admin?.url ?? null }, 'Bangfu started');
  if (app.admin) {
    const demoLogin = app.world && config.demoSeed ? `（演示账号 ${DEMO_CONSOLE_ACCOUNTS[0].username} / ${DEMO_CONSOLE_PASSWORD}）` : '';
    process.stdout.write(`管理后台 Console: ${app.admin.url}${demoLogin}\n`);
  }
  if (demo && app.world) {
    const controls: DemoControls = {
      now: () => clock.now(),
      async jumpTo(instant) {
        clock.jumpTo(instant);
        const report = await app.reminders.worker?.sweepNow();
        return { reminders: report?.reminders.sent ?? 0, followUps: report?.followUps.sent ?? 0 };
      },
    };
    await runTerminalDemo(app.world, controls);
    await stop();
  }
}
