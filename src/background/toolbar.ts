import { showOnToolbar } from '../browser/toolbar-badge';
import { markSeen, readToolbarState, type ToolbarState } from '../storage/rhythm';
import type { AccountId, LedgerDb } from '../storage/schema';

/**
 * Keeps each site tab's toolbar badge on the ledger of the account logged in there. Tab-specific
 * badges live in the browser, not in the worker, so a stopped worker loses nothing.
 */
export function createToolbar(deps: {
  db: () => Promise<LedgerDb>;
  now: () => number;
  show?: (tabId: number, state: ToolbarState | null) => Promise<void>;
}) {
  const show = deps.show ?? showOnToolbar;
  const shown = (tabId: number, state: ToolbarState | null) =>
    // The tab may have closed meanwhile: its badge went with it.
    show(tabId, state).catch(() => undefined);
  return {
    async refresh(tabId: number, accountId: AccountId): Promise<void> {
      await shown(tabId, await readToolbarState(await deps.db(), accountId, deps.now()));
    },
    /** The popup opened on a ledger: what was new until now, after which all of it counts as seen. */
    async opened(accountId: AccountId, tabId: number | undefined): Promise<ToolbarState | null> {
      const db = await deps.db();
      const state = await readToolbarState(db, accountId, deps.now());
      if (!state) return null;
      await markSeen(db, accountId, deps.now());
      if (tabId !== undefined)
        await shown(tabId, { ...state, unseen: {}, unseenTotal: 0, unseenSince: null });
      return state;
    },
  };
}

export type Toolbar = ReturnType<typeof createToolbar>;
