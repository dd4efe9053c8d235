// Talking to the bot as one contact and waiting for its answer.
import { expect } from 'vitest';
import { eventually } from '../support/eventually.js';
import type { TestApp } from '../support/test-app.js';

export async function ask(app: TestApp, contactId: string, text: string, replies = 1): Promise<string> {
  const before = app.world.sentTo(contactId).length;
  app.world.sayPrivately(contactId, text);
  return eventually(() => {
    const sent = app.world.sentTo(contactId);
    expect(sent.length).toBe(before + replies);
    return sent.slice(before).map((message) => message.text).join('\n');
  });
}
