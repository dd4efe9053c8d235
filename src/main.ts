export {};
// The process entry for `npm start` and the `bangfu` command.
process.env.TZ = 'Asia/Shanghai';

const { runCli } = await import('./cli/bangfu.js');
const code = await runCli(process.argv.slice(2));
if (code !== undefined) process.exitCode = code;
