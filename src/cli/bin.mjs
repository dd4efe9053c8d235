#!/usr/bin/env node
// The `bangfu` command: runs the TypeScript sources through tsx, in Beijing time.
process.env.TZ = 'Asia/Shanghai';
const { register } = await import('tsx/esm/api');
register();
await import('../main.ts');
