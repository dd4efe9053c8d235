// Ctrl-C stops the bench cooperatively: the drivers notice, each module stops its stack in its own
// `finally`, and run.ts then drops the database and deletes the queue keys before exiting.
const controller = new AbortController();

export const benchAbort = controller.signal;

export function abortBench(reason: string): void {
  if (!controller.signal.aborted) controller.abort(new Error(`bench interrupted (${reason})`));
}

/** Throws once the bench has been interrupted; call it in every wait loop. */
export function throwIfAborted(): void {
  controller.signal.throwIfAborted();
}

/** Rejects when the bench is interrupted, for racing against a long wait. */
export function whenAborted(): Promise<never> {
  return new Promise((_, reject) => {
    if (controller.signal.aborted) reject(controller.signal.reason);
    else controller.signal.addEventListener('abort', () => reject(controller.signal.reason), { once: true });
  });
}
