import { checkBackup } from '../data/read-backup';
import { TranslatableError } from '../i18n/translatable';
import { messageType, pageMessage } from '../messaging/contract';
import { classifySender, type SenderInfo } from '../messaging/sender';
import { deleteLedger, exportBackup, restoreBackup } from '../storage/backup';
import { importDownload } from '../storage/imports';
import { annotatePeople, writeTags } from '../storage/people';
import { refreshRelations } from '../storage/relations';
import type { LedgerDb } from '../storage/schema';

const PAGE_MESSAGES = /^(people|tags|data)\./;

/**
 * The background's answer to the extension's own pages (popup, side panel, options): annotations,
 * the tag set, backups, imports and deletion. No site page may send these.
 */
export function createPagesHandler(deps: {
  db: () => Promise<LedgerDb>;
  self: { id: string; origin: string };
  now?: () => number;
}) {
  const now = deps.now ?? (() => Date.now());
  return (raw: unknown, senderInfo: SenderInfo): Promise<unknown> | null => {
    const type = messageType(raw);
    if (!type || !PAGE_MESSAGES.test(type)) return null;
    if (classifySender(senderInfo, deps.self).kind !== 'extension-page') {
      return Promise.reject(new Error('Refused: only Follow Ledger pages can change annotations or data'));
    }
    const parsed = pageMessage.safeParse(raw);
    if (!parsed.success) return Promise.reject(new Error(`Refused: malformed ${type} message`));
    const message = parsed.data;
    return deps.db().then((db): Promise<unknown> => {
      switch (message.type) {
        case 'tags.set':
          return writeTags(db, message.tags);
        case 'people.annotate':
          return annotatePeople(db, message.accountId, message.handles, message.change, now()).then(
            async (count) => {
              // The popup counts protected accounts out of its views from the relations, so they follow the protected set.
              if (message.change.protected !== undefined) await refreshRelations(db, message.accountId);
              return count;
            },
          );
        case 'data.relate':
          return refreshRelations(db, message.accountId);
        case 'data.backup':
          return exportBackup(db, now());
        case 'data.restore': {
          const checked = checkBackup(message.backup);
          return checked.ok
            ? restoreBackup(db, checked.backup)
            : Promise.reject(new TranslatableError(checked.error));
        }
        case 'data.delete':
          return deleteLedger(db, message.accountId);
        case 'data.import':
          return importDownload(db, message, now());
      }
    });
  };
}
