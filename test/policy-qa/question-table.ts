/**
 * Questions written the way parents and cadres type them, each with what the answer must
 * contain. `codes`: fact codes that must all be answered; `contains`: substrings of the reply.
 */
export interface AnsweredQuestion {
  question: string;
  codes: string[];
  contains?: string[];
  /** Set when the reply must also hand the question to a person (amount not in the documents). */
  handoff?: boolean;
}

export const ANSWERED_QUESTIONS: AnsweredQuestion[] = [
  // ── Chinese: parents ──
  { question: '@助手 营养餐一天补多少钱？', codes: ['nutrition-meal-subsidy'], contains: ['4元', '来源'] },
  { question: '营样餐多少钱一天😂', codes: ['nutrition-meal-subsidy'], contains: ['4元'] },
  { question: '娃在学校吃饭有补助没', codes: ['nutrition-meal-subsidy'], contains: ['4元'] },
  { question: '饭补是多少啊', codes: ['nutrition-meal-subsidy'], contains: ['每生每天4元'] },
  { question: '伙食补助怎么算的？？？', codes: ['nutrition-meal-subsidy'] },
  { question: '@帮扶助手\u2005小孩中午的营养午餐国家给补多少', codes: ['nutrition-meal-subsidy'], contains: ['4元'] },
  { question: '两免一补是什么政策', codes: ['two-exemptions-one-subsidy'], contains: ['免学杂费'] },
  { question: '两免以补是啥意思', codes: ['two-exemptions-one-subsidy'] },
  { question: '孩子上小学要交学费吗', codes: ['compulsory-tuition-exemption'] },
  { question: '初中学杂费免不免？', codes: ['compulsory-tuition-exemption'] },
  { question: '课本要钱吗', codes: ['compulsory-free-textbooks'] },
  { question: '娃的书本费要自己出吗？？', codes: ['compulsory-free-textbooks'] },
  { question: '学校让买练习册，这个合规吗', codes: ['compulsory-free-textbooks'], contains: ['一科一辅'] },
  { question: '我家是建档立卡户，孩子住校有补助吗', codes: ['boarding-living-allowance'] },
  { question: '寄宿生生活补助一个月多少钱', codes: ['boarding-living-allowance'], contains: ['没有写'], handoff: true },
  { question: '幼儿园保教费还要交吗', codes: ['preschool-care-fee-exemption'], contains: ['逐步'] },
  { question: '托儿费免不免', codes: ['preschool-care-fee-exemption'] },
  { question: '孩子上的民办幼儿园，有补助吗', codes: ['approved-private-kindergarten-subsidy'], contains: ['家庭'] },
  { question: '私立幼儿园收费比公办的高，差价谁出？', codes: ['approved-private-kindergarten-subsidy'], contains: ['家庭承担'] },
  { question: '高中学费免吗', codes: ['senior-high-tuition-waiver'] },
  { question: '闺女读高二了，课本还要自己买吗', codes: ['senior-high-tuition-waiver'] },
  { question: '上职高要不要钱', codes: ['secondary-vocational-free-education'] },
  { question: '中专免费吗🙏', codes: ['secondary-vocational-free-education'] },
  { question: '9+3是什么', codes: ['nine-plus-three-free-education'], contains: ['彝区'] },
  { question: '彝区的娃读九加三要钱不', codes: ['nine-plus-three-free-education'] },
  { question: '营养餐多少钱，课本要钱吗', codes: ['nutrition-meal-subsidy', 'compulsory-free-textbooks'], contains: ['4元'] },
  { question: '幼儿园学费免了没？高中呢？', codes: ['preschool-care-fee-exemption', 'senior-high-tuition-waiver'] },
  // ── Chinese: helpers, units and the office ──
  { question: '结对帮扶每户一年至少投多少钱', codes: ['pairing-funds-per-household'], contains: ['2000元', '不是全县统一政策'] },
  { question: '帮扶干部一年要到贫困户家里几天', codes: ['pairing-days-per-household'], contains: ['15天'] },
  { question: '结对帮扶要帮几年啊', codes: ['pairing-period'], contains: ['三年'] },
  { question: '学院领导要结对帮几户', codes: ['pairing-households-per-helper'], contains: ['2户'] },
  { question: '动员部署阶段是什么时候', codes: ['border-stage-mobilization'], contains: ['1月25日', '1月30日'] },
  { question: '项目实施阶段从几号到几号', codes: ['border-stage-project-implementation'], contains: ['4月1日', '10月20日'] },
  { question: '评估验收啥时候搞', codes: ['border-stage-evaluation-acceptance'], contains: ['10月21日'] },
  { question: '总结提升阶段哪天结束？', codes: ['border-stage-summary'], contains: ['11月30日'] },
  { question: '调查摸底要在几号前完成', codes: ['border-stage-investigation'], contains: ['2月20日'] },
  { question: '边境扶贫专项行动一共分几个阶段', codes: ['border-stages-overview'], contains: ['七个阶段'] },
  { question: '督导多久一次，报给谁？', codes: ['border-monthly-supervision'], contains: ['每月', '县扶贫办'] },
  { question: '成员单位每个月要交书面报告吗', codes: ['border-monthly-supervision'] },
  { question: '民政局负责啥', codes: ['unit-duty-civil-affairs'], contains: ['低保'] },
  { question: '边境村修路归哪个单位管', codes: ['unit-duty-transportation'] },
  { question: '边境村手机没信号找谁', codes: ['unit-duty-telecom-postal'] },
  { question: '边境户一共有多少户？', codes: ['border-action-scope'], contains: ['1340户', '132户'] },
  { question: '控辍保学的九长责任制是什么', codes: ['nine-chiefs-dropout-responsibility'] },
  { question: '学校辍学率要控制在多少', codes: ['shangliang-dropout-rate-target'], contains: ['2%', '不是全县统一政策'] },
  { question: '生态护林员是怎么回事', codes: ['ecological-ranger-pilot'] },
  { question: '退耕还林有多少亩', codes: ['farmland-to-forest-consolidation'], contains: ['10.3万亩'] },
  { question: '学前三年入园率是多少', codes: ['preschool-coverage-targets'], contains: ['85%'] },
  { question: '全县教育扶贫总投资多少钱', codes: ['education-investment-total'], contains: ['29436万元'] },
  { question: '四川大学对口支援做什么', codes: ['counterpart-support-teaching'] },
  { question: '老师一年继续教育多少学时', codes: ['teacher-training-hours'], contains: ['80学时'] },
  { question: '一把手要负什么责任', codes: ['border-top-leader-responsibility'] },
  { question: '成员单位有哪些', codes: ['border-member-units-list'], contains: ['17'] },
  // ── English ──
  { question: 'How much is the nutrition meal subsidy per day?', codes: ['nutrition-meal-subsidy'], contains: ['4 yuan', 'Source'] },
  { question: "what's the daily food subsidy for poor students", codes: ['nutrition-meal-subsidy'] },
  { question: 'nutriton meal per day?', codes: ['nutrition-meal-subsidy'] },
  { question: 'Are textbooks free in primary school?', codes: ['compulsory-free-textbooks'] },
  { question: 'Do we pay tuition for junior high?', codes: ['compulsory-tuition-exemption'] },
  {
    question: 'My son boards at school and we are a registered poor household, is there a living allowance?',
    codes: ['boarding-living-allowance'],
  },
  { question: 'Are kindergarten care fees exempted?', codes: ['preschool-care-fee-exemption'] },
  {
    question: 'Our kid goes to an approved private kindergarten. Who pays the difference?',
    codes: ['approved-private-kindergarten-subsidy'],
    contains: ['paid by the family'],
  },
  { question: 'Is senior high school tuition waived?', codes: ['senior-high-tuition-waiver'] },
  { question: 'Is secondary vocational school free?', codes: ['secondary-vocational-free-education'] },
  { question: 'What is the 9+3 programme?', codes: ['nine-plus-three-free-education'] },
  { question: 'What does "two exemptions and one subsidy" mean?', codes: ['two-exemptions-one-subsidy'] },
  {
    question: 'How much money must a helper invest in each paired household every year?',
    codes: ['pairing-funds-per-household'],
    contains: ['2,000 yuan', 'not a county-wide rule'],
  },
  { question: 'How many days per year should the helper stay at the household?', codes: ['pairing-days-per-household'], contains: ['15 days'] },
  { question: 'How long does the pairing last?', codes: ['pairing-period'], contains: ['three years'] },
  { question: 'When is the mobilization stage?', codes: ['border-stage-mobilization'], contains: ['January 25'] },
  { question: 'When does the project implementation stage end?', codes: ['border-stage-project-implementation'], contains: ['October 20'] },
  {
    question: 'How often is supervision done and who gets the written report?',
    codes: ['border-monthly-supervision'],
    contains: ['County Poverty Alleviation Office'],
  },
  { question: 'What is the Civil Affairs Bureau responsible for?', codes: ['unit-duty-civil-affairs'] },
  { question: 'How many border households are there?', codes: ['border-action-scope'], contains: ['1,340'] },
  { question: 'What is the dropout rate target?', codes: ['shangliang-dropout-rate-target'], contains: ['2%'] },
  { question: 'What does the Education Bureau do in the border action?', codes: ['unit-duty-education-bureau'] },
];

/** Questions the documents cannot answer: each must be handed to a person, with no figure. */
export const UNANSWERABLE_QUESTIONS: string[] = [
  '医保报销比例是多少',
  '低保一个月多少钱',
  '大学学费贷款怎么办',
  '明天天气怎么样？☀️',
  '2024年的营养餐标准是多少',
  '养老保险一年交多少',
  '孩子考上大学了有什么补助',
  '新农合住院能报多少',
  '帮我查下我家的扶贫贷款到账没有',
  '今年高考分数线多少',
  '村里修桥能补多少钱',
  '残疾人补贴有多少',
  '危房改造补助多少钱',
  'What is the medical insurance reimbursement rate?',
  'How do I apply for a student loan for university?',
  "What's the weather tomorrow?",
  'What was the nutrition subsidy in 2019?',
  'How much is the pension for old people?',
];
