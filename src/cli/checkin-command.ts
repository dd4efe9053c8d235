import { parseArgs } from 'node:util';
import { z } from 'zod';
import { parseCheckIn, toCheckInJson } from '../check-ins/index.js';
import { runLines, writeJson } from './run-lines.js';

const BatchLine = z.object({ text: z.string(), now: z.string().datetime({ offset: true }).optional() });

function parseNow(value: string | undefined): Date {
  if (value === undefined) return new Date();
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) throw new Error(`--now is not an ISO date-time: "${value}"`);
  return instant;
}

/** `bangfu checkin parse "<message>" --now <ISO> [--json] [--batch]`: what Bangfu reads from a visit report. */
export async function checkinCommand(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub !== 'parse') {
    process.stderr.write('usage: bangfu checkin parse "<message>" --now <ISO datetime> [--json] [--batch]\n');
    return 2;
  }
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: { now: { type: 'string' }, json: { type: 'boolean', default: false }, batch: { type: 'boolean', default: false } },
  });
  if (values.batch) {
    await runLines(async (line) => {
      const input = BatchLine.safeParse(JSON.parse(line));
      if (!input.success) return { error: `invalid line: ${input.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}` };
      return toCheckInJson(parseCheckIn(input.data.text, parseNow(input.data.now)));
    });
    return 0;
  }
  const result = toCheckInJson(parseCheckIn(positionals.join(' '), parseNow(values.now)));
  if (values.json) writeJson(result);
  else process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  return 0;
}
