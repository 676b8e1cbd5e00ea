import type { SenderInfo } from './sender';

/** What crosses back to a sender: a value, or the reason it was refused, never a thrown error lost in transit. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

/**
 * Adapts an async handler to runtime.onMessage. Chrome ignores a returned promise, so the answer goes
 * through sendResponse and the listener returns true to keep the channel open.
 */
export function replyingListener<T>(
  handle: (message: unknown, sender: SenderInfo) => Promise<T> | null,
  /** Turns a failure into what the sender's user should read. */
  describe: (error: unknown) => string = (error) => (error instanceof Error ? error.message : String(error)),
) {
  return (message: unknown, sender: SenderInfo, sendResponse: (reply: Reply<T>) => void): boolean => {
    const answer = handle(message, sender);
    if (answer === null) return false;
    answer.then(
      (value) => sendResponse({ ok: true, value }),
      (error: unknown) => sendResponse({ ok: false, error: describe(error) }),
    );
    return true;
  };
}

/** The value of a reply, or the reason it was refused as an error. */
export function valueOf<T>(reply: Reply<T> | undefined): T {
  if (!reply) throw new Error('Follow Ledger did not answer.');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
