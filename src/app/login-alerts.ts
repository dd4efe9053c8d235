// When the WeChat login drops, the office must hear before anyone misses a reminder: the console
// shows a banner (from WeChatLoginState), the log says so at error level, the metric falls to 0,
// admins get a message through any other account still logged in, and on recovery through this one.
import type { Logger } from 'pino';
import type { ReplyQueue } from '../dialogue/ports.js';
import type { OutgoingMessage } from '../dialogue/inbound-message.js';
import { formatBeijing } from '../shared/beijing-time.js';
import type { Db } from '../store/prisma.js';
import type { WeChatLoginStates, WeChatLoginStatus } from '../store/wechat-login-state.js';
import type { AppMetrics } from './metrics.js';

export interface LoginAlertDeps {
  db: Db;
  botName: string;
  loginStates: WeChatLoginStates;
  replies: ReplyQueue;
  metrics: AppMetrics;
  logger: Logger;
}

export function createLoginAlerts(deps: LoginAlertDeps) {
  return async (change: { state: WeChatLoginStatus; accountId?: string; accountName?: string; qrCode?: string }, at: Date): Promise<void> => {
    const before = await deps.loginStates.record(deps.botName, change, at);
    deps.metrics.setLoginState(deps.botName, change.state === 'logged_in');
    const wasUp = before?.state === 'logged_in';
    if (change.state !== 'logged_in' && wasUp) {
      deps.logger.error({ bot: deps.botName, state: change.state }, 'WeChat login lost: reminders and answers wait until it is back');
      const other = await deps.db.botAccount.findFirst({ where: { loggedIn: true, NOT: { accountId: before?.accountId ?? '' } }, orderBy: { changedAt: 'desc' } });
      if (other) {
        const text = `【帮扶助手·运维】微信账号「${before?.accountName ?? before?.accountId ?? ''}」已于${formatBeijing(at)}掉线${change.state === 'scan_needed' ? '，需要扫码重新登录（二维码在管理后台首页）' : ''}。恢复前它所在群的提醒和答复会暂缓发送。`;
        await deps.replies.enqueue(other.accountId, await toAdmins(deps.db, text), { id: `login-down-${deps.botName}-${at.getTime()}`, causedAt: at });
      }
    }
    if (change.state === 'logged_in' && before && !wasUp && before.downSince && change.accountId) {
      const minutes = Math.round((at.getTime() - before.downSince.getTime()) / 60_000);
      const text = `【帮扶助手·运维】微信已重新登录（中断约${minutes}分钟，自${formatBeijing(before.downSince)}起）。期间到期的提醒现在补发，标注为补发。`;
      await deps.replies.enqueue(change.accountId, await toAdmins(deps.db, text), { id: `login-up-${deps.botName}-${before.downSince.getTime()}`, causedAt: at });
    }
  };
}

/** The office room, or each office admin privately when there is none. */
async function toAdmins(db: Db, text: string): Promise<OutgoingMessage[]> {
  const office = await db.chatRoom.findFirst({ where: { isOffice: true }, orderBy: { roomId: 'asc' } });
  if (office) return [{ chatId: office.roomId, roomId: office.roomId, text, priority: 'reply', mentionIds: [] }];
  const admins = await db.contactBinding.findMany({ where: { person: { role: 'OFFICE_ADMIN' } } });
  return admins.map((binding) => ({ chatId: binding.contactId, roomId: null, text, priority: 'reply', mentionIds: [] }));
}
