import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { domainDictionary } from './domain-dictionary.js';

let jieba: Jieba | undefined;

/** The segmenter is loaded once per process: building it parses a 5 MB dictionary (~0.3 s). */
function segmenter(): Jieba {
  if (!jieba) {
    const instance = Jieba.withDict(dict);
    instance.loadDict(Buffer.from(domainDictionary(), 'utf8'));
    jieba = instance;
  }
  return jieba;
}

/**
 * Search-mode cut: long words plus the shorter words inside them (营养餐 → 营养, 营养餐), so a
 * keyword matches whether the asker wrote the long or the short form. HMM stays off: guessing
 * new words from typos would glue wrong characters together.
 */
export function segmentWords(text: string): string[] {
  return segmenter()
    .cutForSearch(text, false)
    .map((word) => word.trim())
    .filter((word) => word.length > 0);
}

/** Precise-mode cut (no overlapping sub-words): the words a reader would see in the text. */
export function dictionaryWords(text: string): string[] {
  return segmenter().cut(text, false);
}
