// The console's words, Chinese first. Pages call t('key'); an unknown key shows itself, so a
// missing translation is visible rather than blank.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Lang } from '../../shared/language.js';

const WORDS = {
  'app.title': { zh: '帮扶助手 管理后台', en: 'Bangfu console' },
  'nav.dashboard': { zh: '总览', en: 'Dashboard' },
  'nav.questions': { zh: '待答问题', en: 'Questions' },
  'nav.people': { zh: '人员', en: 'People' },
  'nav.units': { zh: '成员单位', en: 'Units' },
  'nav.households': { zh: '帮扶户', en: 'Households' },
  'nav.pairings': { zh: '结对', en: 'Pairings' },
  'nav.plans': { zh: '计划与提醒', en: 'Plans' },
  'nav.audit': { zh: '操作记录', en: 'Audit log' },
  'nav.queues': { zh: '队列', en: 'Queues' },
  'nav.logout': { zh: '退出登录', en: 'Log out' },
  'nav.switch': { zh: 'English', en: '中文' },
  'login.title': { zh: '登录', en: 'Log in' },
  'login.username': { zh: '用户名', en: 'Username' },
  'login.password': { zh: '密码', en: 'Password' },
  'login.submit': { zh: '登录', en: 'Log in' },
  'login.failed': { zh: '用户名或密码不对。', en: 'Wrong username or password.' },
  'login.required': { zh: '请先登录。', en: 'Please log in first.' },
  'error.forbidden': { zh: '您的账号不能查看这一页。', en: 'Your account cannot see this page.' },
  'error.not_found': { zh: '没有找到。', en: 'Not found.' },
  'error.csrf': { zh: '页面已过期，请刷新后重试。', en: 'The page has expired; reload it and try again.' },
  'banner.wechat_down': { zh: '微信登录已断开，提醒和答复暂时发不出去。', en: 'WeChat is logged out: reminders and answers cannot go out.' },
  'banner.wechat_scan': { zh: '微信需要扫码登录：请用机器人使用的微信号扫描下面的二维码。', en: 'WeChat needs a QR scan: scan the code below with the bot’s WeChat account.' },
  'banner.since': { zh: '断开时间', en: 'Down since' },
  'common.search': { zh: '搜索', en: 'Search' },
  'common.save': { zh: '保存', en: 'Save' },
  'common.saved': { zh: '已保存。', en: 'Saved.' },
  'common.import': { zh: '导入', en: 'Import' },
  'common.export': { zh: '导出 Excel', en: 'Export to Excel' },
  'common.file': { zh: '文件（Excel 或 CSV）', en: 'File (Excel or CSV)' },
  'common.none': { zh: '暂无', en: 'None' },
  'common.edit': { zh: '修改', en: 'Edit' },
  'common.yes': { zh: '是', en: 'Yes' },
  'common.no': { zh: '否', en: 'No' },
  'import.failed': { zh: '导入没有进行：下列行有错误，请改正后重新导入（一行都没有导入）。', en: 'Nothing was imported: fix these rows and import again.' },
  'import.row': { zh: '行', en: 'Row' },
  'import.column': { zh: '列', en: 'Column' },
  'import.problem': { zh: '问题', en: 'Problem' },
  'import.done': { zh: '已导入', en: 'Imported' },
} as const satisfies Record<string, { zh: string; en: string }>;

export type WordKey = keyof typeof WORDS;
export type Translate = (key: WordKey | string) => string;

export function translator(lang: Lang): Translate {
  return (key) => (WORDS as Record<string, { zh: string; en: string }>)[key]?.[lang] ?? key;
}

const LANG_COOKIE = 'bangfu_lang';

/** `?lang=en` switches and is remembered in a cookie; Chinese otherwise. */
export function languageOf(request: FastifyRequest, reply?: FastifyReply): Lang {
  const asked = (request.query as { lang?: string } | undefined)?.lang;
  if (asked === 'en' || asked === 'zh') {
    reply?.setCookie(LANG_COOKIE, asked, { path: '/', sameSite: 'lax', httpOnly: true, maxAge: 365 * 86_400 });
    return asked;
  }
  return request.cookies[LANG_COOKIE] === 'en' ? 'en' : 'zh';
}
