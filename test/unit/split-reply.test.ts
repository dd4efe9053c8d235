import { expect, it } from 'vitest';
import { splitReply } from '../../src/queue/split-reply.js';

it('keeps a short reply whole', () => {
  expect(splitReply('营养餐每生每天4元。', 600)).toEqual(['营养餐每生每天4元。']);
});

it('splits a long reply on line boundaries, every part within the limit, nothing lost', () => {
  const lines = Array.from({ length: 40 }, (_, index) => `${index + 1}. 第${index + 1}个单位：已收到`);
  const text = lines.join('\n');
  const parts = splitReply(text, 100);
  expect(parts.length).toBeGreaterThan(1);
  for (const part of parts) expect(part.length).toBeLessThanOrEqual(100);
  expect(parts.join('\n')).toBe(text);
  for (const part of parts) expect(lines).toContain(part.split('\n')[0]);
});

it('cuts a single over-long line at the limit', () => {
  const parts = splitReply('字'.repeat(250), 100);
  expect(parts.map((part) => part.length)).toEqual([100, 100, 50]);
});
