import { CANONICAL_TERMS } from './synonyms.js';

/**
 * Words the general jieba dictionary would cut apart (保教费 → 保/教/费) or never saw
 * (两免一补, 9+3). A high frequency makes jieba keep them whole.
 */
const DOMAIN_WORDS: readonly string[] = [
  '营养餐', '两免一补', '一科一辅', '寄宿生', '建档立卡', '保教费', '中职', '9+3', '彝区', '走读',
  '生活补助', '教科书', '民办幼儿园', '公办幼儿园', '幼教点', '辅导员', '入园率', '巩固率', '辍学率',
  '九长', '控辍保学', '特岗', '轮岗', '继续教育', '双语教师', '人人通', '三通两平台', '一村一幼',
  '一乡一园', '帮扶资金', '结对', '到户', '帮扶期', '边境户', '边民', '边境村', '边贸', '督导',
  '动员部署', '调查摸底', '方案修订', '项目准备', '项目实施', '评估验收', '总结提升', '回头看',
  '一把手', '第一责任人', '成员单位', '民宗委', '发改委', '人社局', '住建局', '交通局', '水利局',
  '畜牧局', '两居办', '两居', '商经委', '卫计委', '计生委', '扶贫办', '广电局', '财政局', '人武部',
  '边防大队', '护边员', '塔克什肯镇', '查干郭勒乡', '低保', '公益林', '退耕还林', '石漠化', '封山育林',
  '生态护林员', '天保工程', '国有林', '优秀率', '合格率', '送教', '跟岗', '校际结对', '武胜县',
  '寄宿制学校', '实训基地', '转移支付', '实名制', '因学返贫', '捐资助学', '班班通', '课桌椅',
];

export function domainDictionaryWords(): string[] {
  return [...new Set([...DOMAIN_WORDS, ...CANONICAL_TERMS])];
}

export function domainDictionary(): string {
  return domainDictionaryWords().map((word) => `${word} 200000 n`).join('\n');
}
