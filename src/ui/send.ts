import { browser } from 'wxt/browser';

import type { PageMessage } from '../messaging/contract';
import { type AskBackground, asker, type PageReplies } from '../messaging/replies';

/** Asks the background, the only writer of the ledger, to make a change; throws with its reason if refused. */
export const sendToBackground: AskBackground = asker<PageMessage, PageReplies>((message) =>
  browser.runtime.sendMessage(message),
);
