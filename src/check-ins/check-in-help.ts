// What `帮助` lists for helpers (and admins) about visit check-ins.
import type { HelpEntry } from '../dialogue/help-catalog.js';

export const CHECK_IN_HELP: readonly HelpEntry[] = [
  {
    roles: ['helper'],
    text: {
      zh: '登记走访：直接说，例如「今天去了王大山家，待了3小时，送了2袋化肥价值300元」，核对后回复「确认」；10分钟内可发照片或位置作佐证',
      en: 'Record a visit: just say it, e.g. "Visited Wang Dashan today for 3 hours, brought fertiliser worth 300 yuan", then reply "confirm"; photos or a location within 10 minutes are kept as evidence',
    },
  },
  { roles: ['helper'], text: { zh: '查看进度：发送「进度」（今年到户天数、资金与目标对比）', en: 'See progress: send "progress" (visit days and funds this year against the targets)' } },
  {
    roles: ['helper'],
    text: {
      zh: '更正或撤回：「更正 昨天那条 资金 500」「撤回 最近一条」（修改历史会保留）',
      en: 'Correct or withdraw: "correct the latest funds 500", "withdraw the latest" (the history is kept)',
    },
  },
  { roles: ['office_admin'], text: { zh: '帮扶进度：发送「帮扶进度」查看所有结对户的到户天数和资金', en: 'Pairing progress: send "pairing progress" for every household' } },
];
