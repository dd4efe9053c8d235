import type { Logger } from 'pino';
import qrcodeTerminal from 'qrcode-terminal';
import { types, WechatyBuilder, type Wechaty } from 'wechaty';
import type { AppConfig } from '../config.js';

export type LoginChange =
  | { kind: 'login' | 'logout'; accountId: string; name: string }
  /** WeChat wants the account scanned in; `qrcode` is what the QR image encodes. */
  | { kind: 'scan'; qrcode: string };
export type LoginListener = (change: LoginChange) => void | Promise<void>;

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
  const report = (change: LoginChange) =>
    void Promise.resolve(onLoginChange(change)).catch((error: unknown) => logger.error({ err: (error as Error).message, change: change.kind }, 'could not record a WeChat login change'));
  bot.on('scan', (qrcode, status) => {
    logger.warn({ status }, 'WeChat needs a QR scan to log in');
    qrcodeTerminal.generate(qrcode, { small: true });
    // Wechaty reports every step of the scan; only a code waiting to be scanned is worth showing.
    if (qrcode && (status === types.ScanStatus.Waiting || status === types.ScanStatus.Timeout)) report({ kind: 'scan', qrcode });
  });
  bot.on('login', (user) => {
    logger.info({ accountId: user.id, name: user.name() }, 'WeChat logged in');
    report({ kind: 'login', accountId: user.id, name: user.name() });
  });
  bot.on('logout', (user) => {
    logger.error({ accountId: user.id }, 'WeChat logged out: nothing can be sent until it logs in again');
    report({ kind: 'logout', accountId: user.id, name: user.name() });
  });
  // Without an error listener a message arriving before login crashes the process.
  bot.on('error', (error) => logger.error({ err: error.message }, 'wechaty error'));
}
