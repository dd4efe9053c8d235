import type { SendMessageJob } from './jobs.js';

/** Hands one message to WeChat. Implemented by the chat adapter for the logged-in account. */
export interface MessageSender {
  send(message: SendMessageJob): Promise<void>;
}
