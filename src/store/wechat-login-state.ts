import type { Db } from './prisma.js';

export type WeChatLoginStatus = 'logged_in' | 'scan_needed' | 'logged_out';

export interface WeChatLoginRecord {
  botName: string;
  state: WeChatLoginStatus;
  accountId: string | null;
  accountName: string | null;
  qrCode: string | null;
  changedAt: Date;
  downSince: Date | null;
}

/** The bot process's WeChat login as the console and /readyz see it. */
export function createWeChatLoginStates(db: Db) {
  return {
    /** Returns the record before the change, so a caller can tell a drop from a first start. */
    async record(botName: string, change: { state: WeChatLoginStatus; accountId?: string; accountName?: string; qrCode?: string }, at: Date): Promise<WeChatLoginRecord | null> {
      const before = await db.weChatLoginState.findUnique({ where: { botName } });
      const up = change.state === 'logged_in';
      // Down since the first report of trouble, however many (scan, logout, scan) follow it.
      const downSince = up ? null : (before?.downSince ?? at);
      const data = {
        state: change.state,
        accountId: change.accountId ?? before?.accountId ?? null,
        accountName: change.accountName ?? before?.accountName ?? null,
        qrCode: change.state === 'scan_needed' ? (change.qrCode ?? null) : null,
        changedAt: at,
        downSince,
      };
      await db.weChatLoginState.upsert({ where: { botName }, create: { botName, ...data }, update: data });
      return before ? { ...before, state: before.state as WeChatLoginStatus } : null;
    },
    async all(): Promise<WeChatLoginRecord[]> {
      const rows = await db.weChatLoginState.findMany({ orderBy: { botName: 'asc' } });
      return rows.map((row) => ({ ...row, state: row.state as WeChatLoginStatus }));
    },
  };
}

export type WeChatLoginStates = ReturnType<typeof createWeChatLoginStates>;
