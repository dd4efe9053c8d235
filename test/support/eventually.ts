/** Polls until `check` passes or the time is up; the last failure is what the test reports. */
export async function eventually<T>(check: () => T | Promise<T>, options: { timeoutMs?: number; intervalMs?: number } = {}): Promise<T> {
  const deadline = Date.now() + (options.timeoutMs ?? 10_000);
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      return await check();
    } catch (error) {
      lastError = error;
      await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 25));
    }
  }
  throw lastError;
}

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
