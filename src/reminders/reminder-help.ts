import type { HelpEntry } from '../dialogue/help-catalog.js';

/** What `帮助` lists for the reminders capability. */
export const REMINDER_HELP: HelpEntry[] = [
  { roles: ['unit_contact'], text: { zh: '在单位工作群里收到计划提醒后回复「收到」，提交材料后回复「已提交」', en: 'When a plan reminder arrives in your unit group, reply "收到"; once you have submitted, reply "已提交"' } },
  { roles: ['unit_contact', 'office_admin'], text: { zh: '绑定单位群：在群里@我发送「绑定单位 代码」（代码由办公室发放）', en: 'Bind a unit group: in the group, mention me with "bind unit <code>" (the office gives out the code)' } },
  { roles: ['office_admin'], text: { zh: '提醒列表：未来7天要发的计划提醒', en: '提醒列表 (reminders): what goes out in the next 7 days' } },
  { roles: ['office_admin'], text: { zh: '谁没回 / 进度 [阶段]：各单位的收到和提交情况', en: '谁没回 / 进度 [stage]: which units acknowledged and submitted' } },
  { roles: ['office_admin'], text: { zh: '暂停提醒 单位 / 恢复提醒 单位；改期 阶段 日期（例如「改期 动员部署 2月1日」）', en: 'pause / resume reminders <unit>; reschedule <stage> <date> (e.g. "改期 动员部署 2月1日")' } },
];
