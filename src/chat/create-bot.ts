import type { Logger } from 'pino';
import qrcodeTerminal from 'qrcode-terminal';
import { WechatyBuilder, type Wechaty } from 'wechaty';
import type { AppConfig } from '../config.js';

export type LoginListener = (state: { accountId: string; name: string; loggedIn: boolean }) => void | Promise<void>;

/** A Wechaty bot on the configured puppet, logging in with a QR code in the terminal. */
export function createBot(config: AppConfig, logger: Logger, onLoginChange: LoginListener): Wechaty {
  const bot = WechatyBuilder.build({
    name: 'bangfu',
    puppet: config.puppet as never,
    puppetOptions: config.puppetToken ? { token: config.puppetToken } : {},
  });
  watchLogin(bot, logger, onLoginChange);
  return bot;
}

export function watchLogin(bot: Wechaty, logger: Logger, onLoginChange: LoginListener): void {
  bot.on('scan', (qrcode, status) => {
    logger.warn({ status }, 'WeChat needs a QR scan to log in');
    qrcodeTerminal.generate(qrcode, { small: true });
  });
  bot.on('login', (user) => {
    logger.info({ accountId: user.id, name: user.name() }, 'WeChat logged in');
    void Promise.resolve(onLoginChange({ accountId: user.id, name: user.name(), loggedIn: true })).catch((error: unknown) =>
      logger.error({ err: (error as Error).message }, 'could not record login'),
    );
  });
  bot.on('logout', (user) => {
    logger.warn({ accountId: user.id }, 'WeChat logged out');
    void Promise.resolve(onLoginChange({ accountId: user.id, name: user.name(), loggedIn: false })).catch((error: unknown) =>
      logger.error({ err: (error as Error).message }, 'could not record logout'),
    );
  });
  // Without an error listener a message arriving before login crashes the process.
  bot.on('error', (error) => logger.error({ err: error.message }, 'wechaty error'));
}
