// Excel refuses a sheet name over 31 characters, with any of []:*?/\ , starting or ending with
// an apostrophe, named History, or equal to another sheet's name (ignoring case).
const FORBIDDEN = /[[\]:*?/\\]/g;
const MAX_LENGTH = 31;

function fit(name: string, suffix = ''): string {
  const room = MAX_LENGTH - suffix.length;
  let fitted = '';
  for (const char of name) {
    if (fitted.length + char.length > room) break;
    fitted += char;
  }
  return `${fitted.replace(/'+$/, '')}${suffix}`;
}

export function sheetNames(wanted: readonly string[]): string[] {
  const taken = new Set<string>();
  return wanted.map((raw, index) => {
    let base = raw.replace(FORBIDDEN, '-').replace(/^'+|'+$/g, '').trim();
    if (base === '' || base.toLowerCase() === 'history') base = `${base || 'Sheet'}${index + 1}`;
    let name = fit(base);
    for (let copy = 2; taken.has(name.toLowerCase()); copy += 1) name = fit(base, ` (${copy})`);
    taken.add(name.toLowerCase());
    return name;
  });
}
