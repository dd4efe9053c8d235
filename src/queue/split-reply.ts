/**
 * Splits a long reply on line boundaries so each part fits a phone screen; a single line longer
 * than the limit is cut at the limit.
 */
export function splitReply(text: string, maxChars: number): string[] {
  if (text.length <= maxChars) return [text];
  const parts: string[] = [];
  let current = '';
  for (const line of text.split('\n')) {
    for (let start = 0; start < Math.max(line.length, 1); start += maxChars) {
      const piece = line.slice(start, start + maxChars);
      const candidate = current ? `${current}\n${piece}` : piece;
      if (candidate.length > maxChars) {
        parts.push(current);
        current = piece;
      } else {
        current = candidate;
      }
    }
  }
  if (current.trim()) parts.push(current);
  return parts.filter((part) => part.trim() !== '');
}
