import { createInterface } from 'node:readline';

/**
 * `--batch`: one input a line on stdin, one JSON result a line on stdout, in order, in one
 * process. A line that cannot be parsed gets an error result instead of stopping the batch.
 */
export async function runLines<T>(handle: (line: string) => Promise<T>): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    const result = await handle(line);
    process.stdout.write(`${JSON.stringify(result)}\n`);
  }
}

export function writeJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}
