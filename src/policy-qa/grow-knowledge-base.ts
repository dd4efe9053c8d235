import { createKnowledgeBase, type KnowledgeBase } from './knowledge-base.js';
import type { PolicyFact } from './policy-fact-schema.js';

const TOWNSHIPS = ['东山', '西岭', '南坝', '北川', '中和', '新华', '石门', '青龙', '白马', '金沙', '红岩', '桃源'] as const;
const TOPICS = ['产业补助', '培训补贴', '道路项目', '饮水工程', '危房改造', '合作社', '光伏项目', '劳务输出', '小额信贷', '电商服务'] as const;

function syntheticFact(template: PolicyFact, serial: number): PolicyFact {
  const township = TOWNSHIPS[serial % TOWNSHIPS.length] ?? TOWNSHIPS[0];
  const topic = TOPICS[Math.floor(serial / TOWNSHIPS.length) % TOPICS.length] ?? TOPICS[0];
  const label = `${township}${topic}${serial}号`;
  return {
    ...template,
    code: `synthetic-${serial}-${template.code}`,
    title: { zh: `${label}（${template.title.zh}）`, en: `Synthetic item ${serial} (${template.title.en})` },
    answer: { zh: `${label}：${template.answer.zh}`, en: `Synthetic item ${serial}: ${template.answer.en}` },
    // Real keywords are kept so posting lists grow the way a real, larger policy table would;
    // the serial keeps every synthetic fact distinct.
    keywords: {
      zh: [label, `${township}${topic}`, ...template.keywords.zh],
      en: [`synthetic item ${serial}`, ...template.keywords.en],
    },
  };
}

/**
 * A copy of the knowledge base with `extraFacts` more distinct facts, cloned from the real ones,
 * for measuring answer latency on a policy table the size of a province's (thousands of facts).
 */
export function growKnowledgeBase(kb: KnowledgeBase, extraFacts: number): KnowledgeBase {
  const templates = kb.facts;
  if (templates.length === 0) throw new Error('cannot grow an empty knowledge base');
  const grown = [...templates];
  for (let serial = 0; serial < extraFacts; serial += 1) {
    const template = templates[serial % templates.length];
    if (template) grown.push(syntheticFact(template, serial));
  }
  return createKnowledgeBase(grown);
}
