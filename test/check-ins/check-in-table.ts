import type { CheckInField, CheckInProblemCode } from '../../src/check-ins/check-in-types.js';

/** Wednesday 2025-03-12, 10:00 Beijing time: the default "now" of the table. */
export const WEDNESDAY_MORNING = '2025-03-12T10:00:00+08:00';
/** 00:20 Beijing time on Wednesday = 16:20 UTC on Tuesday: "yesterday" must be Tuesday 03-11. */
export const JUST_AFTER_MIDNIGHT_BEIJING = '2025-03-11T16:20:00Z';
export const EARLY_JANUARY = '2025-01-03T09:00:00+08:00';

export interface ExpectedReport {
  isCheckIn: true;
  visitDate: string | null;
  durationMinutes: number | null;
  fundsYuan: number | null;
  household: string | null;
  missing: CheckInField[];
  problems: CheckInProblemCode[];
  activities?: string[];
}
export interface ExpectedNonReport {
  isCheckIn: false;
}

export interface CheckInRow {
  text: string;
  now?: string;
  householdNames?: string[];
  lang: 'zh' | 'en';
  expected: ExpectedReport | ExpectedNonReport;
}

type ReportFields = Omit<ExpectedReport, 'isCheckIn' | 'missing' | 'problems'> &
  Partial<Pick<ExpectedReport, 'missing' | 'problems'>>;

function zh(text: string, fields: ReportFields, extra: Partial<CheckInRow> = {}): CheckInRow {
  return { text, lang: 'zh', expected: { isCheckIn: true, missing: [], problems: [], ...fields }, ...extra };
}
function en(text: string, fields: ReportFields, extra: Partial<CheckInRow> = {}): CheckInRow {
  return { text, lang: 'en', expected: { isCheckIn: true, missing: [], problems: [], ...fields }, ...extra };
}
function notReport(text: string, lang: 'zh' | 'en' = 'zh'): CheckInRow {
  return { text, lang, expected: { isCheckIn: false } };
}

const PAIRED = ['王大山', '李秀英', '张建国'];

