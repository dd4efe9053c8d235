import { randomInt } from 'node:crypto';

// No 0/O, 1/I/L: codes are read off a phone and typed by hand.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A code someone types by hand: the prefix, a hyphen and six characters, e.g. HX-7Q2M9K. */
export function newCode(prefix: string): string {
  let body = '';
  for (let index = 0; index < 6; index += 1) body += ALPHABET[randomInt(ALPHABET.length)];
  return `${prefix}-${body}`;
}

/** A code for binding a group chat, e.g. DW-7Q2M9K (unit) or BGS-4TXR8P (office). */
export function newBindCode(prefix: 'DW' | 'BGS'): string {
  return newCode(prefix);
}
