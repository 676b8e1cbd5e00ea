import { matchKnown } from '../../domain/pasted-handles';
import { knownHandles } from '../../storage/known-handles';
import type { AccountId } from '../../storage/schema';
import { ledgerDb } from '../ledger-db';
import { sendToBackground } from '../send';

/**
 * Protects those of `handles` the ledger holds, and says which it didn't: a mistyped or foreign handle
 * would otherwise sit unseen among the protected.
 */
export async function protectKnown(
  accountId: AccountId,
  handles: readonly string[],
): Promise<{ matched: string[]; unmatched: string[] }> {
  const found = matchKnown(handles, await knownHandles(await ledgerDb(), accountId));
  if (found.matched.length > 0)
    await sendToBackground({
      type: 'people.annotate',
      accountId,
      handles: found.matched,
      change: { protected: true },
    });
  return found;
}
