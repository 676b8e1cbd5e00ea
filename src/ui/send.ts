import { browser } from 'wxt/browser';
import type { PeopleMessage } from '../messaging/contract';
import type { Reply } from '../messaging/reply';

/** Asks the background, the only writer of the ledger, to make a change; throws with its reason if refused. */
export async function sendToBackground<T>(message: PeopleMessage): Promise<T> {
  const reply = (await browser.runtime.sendMessage(message)) as Reply<T> | undefined;
  if (!reply) throw new Error('Follow Ledger did not answer.');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