export const CHECK_IN_ROWS: readonly CheckInRow[] = [
  // --- the canonical example and relative days ---
  zh('今天去了王大山家，待了3小时，送了2袋化肥价值300元', {
    visitDate: '2025-03-12', durationMinutes: 180, fundsYuan: 300, household: '王大山', activities: ['送了2袋化肥'],
  }),
  zh('昨天到李秀英户待了两个半小时，了解了孩子上学情况并帮忙打扫卫生，没花钱', {
    visitDate: '2025-03-11', durationMinutes: 150, fundsYuan: 0, household: '李秀英',
    activities: ['了解了孩子上学情况', '帮忙打扫卫生'],
  }),
  zh('前天去了老王家，待了1个半钟头，送了化肥300元，又给了现金500元', {
    visitDate: '2025-03-10', durationMinutes: 90, fundsYuan: 800, household: '老王', activities: ['送了化肥', '给了现金'],
  }),
  zh('昨日去了马金花家，待了2.5h，给了1.5千元', {
    visitDate: '2025-03-11', durationMinutes: 150, fundsYuan: 1500, household: '马金花', activities: [],
  }),
  zh('大前天到了周桂芝家，待了2个小时，送了两袋米，没有资金', {
    visitDate: '2025-03-09', durationMinutes: 120, fundsYuan: 0, household: '周桂芝', activities: ['送了两袋米'],
  }),
  zh('3天前去了何永福家，待了半天，帮他家联系了收购商', {
    visitDate: '2025-03-09', durationMinutes: 240, fundsYuan: null, household: '何永福', missing: ['funds'],
    activities: ['帮他家联系了收购商'],
  }),
  zh('今早去了王大山家，待了40分钟，送了两百元', {
    visitDate: '2025-03-12', durationMinutes: 40, fundsYuan: 200, household: '王大山', activities: [],
  }),
  zh('昨晚去了李秀英家，待了1小时，送了500块钱的学习用品', {
    visitDate: '2025-03-11', durationMinutes: 60, fundsYuan: 500, household: '李秀英', activities: ['送了学习用品'],
  }),
  zh('刚刚从王大山家回来，待了四十分钟，送了两百块', {
    visitDate: '2025-03-12', durationMinutes: 40, fundsYuan: 200, household: '王大山', activities: [],
  }),
  zh('@助手 今天去了王大山家，待了3小时，送了300元😊', {
    visitDate: '2025-03-12', durationMinutes: 180, fundsYuan: 300, household: '王大山', activities: [],
  }),
  // --- weekdays ---
  zh('上周五走访了贫困户张建国，90分钟，资金2千元', {
    visitDate: '2025-03-07', durationMinutes: 90, fundsYuan: 2000, household: '张建国', activities: [],
  }),
  zh('上星期三去刘桂兰家，待了半小时，送去慰问金一千元', {
    visitDate: '2025-03-05', durationMinutes: 30, fundsYuan: 1000, household: '刘桂兰', activities: ['送去慰问金'],
  }),
  zh('周一入户看望了陈福生，待了一整天，帮他家修了屋顶，没有资金', {
    visitDate: '2025-03-10', durationMinutes: 480, fundsYuan: 0, household: '陈福生', activities: ['帮他家修了屋顶'],
  }),
  zh('星期一去了王大山家，待了3小时，送了300元', {
    visitDate: '2025-03-10', durationMinutes: 180, fundsYuan: 300, household: '王大山', activities: [],
  }),
  zh('上个礼拜天去了李秀英家，待了2小时，送了200块', {
    visitDate: '2025-03-09', durationMinutes: 120, fundsYuan: 200, household: '李秀英', activities: [],
  }),
  zh('这周一去了王大山家，待了1小时，未带物资', {
    visitDate: '2025-03-10', durationMinutes: 60, fundsYuan: 0, household: '王大山', activities: [],
  }),
  zh('本周五去了王大山家，待了2小时，送了300元', {
    visitDate: null, durationMinutes: 120, fundsYuan: 300, household: '王大山', missing: ['visit_date'],
    problems: ['future_date'],
  }),
  // --- calendar dates: digits, full width, Chinese numerals, year boundary, impossible and future dates ---
  zh('３月５日去了赵德明家，待了２小时，送了米和油共计５００元', {
    visitDate: '2025-03-05', durationMinutes: 120, fundsYuan: 500, household: '赵德明', activities: ['送了米和油'],
  }),
  zh('三月五日到孙玉珍家走访，待了三个小时，花了五百元买药', {
    visitDate: '2025-03-05', durationMinutes: 180, fundsYuan: 500, household: '孙玉珍', activities: ['买药'],
  }),
  zh('3.5去王大山家入户，待了2个小时，送了300块', {
    visitDate: '2025-03-05', durationMinutes: 120, fundsYuan: 300, household: '王大山', activities: [],
  }),
  zh('3/8去了王大山家，待了2小时，送了300元', {
    visitDate: '2025-03-08', durationMinutes: 120, fundsYuan: 300, household: '王大山', activities: [],
  }),
  zh('2025年3月1日走访了李秀英，待了3小时，送了2000元助学金', {
    visitDate: '2025-03-01', durationMinutes: 180, fundsYuan: 2000, household: '李秀英', activities: ['送了助学金'],
  }),
  zh('去年12月28日去了王大山家，待了2小时，送了300元', {
    visitDate: '2024-12-28', durationMinutes: 120, fundsYuan: 300, household: '王大山', activities: [],
  }),
  zh(
    '12月28日去了周秀芳家，待了2小时，送了300元',
    { visitDate: '2024-12-28', durationMinutes: 120, fundsYuan: 300, household: '周秀芳', activities: [] },
    { now: EARLY_JANUARY },
  ),
  zh(
    '十二月二十八号走访了吴家，待了半天，带去两千块的年货',
    { visitDate: '2024-12-28', durationMinutes: 240, fundsYuan: 2000, household: '吴家', activities: ['带去年货'] },
    { now: EARLY_JANUARY },
  ),
  zh(
    '昨天去了王大山家，待了2小时，送了化肥200元',
    { visitDate: '2025-03-11', durationMinutes: 120, fundsYuan: 200, household: '王大山', activities: ['送了化肥'] },
    { now: JUST_AFTER_MIDNIGHT_BEIJING },
  ),
  zh('2月30日去了王大山家，待了2小时，送了200元', {
    visitDate: null, durationMinutes: 120, fundsYuan: 200, household: '王大山', missing: ['visit_date'], problems: ['invalid_date'],
  }),
  zh('二月二十九日去了李秀英家，待了1小时，没花钱', {
    visitDate: null, durationMinutes: 60, fundsYuan: 0, household: '李秀英', missing: ['visit_date'], problems: ['invalid_date'],
  }),
  zh('3月20日去了李秀英家，待了3小时，送了500元', {
    visitDate: null, durationMinutes: 180, fundsYuan: 500, household: '李秀英', missing: ['visit_date'], problems: ['future_date'],
  }),
  // --- durations ---
  zh('今天走访了李秀英，待了两小时，给了一万二，用于修缮房屋', {
    visitDate: '2025-03-12', durationMinutes: 120, fundsYuan: 12000, household: '李秀英', activities: ['用于修缮房屋'],
  }),
  zh('昨天在王大山家待了120分钟，送了3百元的书包', {
    visitDate: '2025-03-11', durationMinutes: 120, fundsYuan: 300, household: '王大山', activities: ['送了书包'],
  }),
  zh('今天去了王大山家待了一天，帮忙收玉米', {
    visitDate: '2025-03-12', durationMinutes: 480, fundsYuan: null, household: '王大山', missing: ['funds'],
    activities: ['帮忙收玉米'],
  }),
  zh('昨天去李秀英家待了2小时30分钟，送了价值800元的化肥', {
    visitDate: '2025-03-11', durationMinutes: 150, fundsYuan: 800, household: '李秀英', activities: ['送了化肥'],
  }),
  zh('昨天去了王大山家，上午2小时，下午1小时，送了300元', {
    visitDate: '2025-03-11', durationMinutes: 180, fundsYuan: 300, household: '王大山', activities: [],
  }),
  zh('今天下午去了王大山家，一下午，送了两袋米', {
    visitDate: '2025-03-12', durationMinutes: null, fundsYuan: null, household: '王大山', missing: ['duration', 'funds'],
    problems: ['vague_duration'], activities: ['送了两袋米'],
  }),
  zh('今天上午入户陈小红家，一上午，带了两袋米，没花钱', {
    visitDate: '2025-03-12', durationMinutes: null, fundsYuan: 0, household: '陈小红', missing: ['duration'],
    problems: ['vague_duration'], activities: ['带了两袋米'],
  }),
  zh('昨天去了王大山家，待了30小时，送了200元', {
    visitDate: '2025-03-11', durationMinutes: null, fundsYuan: 200, household: '王大山', missing: ['duration'],
    problems: ['absurd_duration'],
  }),
  zh('今天去了王大山家，待了0个小时，送了200元', {
    visitDate: '2025-03-12', durationMinutes: null, fundsYuan: 200, household: '王大山', missing: ['duration'],
    problems: ['absurd_duration'],
  }),
  zh('今天到了王大山家，待了3个钟，送了1万慰问金', {
    visitDate: '2025-03-12', durationMinutes: 180, fundsYuan: 10000, household: '王大山', activities: ['送了慰问金'],
  }),
  // --- money ---
  zh('今天去张家待了3个小时，送了¥500的慰问品', {
    visitDate: '2025-03-12', durationMinutes: 180, fundsYuan: 500, household: '张家', activities: ['送了慰问品'],
  }),
  zh('前天到李秀英家，呆了半天，送了1万元助学金', {
    visitDate: '2025-03-10', durationMinutes: 240, fundsYuan: 10000, household: '李秀英', activities: ['送了助学金'],
  }),
  zh('昨天去了王大山家，待了两小时，送了价值1.5千的农具', {
    visitDate: '2025-03-11', durationMinutes: 120, fundsYuan: 1500, household: '王大山', activities: ['送了农具'],
  }),
  zh('今天去王大山家，待了3小时，送了2袋化肥，3个人一起去的', {
    visitDate: '2025-03-12', durationMinutes: 180, fundsYuan: null, household: '王大山', missing: ['funds'],
    activities: ['送了2袋化肥', '3个人一起去的'],
  }),
  zh('昨天去了王大山家，待了2小时，资金-300元', {
    visitDate: '2025-03-11', durationMinutes: 120, fundsYuan: null, household: '王大山', missing: ['funds'],
    problems: ['negative_amount'],
  }),
  zh('昨天去了王大山家，待了2小时，资金负300', {
    visitDate: '2025-03-11', durationMinutes: 120, fundsYuan: null, household: '王大山', missing: ['funds'],
    problems: ['negative_amount'],
  }),
  zh('昨天去了王大山家，待了2小时，送了200万元', {
    visitDate: '2025-03-11', durationMinutes: 120, fundsYuan: null, household: '王大山', missing: ['funds'],
    problems: ['absurd_amount'],
  }),
  zh('昨天去了李秀英家，未带物资，待了一个小时，主要是聊聊家常', {
    visitDate: '2025-03-11', durationMinutes: 60, fundsYuan: 0, household: '李秀英', activities: ['主要是聊聊家常'],
  }),
  zh('今天去了王大山家，待了3小时，送了米200元、油100元，合计300元', {
    visitDate: '2025-03-12', durationMinutes: 180, fundsYuan: 300, household: '王大山',
  }),
  // --- missing fields and activities ---
  zh('今天去了王大山家，待了3小时，了解了家里的收入情况', {
    visitDate: '2025-03-12', durationMinutes: 180, fundsYuan: null, household: '王大山', missing: ['funds'],
    activities: ['了解了家里的收入情况'],
  }),
  zh('去了王大山家，待了2小时，送了300元', {
    visitDate: null, durationMinutes: 120, fundsYuan: 300, household: '王大山', missing: ['visit_date'], activities: [],
  }),
  zh('昨天入户走访，待了2小时，送了500元的米面油', {
    visitDate: '2025-03-11', durationMinutes: 120, fundsYuan: 500, household: null, missing: ['household'],
    activities: ['送了米面油'],
  }),
  zh('昨天去了李秀英家，送了500块钱', {
    visitDate: '2025-03-11', durationMinutes: null, fundsYuan: 500, household: '李秀英', missing: ['duration'], activities: [],
  }),
  zh('今天去了王大山家，待了3小时，送了300元，还帮忙联系了技术员，然后去村委会开了会', {
    visitDate: '2025-03-12', durationMinutes: 180, fundsYuan: 300, household: '王大山',
    activities: ['帮忙联系了技术员', '去村委会开了会'],
  }),
  zh('王大山家，今天，3小时，300元', {
    visitDate: '2025-03-12', durationMinutes: 180, fundsYuan: 300, household: '王大山', activities: [],
  }),
  zh('今天下午两点到五点在王大山家，帮忙整理了猪圈，送了饲料两袋（约200元）', {
    visitDate: '2025-03-12', durationMinutes: 180, fundsYuan: 200, household: '王大山', activities: ['帮忙整理了猪圈', '送了饲料两袋'],
  }),
  zh('今儿个去王大山家看了看，坐了半个钟头', {
    visitDate: '2025-03-12', durationMinutes: 30, fundsYuan: null, household: '王大山', missing: ['funds'], activities: ['看了看'],
  }),
  zh('报告：3月10日，王大山户，2小时，资金0', {
    visitDate: '2025-03-10', durationMinutes: 120, fundsYuan: 0, household: '王大山', activities: [],
  }),
  zh('昨天走访王大山家 时长2h 资金500', {
    visitDate: '2025-03-11', durationMinutes: 120, fundsYuan: 500, household: '王大山', activities: [],
  }),
  zh('上周五 王大山 3h ¥300 送化肥', {
    visitDate: '2025-03-07', durationMinutes: 180, fundsYuan: 300, household: '王大山', activities: ['送化肥'],
  }),
  zh('今天在王大山家里待了三个多小时，帮他家申请了低保', {
    visitDate: '2025-03-12', durationMinutes: 180, fundsYuan: null, household: '王大山', missing: ['funds'],
    activities: ['帮他家申请了低保'],
  }),
  // --- household names from the helper's pairing list ---
  zh(
    '今天去了小李家，待了一个半小时，送了200元',
    { visitDate: '2025-03-12', durationMinutes: 90, fundsYuan: 200, household: '李秀英', activities: [] },
    { householdNames: PAIRED },
  ),
  zh(
    '昨天去了王家，待了2小时，送了300元',
    { visitDate: '2025-03-11', durationMinutes: 120, fundsYuan: 300, household: '王大山', activities: [] },
    { householdNames: PAIRED },
  ),
  zh(
    '昨天去看望了老张，待了两个小时，送了一千块',
    { visitDate: '2025-03-11', durationMinutes: 120, fundsYuan: 1000, household: '张建国', activities: [] },
    { householdNames: PAIRED },
  ),
  zh(
    '昨天去了老王家，待了2小时，送了300元',
    { visitDate: '2025-03-11', durationMinutes: 120, fundsYuan: 300, household: '老王', activities: [] },
    // Two 王 households: 老王 is ambiguous, so the name is returned as written for the caller to ask.
    { householdNames: ['王大山', '王小明'] },
  ),
  // --- English ---
  en('Visited Wang Dashan yesterday, stayed 2 hours, gave 500 yuan of fertilizer', {
    visitDate: '2025-03-11', durationMinutes: 120, fundsYuan: 500, household: 'Wang Dashan', activities: ['gave fertilizer'],
  }),
  en("Went to Li Xiuying's home today for 90 minutes and gave RMB 300", {
    visitDate: '2025-03-12', durationMinutes: 90, fundsYuan: 300, household: 'Li Xiuying', activities: [],
  }),
  en('visited Zhang Guoqiang last Friday, half a day, no money spent, helped fix the roof', {
    visitDate: '2025-03-07', durationMinutes: 240, fundsYuan: 0, household: 'Zhang Guoqiang', activities: ['helped fix the roof'],
  }),
  en('Visited Chen Fusheng on March 5, stayed 1.5 hours, ¥200', {
    visitDate: '2025-03-05', durationMinutes: 90, fundsYuan: 200, household: 'Chen Fusheng', activities: [],
  }),
  en('Yesterday I visited Wang Dashan for an hour and a half and donated 800 yuan for school fees', {
    visitDate: '2025-03-11', durationMinutes: 90, fundsYuan: 800, household: 'Wang Dashan', activities: ['donated for school fees'],
  }),
  en('Visited Li Xiuying yesterday, stayed the whole morning, brought 2 bags of rice', {
    visitDate: '2025-03-11', durationMinutes: null, fundsYuan: null, household: 'Li Xiuying', missing: ['duration', 'funds'],
    problems: ['vague_duration'], activities: ['brought 2 bags of rice'],
  }),
  en("I went to Wang Dashan's house on Monday for 3 hours but didn't spend any money", {
    visitDate: '2025-03-10', durationMinutes: 180, fundsYuan: 0, household: 'Wang Dashan', activities: [],
  }),
  en('Visited Wang Dashan today, 3 hours, 500 yuan', {
    visitDate: '2025-03-12', durationMinutes: 180, fundsYuan: 500, household: 'Wang Dashan', activities: [],
  }),
  // --- not reports ---
  notReport('王大山家有几口人？'),
  notReport('明天去王大山家'),
  notReport('你好'),
  notReport('营养餐一天补多少钱？'),
  notReport('我昨天没去王大山家，下周再去'),
  notReport('下周三打算去李秀英家送化肥'),
  notReport('收到'),
  notReport('今天天气不错'),
  notReport('我家是建档立卡户，孩子住校有补助吗？'),
  notReport('进度'),
  notReport('Hello, how are you?', 'en'),
  notReport('Will visit Wang Dashan tomorrow', 'en'),
];
