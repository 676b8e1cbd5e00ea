import { type ExtensionPageMessage, extensionPageMessage, messageType } from '../messaging/contract';
import { dispatch, type ExtensionPageReplies, type Handlers } from '../messaging/replies';
import { classifySender, type SenderInfo } from '../messaging/sender';
import { deleteLedger } from '../storage/delete-ledger';
import { importDownload } from '../storage/imports';
import { settleOwnWords } from '../storage/own-words';
import { annotatePeople, writeTags } from '../storage/people';
import { refreshRelations } from '../storage/relations';
import { decideRename } from '../storage/rename-decisions';
import { writeRhythm } from '../storage/rhythm';
import { accountIdOf, type LedgerDb } from '../storage/schema';
import type { Review } from './review';
import type { Toolbar } from './toolbar';

const EXTENSION_PAGE_MESSAGES = /^(people|tags|data|settings|toolbar|review)\./;

/**
 * The background's answer to the extension's own pages (popup, side panel, options): annotations,
 * the tag set, imports and deletion. No site tab may send these. Backups are not among them: a
 * ledger can be larger than a runtime message may be, so the options page reads and writes those
 * itself (src/ui/options/restore-file.ts).
 */
export function createExtensionPagesHandler(deps: {
  db: () => Promise<LedgerDb>;
  self: { id: string; origin: string };
  now?: () => number;
  toolbar: Toolbar;
  review: Review;
}) {
  const now = deps.now ?? (() => Date.now());
  const handlers: Handlers<ExtensionPageMessage, ExtensionPageReplies, LedgerDb> = {
    'tags.set': (message, db) => writeTags(db, message.tags),
    'settings.rhythm': async (message, db) => {
      const rhythm = await writeRhythm(db, message.rhythm);
      await deps.toolbar.refreshTabs();
      return rhythm;
    },
    'toolbar.opened': (message) => deps.toolbar.opened(message.accountId),
    'people.annotate': async (message, db) => {
      const count = await annotatePeople(db, message.accountId, message.handles, message.change, now());
      // The popup counts protected accounts out of its views from the relations, so they follow the protected set.
      if (message.change.protected !== undefined) await refreshRelations(db, message.accountId);
      return count;
    },
    'people.rename': async (message, db) => {
      if (message.from === message.to) throw new Error('Refused: an account is not a rename of itself');
      const outcome = await decideRename(db, message.accountId, message.from, message.to, message.decision);
      // Protection may have moved, and the popup counts protected accounts out by the relations.
      if (message.decision === 'confirm') await refreshRelations(db, message.accountId);
      return outcome;
    },
    'data.refreshRelations': (message, db) => refreshRelations(db, message.accountId),
    'data.delete': (message, db) => deleteLedger(db, message.accountId),
    'data.import': async (message, db) => {
      const imported = await importDownload(db, message, now());
      // A download that holds the whole following list settles the owner's word like a capture does.
      await settleOwnWords(db, accountIdOf(message.platform, message.owner));
      return imported;
    },
    'review.start': (message, db) =>
      deps.review.start(db, message.accountId, message.view, message.handles, message.tabId),
  };
  return (
    raw: unknown,
    senderInfo: SenderInfo,
  ): Promise<ExtensionPageReplies[ExtensionPageMessage['type']]> | null => {
    const type = messageType(raw);
    if (!type || !EXTENSION_PAGE_MESSAGES.test(type)) return null;
    if (classifySender(senderInfo, deps.self).kind !== 'extension-page') {
      return Promise.reject(new Error('Refused: only Follow Ledger pages can change annotations or data'));
    }
    const parsed = extensionPageMessage.safeParse(raw);
    if (!parsed.success) return Promise.reject(new Error(`Refused: malformed ${type} message`));
    const message = parsed.data;
    return deps.db().then((db) => dispatch(handlers, message, db));
  };
}
