// Imported first by every bench entry point: keeps stdout for the results only.
// Wechaty's logger (brolog) and any stray console.log go to stderr; Wechaty logs nothing below warn.
process.env.WECHATY_LOG ??= 'silent';
process.env.BROLOG_LEVEL ??= 'silent';
/* eslint-disable no-console */
console.log = console.error;
console.info = console.error;
console.debug = console.error;
