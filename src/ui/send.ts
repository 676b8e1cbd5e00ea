import { browser } from 'wxt/browser';

import type { PageMessage } from '../messaging/contract';
import { type Reply, valueOf } from '../messaging/reply';

/** Asks the background, the only writer of the ledger, to make a change; throws with its reason if refused. */
export async function sendToBackground<T>(message: PageMessage): Promise<T> {
  return valueOf((await browser.runtime.sendMessage(message)) as Reply<T> | undefined);
}
