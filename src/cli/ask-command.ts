import { parseArgs } from 'node:util';
import { answerQuestion, loadShippedKnowledgeBase, type KnowledgeBase } from '../policy-qa/index.js';
import { runLines, writeJson } from './run-lines.js';

type AskResult = { text: string; handoff: boolean; sources: { document: string; section: string; quote: string }[]; policy: string | null };

function ask(kb: KnowledgeBase, question: string): AskResult {
  const answer = answerQuestion(kb, question);
  return { text: answer.text, handoff: answer.handoff, sources: answer.sources, policy: answer.policy };
}

/** `bangfu ask "<question>" [--json] [--batch]`: the policy answer a parent would get. */
export async function askCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, batch: { type: 'boolean', default: false } },
  });
  const kb = loadShippedKnowledgeBase();
  if (values.batch) {
    await runLines(async (line) => ask(kb, line));
    return 0;
  }
  const question = positionals.join(' ');
  if (!question.trim()) {
    process.stderr.write('usage: bangfu ask "<question>" [--json]\n');
    return 2;
  }
  const result = ask(kb, question);
  if (values.json) writeJson(result);
  else process.stdout.write(`${result.text}\n`);
  return 0;
}
