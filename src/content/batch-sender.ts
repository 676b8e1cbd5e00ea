import type { CaptureMessage, CaptureReply } from '../domain/capture';
import { type Translatable, translatable } from '../i18n/translatable';
import type { CaptureReplies } from '../messaging/replies';
import type { Reply } from '../messaging/reply';

export type Transport = <M extends CaptureMessage>(
  message: M,
) => Promise<Reply<CaptureReplies[M['type']]> | undefined>;

export type SendOutcome =
  | { kind: 'sent'; reply: CaptureReply }
  /** `reason` is the refusal in words to translate, when the background gave them. */
  | { kind: 'refused'; error: string; reason?: Translatable }
  /** The extension was updated or reloaded under this page: nothing can reach it until the page reloads. */
  | { kind: 'disconnected' };

const RETRY_DELAYS_MS = [200, 500, 1000, 2000, 4000, 8000];

/**
 * Sends capture messages one at a time, in order. A message whose acknowledgement does not come (the
 * worker was stopped and is starting again) is sent again; the background stores each batch once.
 */
export function createBatchSender(transport: Transport, isConnected: () => boolean) {
  let queue: Promise<unknown> = Promise.resolve();

  async function deliver(message: CaptureMessage): Promise<SendOutcome> {
    for (let attempt = 0; ; attempt++) {
      if (!isConnected()) return { kind: 'disconnected' };
      try {
        const reply = await transport(message);
        if (reply?.ok) return { kind: 'sent', reply: reply.value };
        if (reply && !reply.ok) return { kind: 'refused', error: reply.error, reason: reply.reason };
      } catch {
        // No receiver yet: the worker is starting. Retried below.
      }
      if (attempt >= RETRY_DELAYS_MS.length)
        return { kind: 'refused', error: 'no answer', reason: translatable('noAnswer') };
      await new Promise((resolve) => setTimeout(resolve, RETRY_DELAYS_MS[attempt]));
    }
  }

  return (message: CaptureMessage): Promise<SendOutcome> => {
    const outcome = queue.then(() => deliver(message));
    queue = outcome;
    return outcome;
  };
}
