// Random codes are short enough to type, so a new one may already exist: draw again until each is new.
import { newCode } from '../bind-codes.js';

export async function freshCodes(prefix: string, count: number, alreadyStored: (codes: string[]) => Promise<string[]>): Promise<string[]> {
  const codes = new Set<string>();
  while (codes.size < count) {
    const drawn = new Set<string>();
    while (codes.size + drawn.size < count) {
      const code = newCode(prefix);
      if (!codes.has(code)) drawn.add(code);
    }
    const taken = new Set(await alreadyStored([...drawn]));
    for (const code of drawn) if (!taken.has(code)) codes.add(code);
  }
  return [...codes];
}
