import type { TextSpan } from './check-in-types.js';

export interface HouseholdResult {
  /** The matching `householdNames` entry, else the name as written in the message. */
  name: string | null;
  /** The words of the message that named the household (老王, 王大山家), for activity cleanup. */
  surface: string | null;
  span: TextSpan | null;
}

// Common single-character surnames; a bare name is only believed when it starts with one.
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶牟艾尤阳穆农司卓古吉缪简车项芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂佟臧闵苟邬边卞姬仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝';
const COMPOUND_SURNAMES = ['欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '尉迟', '公孙', '慕容', '令狐', '夏侯', '长孙', '宇文', '司徒', '西门', '南宫', '端木', '呼延'];
const KINSHIP = '(?:大爷|大妈|大叔|大婶|大娘|大伯|奶奶|爷爷|阿姨|叔叔|伯伯|婶婶|婶|叔|伯|嫂|姐|哥)';
// Given-name characters that instead end a place or a thing (和平村, 田里, 石头).
const NOT_GIVEN_NAME = '村镇乡县组屯社区街路校院站局所委会场店市省里边头上下中间地面家户的了和与跟在送给带帮去到待呆聊看问说讲是有并还又也就都';
const GIVEN = `(?:(?![${NOT_GIVEN_NAME}])\\p{Script=Han})`;
const SURNAME = `(?:${COMPOUND_SURNAMES.join('|')}|[${SURNAMES}])`;
const NAME = `(?:[老小阿]${SURNAME}|${SURNAME}${KINSHIP}|${SURNAME}${GIVEN}{1,2}${KINSHIP}?)`;
const VISIT_VERB = '(?:从|去了|去过|去|到了|到过|到|走访了?|看望了?|探望了?|慰问了?|拜访了?|来到|在|入户|上门|家访了?)';
const HOUSEHOLD_TITLE = '(?:贫困户|帮扶户|结对户|脱贫户|监测户|农户|户主|村民)';
const HOME = '(?:家里|家中|家|户|一家|那里|那儿|老人家)';
const BOUNDARY = `(?=[\\s,.!?;:，。！？；：、]|$|并|还|然后|送|给|带|了解|帮|和|一起|待|呆|聊|谈|夫妇|老人|一家|家)`;

const PATTERNS: readonly RegExp[] = [
  // 去了王大山家, 到李秀英户, 在老王家待了…, 去了王家
  new RegExp(`${VISIT_VERB}\\s*${HOUSEHOLD_TITLE}?\\s*(${NAME}|${SURNAME}(?=家))\\s*${HOME}`, 'gu'),
  // 走访了贫困户王大山, 户主李秀英
  new RegExp(`${HOUSEHOLD_TITLE}\\s*(${NAME})${BOUNDARY}`, 'gu'),
  // 看望了王大山，…
  new RegExp(`${VISIT_VERB}\\s*(${NAME})${BOUNDARY}`, 'gu'),
  // "王大山家，3小时，300元" — a clause that starts with the household
  new RegExp(`(?:^|[\\s,，。;；])(${NAME})\\s*(?:家|户)`, 'gu'),
  // "上周五 王大山 3h ¥300": a full name standing alone between spaces or commas
  new RegExp(`(?:^|[\\s,，;；])(${SURNAME}${GIVEN}{1,2})(?=[\\s,，;；]|$)`, 'gu'),
  // visited Wang Dashan / went to Wang Dashan's home
  /\b(?:[Vv]isit(?:ed)?|[Ww]ent to|[Gg]o to|[Dd]ropped by|[Ss]topped by|[Cc]alled on|[Ww]as at|[Ww]ere at|[Ss]aw)\s+(?:the\s+)?(?:household of\s+)?([A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})(?:'s)?/g,
];
const ENGLISH_NOT_NAMES = new Set([
  'Today', 'Yesterday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December', 'Last', 'The', 'Him', 'Her', 'Them', 'Home',
]);

interface NameIndex {
  /** alias → list entries it could mean; an alias with two entries is ambiguous and ignored. */
  aliases: Map<string, string[]>;
  /** Longest aliases first so 王大山 wins over 王家. */
  sortedAliases: string[];
}
const SURNAME_ONLY = new RegExp(`^${SURNAME}$`, 'u');
const nameIndexCache = new WeakMap<readonly string[], NameIndex>();

export function parseHousehold(text: string, householdNames?: readonly string[]): HouseholdResult {
  if (householdNames && householdNames.length > 0) {
    const listed = matchListedHousehold(text, nameIndex(householdNames));
    if (listed) return listed;
  }
  return matchWrittenHousehold(text);
}

/** Patterns are in order of trust; the first one that finds a name decides. */
function matchWrittenHousehold(text: string): HouseholdResult {
  for (const regex of PATTERNS) {
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
      const name = m[1];
      if (!name || ENGLISH_NOT_NAMES.has(name.split(/\s+/)[0] ?? '')) continue;
      const start = m.index + m[0].lastIndexOf(name);
      // 去了王家: only the surname was written, so the family is the name.
      const surface = SURNAME_ONLY.test(name) ? `${name}家` : name;
      return { name: surface, surface, span: { start, end: start + surface.length } };
    }
  }
  return { name: null, surface: null, span: null };
}

function matchListedHousehold(text: string, index: NameIndex): HouseholdResult | null {
  let best: { start: number; alias: string; entry: string } | null = null;
  for (const alias of index.sortedAliases) {
    const start = text.indexOf(alias);
    if (start < 0) continue;
    const entries = index.aliases.get(alias) ?? [];
    if (entries.length !== 1) continue;
    if (best === null || start < best.start) best = { start, alias, entry: entries[0] as string };
  }
  if (!best) return null;
  return { name: best.entry, surface: best.alias, span: { start: best.start, end: best.start + best.alias.length } };
}

function nameIndex(names: readonly string[]): NameIndex {
  const cached = nameIndexCache.get(names);
  if (cached) return cached;
  const aliases = new Map<string, string[]>();
  const add = (alias: string, entry: string): void => {
    const entries = aliases.get(alias) ?? [];
    if (!entries.includes(entry)) entries.push(entry);
    aliases.set(alias, entries);
  };
  for (const raw of names) {
    const entry = raw.trim();
    if (entry === '') continue;
    add(entry, entry);
    if (!/^\p{Script=Han}{2,4}$/u.test(entry)) continue;
    const surname = COMPOUND_SURNAMES.find((s) => entry.startsWith(s)) ?? entry.slice(0, 1);
    add(`${surname}家`, entry);
    add(`老${surname}`, entry);
    add(`小${surname}`, entry);
    for (const kin of ['大爷', '大妈', '大叔', '大婶', '奶奶', '爷爷', '阿姨']) add(`${surname}${kin}`, entry);
  }
  const index = { aliases, sortedAliases: [...aliases.keys()].sort((a, b) => b.length - a.length) };
  nameIndexCache.set(names, index);
  return index;
}
