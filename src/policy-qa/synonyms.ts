/**
 * Colloquial and alternative wordings mapped to one canonical term, so that "饭补", "伙食补助"
 * and "free lunch" all meet the keyword 营养餐. English phrases map onto the same canonical
 * Chinese terms, which lets an English question match a fact through either keyword list.
 * The same table is applied to fact keywords and to questions.
 */
const CANONICAL_FORMS: ReadonlyArray<readonly [canonical: string, surfaces: readonly string[]]> = [
  ['营养餐', ['营养餐', '营养午餐', '营养饭', '饭补', '餐补', '伙食补助', '伙食补贴', '伙食费补助', '午餐补助', '午饭补助', '吃饭补助', '饭钱补助', '餐费补助', '餐费补贴', '饭费补助', '食补', '营养改善计划', '学生餐', 'nutrition improvement plan', 'nutrition meals', 'nutrition meal', 'nutritious meals', 'nutritious meal', 'meal subsidies', 'meal subsidy', 'meal allowance', 'food subsidies', 'food subsidy', 'school meals', 'school meal', 'school lunches', 'school lunch', 'free lunches', 'free lunch', 'lunch money', 'nutrition']],
  ['教科书', ['教科书', '课本', '书本', '教材', '书费', '课本费', '书本费', '教材费', '教科书费', 'textbooks', 'textbook', 'text books', 'text book', 'school books', 'schoolbooks', 'teaching materials']],
  ['一科一辅', ['一科一辅', '一科一助', '教辅', '辅导书', '练习册', '教辅资料', 'one subject one supplement', 'one subject, one supplement', 'supplementary materials', 'supplementary material', 'workbooks', 'workbook']],
  ['学费', ['学杂费', '学费', '杂费', 'tuition fees', 'tuition fee', 'tuition', 'school fees', 'school fee']],
  ['保教费', ['保教费', '保育教育费', '保育费', '托儿费', '托费', '入托费', '托管费', '入园费', '幼儿园学费', '幼儿园的学费', '幼儿园费用', '幼儿园收费', 'child care fees', 'child care fee', 'childcare fees', 'childcare fee', 'care fees', 'care fee', 'kindergarten fees', 'kindergarten fee', 'preschool fees', 'preschool fee', 'nursery fees', 'nursery fee']],
  ['幼儿园', ['幼儿园', '幼稚园', '托儿所', '学前班', '学前', '上幼儿园', '幼儿', 'kindergartens', 'kindergarten', 'preschools', 'preschool', 'pre-school', 'nursery school', 'nursery']],
  ['寄宿', ['寄宿生', '寄宿', '住校生', '住校', '住宿生', '住学校', '在学校住', '在学校里住', '住在学校', 'boarding students', 'boarding student', 'boarders', 'boarder', 'boarding', 'boards at school', 'board at school', 'lives at school', 'live at school', 'stays at school', 'stay at school', 'dormitory']],
  ['走读', ['走读生', '走读', '每天回家', '天天回家', 'day students', 'day student', 'day pupil', 'goes home every day', 'go home every day', 'lives at home', 'live at home']],
  ['贫困', ['建档立卡贫困户', '建档立卡户', '建档立卡', '贫困户', '贫困家庭', '贫困生', '贫困学生', '困难家庭', '家庭困难', '家里困难', '家庭经济困难', '经济困难', '贫困', '困难户', '穷人', 'registered poor household', 'registered poor', 'poor household', 'poor households', 'poor families', 'poor family', 'poor students', 'poor student', 'low-income', 'low income', 'poverty-stricken', 'needy', 'hardship', 'poor']],
  ['生活补助', ['生活补助', '生活补贴', '生活费补助', '生活费补贴', '生活费', '住校补助', '寄宿补助', '寄宿生补助', 'living allowances', 'living allowance', 'living subsidy', 'living subsidies', 'living costs', 'living expenses', 'boarding allowance', 'allowance']],
  ['两免一补', ['两免一补', '两免一辅', '两免一助', '二免一补', 'two exemptions and one subsidy', 'two exemptions and one supplement', 'two exemptions one subsidy', 'two exemptions', 'two-exemption']],
  ['中职', ['中等职业学校', '中等职业教育', '中等职业', '职业高中', '职业学校', '职业技术学校', '中职学校', '中职', '职高', '中专', '职校', '技校', 'secondary vocational schools', 'secondary vocational school', 'secondary vocational', 'vocational schools', 'vocational school', 'technical school', 'vocational']],
  ['9+3', ['9+3', '9加3', '九加三', 'nine plus three']],
  ['彝区', ['彝族地区', '彝族聚居区', '彝区', '彝族', '彝', 'yi areas', 'yi area', 'yi district', 'yi region', 'yi']],
  ['高中', ['普通高中', '普高', '高中', '高一', '高二', '高三', 'senior high schools', 'senior high school', 'senior high', 'high schools', 'high school']],
  ['初中', ['初中', '初一', '初二', '初三', '七年级', '八年级', '九年级', 'junior high schools', 'junior high school', 'junior high', 'middle school', 'grade 7', 'grade 8', 'grade 9']],
  ['小学', ['小学', '一年级', '二年级', '三年级', '四年级', '五年级', '六年级', 'primary schools', 'primary school', 'elementary school', 'primary', 'elementary']],
  ['义务教育', ['义务教育', '九年义务教育', 'compulsory education', 'compulsory schooling', 'compulsory']],
  ['结对', ['结对帮扶', '结对子', '结对', '结亲', '对口帮扶户', '包户', '联系户', '帮扶户', '帮扶对象', 'pairing assistance', 'paired households', 'paired household', 'pairing', 'paired', 'twinning']],
  ['帮扶资金', ['帮扶资金', '帮扶经费', '帮扶钱', '扶贫资金投入', 'assistance funds', 'assistance fund', 'pairing funds', 'helping funds']],
  ['到户', ['到户', '入户', '到家里', '去他家', '去户里', '下户', 'at the household', 'at household', 'household visits', 'household visit', 'visit days']],
  ['辍学率', ['辍学率', '流失率', 'dropout rate', 'dropout rates']],
  ['辍学', ['控辍保学', '控辍', '辍学', '退学', '失学', '不上学', 'dropouts', 'dropout', 'drop out', 'dropping out']],
  ['每月', ['每个月', '每月', '一个月一次', '每月一次', '按月', 'once a month', 'every month', 'monthly']],
  ['督导', ['督导', '督查', '督促检查', '监督检查', 'supervision', 'supervise', 'supervised']],
  ['动员部署', ['动员部署', '动员', 'mobilisation', 'mobilization', 'kick-off', 'kickoff']],
  ['调查摸底', ['调查摸底', '摸底调查', '摸底', 'investigation stage', 'investigation', 'survey stage']],
  ['方案修订', ['方案修订', '修订方案', '修改方案', '修订', 'plan revision', 'revision', 'revise']],
  ['项目准备', ['项目准备', '准备阶段', 'project preparation', 'preparation stage', 'preparation']],
  ['项目实施', ['项目实施', '实施阶段', 'project implementation', 'implementation stage']],
  ['评估验收', ['评估验收', '验收', 'evaluation and acceptance', 'acceptance', 'evaluation']],
  ['总结提升', ['总结提升', '总结阶段', '回头看', 'summary and improvement', 'summary stage', 'look back']],
  ['低保', ['最低生活保障', '低保金', '低保', 'subsistence allowance', 'dibao', 'minimum living allowance']],
  ['民办', ['民办', '私立', '私人办的', '私人的', '私营', 'private']],
  ['公办', ['公办', '公立', 'public']],
  ['孩子', ['小朋友', '小孩子', '孩子', '小孩', '娃娃', '娃儿', '娃', '儿子', '女儿', '闺女', '宝宝', '学生', 'children', 'child', 'kids', 'kid', 'son', 'daughter', 'students', 'student', 'pupil']],
];

