// Reading what the bot sent in the mock WeChat: a long answer may arrive split into several
// messages, so tests look at everything sent to a chat after a point.
import { expect } from 'vitest';
import { eventually } from '../support/eventually.js';
import type { TestApp } from '../support/test-app.js';

export function textsSince(app: TestApp, conversationId: string, from: number): string {
  return app.world.sentTo(conversationId).slice(from).map((message) => message.text).join('\n');
}

/** Says something and waits until the chat it is watching has received text containing `expected`. */
export async function sayAndWait(
  app: TestApp,
  say: () => string,
  watch: string,
  expected: string | RegExp,
): Promise<{ text: string; messageId: string }> {
  const from = app.world.sentTo(watch).length;
  const messageId = say();
  const text = await eventually(() => {
    const text = textsSince(app, watch, from);
    if (typeof expected === 'string') expect(text).toContain(expected);
    else expect(text).toMatch(expected);
    return text;
  });
  return { text, messageId };
}
