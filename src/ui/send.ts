import { browser } from 'wxt/browser';

import type { ExtensionPageMessage } from '../messaging/contract';
import { type AskBackground, asker, type ExtensionPageReplies } from '../messaging/replies';

/** Asks the background, the only writer of the ledger, to make a change; throws with its reason if refused. */
export const sendToBackground: AskBackground = asker<ExtensionPageMessage, ExtensionPageReplies>((message) =>
  browser.runtime.sendMessage(message),
);
