import { type Translatable, translatable, TranslatableError } from '../i18n/translatable';
import type { SenderInfo } from './sender';

/**
 * What crosses back to a sender: a value, or the reason it was refused, never a thrown error lost in
 * transit. A reason meant for the user comes as words to translate where it is shown.
 */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string; reason?: Translatable };

/**
 * Adapts an async handler to runtime.onMessage. Chrome ignores a returned promise, so the answer goes
 * through sendResponse and the listener returns true to keep the channel open.
 */
export function replyingListener<T>(
  handle: (message: unknown, sender: SenderInfo) => Promise<T> | null,
  /** Turns a failure into what the sender's user should read, e.g. a storage error into its explanation. */
  explain: (error: unknown) => unknown = (error) => error,
) {
  return (message: unknown, sender: SenderInfo, sendResponse: (reply: Reply<T>) => void): boolean => {
    const answer = handle(message, sender);
    if (answer === null) return false;
    answer.then(
      (value) => sendResponse({ ok: true, value }),
      (failure: unknown) => {
        const error = explain(failure);
        sendResponse(
          error instanceof TranslatableError
            ? { ok: false, error: error.message, reason: error.reason }
            : { ok: false, error: error instanceof Error ? error.message : String(error) },
        );
      },
    );
    return true;
  };
}

/** The value of a reply, or the reason it was refused as an error. */
export function valueOf<T>(reply: Reply<T> | undefined): T {
  if (!reply) throw new TranslatableError(translatable('noAnswer'));
  if (!reply.ok) throw reply.reason ? new TranslatableError(reply.reason) : new Error(reply.error);
  return reply.value;
}
