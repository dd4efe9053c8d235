/**
 * Repairs the typing slips parents make on a phone before any matching happens: Chinese
 * homophones and near-misses in known words (营样餐 → 营养餐, 两免以补 → 两免一补, one character
 * replaced) and one-letter English slips (nutriton → nutrition). Only words we know are
 * targets, and a stretch of text that already contains a known word is left alone, so correct
 * text is never "fixed".
 */
export interface TypoCorrector {
  correct(normalizedText: string): string;
}

const HAN_RUN = /\p{Script=Han}+/gu;
const LATIN_WORD = /[a-z]{5,}/g;
const MIN_HAN_WORD = 3;
const MAX_HAN_WORD = 8;
const MIN_LATIN_WORD = 5;

function substitutionKeys(word: string): string[] {
  const chars = [...word];
  return chars.map((_, position) => chars.map((char, i) => (i === position ? '?' : char)).join(''));
}

function deletionKeys(word: string): string[] {
  const keys = [word];
  for (let i = 0; i < word.length; i += 1) keys.push(word.slice(0, i) + word.slice(i + 1));
  return keys;
}

/** Optimal-string-alignment distance, capped: we only need to know whether it is at most 1. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

function addTo(map: Map<string, string[]>, key: string, word: string): void {
  const words = map.get(key);
  if (!words) map.set(key, [word]);
  else if (!words.includes(word)) words.push(word);
}

/**
 * @param targets words worth correcting towards (keywords, synonym surfaces)
 * @param protectedWords correct words that must never be rewritten (targets are always protected)
 * @param dictionaryWords a general-language segmenter: the real words it finds (贷款 in 扶贫贷款)
 *   show the text was typed as meant
 */
export function createTypoCorrector(
  targets: Iterable<string>,
  protectedWords: Iterable<string>,
  dictionaryWords: (text: string) => readonly string[],
): TypoCorrector {
  const hanTargets = new Map<string, string[]>();
  const latinTargets = new Map<string, string[]>();
  const knownHan = new Set<string>();
  const knownLatin = new Set<string>();
  for (const word of protectedWords) (/^[a-z]+$/.test(word) ? knownLatin : knownHan).add(word);
  for (const target of targets) {
    if (/^\p{Script=Han}+$/u.test(target)) {
      knownHan.add(target);
      const length = [...target].length;
      if (length < MIN_HAN_WORD || length > MAX_HAN_WORD) continue;
      for (const key of substitutionKeys(target)) addTo(hanTargets, key, target);
    } else if (/^[a-z]+$/.test(target)) {
      knownLatin.add(target);
      if (target.length < MIN_LATIN_WORD) continue;
      for (const key of deletionKeys(target)) addTo(latinTargets, key, target);
    }
  }

  function correctHanRun(run: string): string {
    const chars = [...run];
    const knownSpans: Array<{ start: number; end: number; word: string }> = [];
    let offset = 0;
    for (const word of dictionaryWords(run)) {
      const length = [...word].length;
      if (length >= 2) knownSpans.push({ start: offset, end: offset + length, word });
      offset += length;
    }
    for (let start = 0; start < chars.length; start += 1) {
      for (let length = 2; length <= MAX_HAN_WORD && start + length <= chars.length; length += 1) {
        const word = chars.slice(start, start + length).join('');
        if (knownHan.has(word)) knownSpans.push({ start, end: start + length, word });
      }
    }
    const corrected = new Array<boolean>(chars.length).fill(false);
    for (let length = MAX_HAN_WORD; length >= MIN_HAN_WORD; length -= 1) {
      for (let start = 0; start + length <= chars.length; start += 1) {
        const end = start + length;
        if (corrected.slice(start, end).some(Boolean)) continue;
        const window = chars.slice(start, end).join('');
        if (knownHan.has(window)) continue;
        const candidates = new Set(substitutionKeys(window).flatMap((key) => hanTargets.get(key) ?? []));
        // Two equally close words means we cannot tell what was meant: leave the text as it is.
        if (candidates.size !== 1) continue;
        const replacement = [...candidates][0] ?? window;
        // A correct word in the stretch (初中 in 初中学费) shows the asker meant what they wrote,
        // unless the word is part of the correction itself (两免 in 两免以补 → 两免一补).
        const contradicted = knownSpans.some(
          (span) => span.start < end && span.end > start && !replacement.includes(span.word),
        );
        if (contradicted) continue;
        chars.splice(start, length, ...replacement);
        corrected.fill(true, start, end);
      }
    }
    return chars.join('');
  }

  function correctLatinWord(word: string): string {
    if (knownLatin.has(word)) return word;
    const candidates = new Set<string>();
    for (const key of deletionKeys(word)) {
      for (const target of latinTargets.get(key) ?? []) if (withinOneEdit(word, target)) candidates.add(target);
    }
    return candidates.size === 1 ? [...candidates][0] ?? word : word;
  }

  return {
    correct(normalizedText: string): string {
      return normalizedText
        .replace(HAN_RUN, (run) => correctHanRun(run))
        .replace(LATIN_WORD, (word) => (word.length >= MIN_LATIN_WORD ? correctLatinWord(word) : word));
    },
  };
}