export interface SynonymTable {
  /** Replaces every known surface form in normalised text by its canonical term. */
  canonicalize(text: string): string;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function buildSynonymTable(): SynonymTable {
  const canonicalOf = new Map<string, string>();
  for (const [canonical, surfaces] of CANONICAL_FORMS) {
    for (const surface of surfaces) canonicalOf.set(surface.toLowerCase(), canonical);
  }
  // Longest surface first so that 建档立卡贫困户 wins over 贫困户; Latin surfaces need word edges
  // ("yi" must not fire inside "yield").
  const surfaces = [...canonicalOf.keys()].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(
    surfaces
      .map((surface) => (/^[a-z]/.test(surface) ? `(?<![a-z])${escapeRegExp(surface)}(?![a-z])` : escapeRegExp(surface)))
      .join('|'),
    'g',
  );
  return {
    canonicalize(text: string): string {
      // Spaces around a replaced term keep it a separate word for the segmenter.
      return text.replace(pattern, (surface) => ` ${canonicalOf.get(surface) ?? surface} `).replace(/\s+/g, ' ').trim();
    },
  };
}

export const synonyms: SynonymTable = buildSynonymTable();

/** The canonical terms the segmenter must keep whole. */
export const CANONICAL_TERMS: readonly string[] = CANONICAL_FORMS.map(([canonical]) => canonical);

/** Every wording the table knows, for the typo corrector to aim at. */
export function synonymSurfaces(): string[] {
  return CANONICAL_FORMS.flatMap(([, surfaces]) => surfaces.map((surface) => surface.toLowerCase()));
}
