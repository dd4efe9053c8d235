// The inbound workers in a process of their own (role 'worker'), for the split pipeline variant.
// Configured from the environment like the real app; talks to the bench over the IPC channel.
import './quiet.js';
import { startApp } from '../../src/app/start-app.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/shared/logger.js';

type Command = { type: 'rss' } | { type: 'stop' };

const config = loadConfig(process.env);
const app = await startApp({ role: 'worker', config, skipDatabaseSetup: true, logger: createLogger(config.logLevel) });

let stopping: Promise<void> | null = null;
const stop = () =>
  (stopping ??= app
    .stop()
    .catch((error: unknown) => {
      process.stderr.write(`[bench worker] stop: ${(error as Error).message}\n`);
    })
    .finally(() => process.disconnect?.()));

process.on('message', (command: Command) => {
  if (command.type === 'rss') process.send?.({ type: 'rss', rss: process.memoryUsage().rss, memory: process.memoryUsage() });
  if (command.type === 'stop') void stop();
});
// Ctrl-C reaches the whole process group: the bench decides when this process stops.
process.on('SIGINT', () => undefined);
// The bench went away without saying stop: do not linger holding Redis and PostgreSQL connections.
process.on('disconnect', () => void stop().then(() => process.exit(0)));
process.send?.({ type: 'ready', pid: process.pid });
