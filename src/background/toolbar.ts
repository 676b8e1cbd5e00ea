import { openSiteTabs } from '../browser/site-tabs';
import { showOnToolbar } from '../browser/toolbar-badge';
import { markSeen, readToolbarState, type ToolbarState } from '../storage/rhythm';
import { type AccountId, accountIdOf, type LedgerDb } from '../storage/schema';

/**
 * Keeps each site tab's toolbar badge on the ledger of the account logged in there. Tab-specific
 * badges live in the browser, not in the worker, so a stopped worker loses nothing.
 */
export function createToolbar(deps: {
  db: () => Promise<LedgerDb>;
  now: () => number;
  show?: (tabId: number, state: ToolbarState | null) => Promise<void>;
  /** The open site tabs and who is logged in on each. */
  siteTabs?: () => Promise<{ tabId: number; accountId: AccountId }[]>;
}) {
  const show = deps.show ?? showOnToolbar;
  const siteTabs =
    deps.siteTabs ??
    (async () =>
      (await openSiteTabs()).map(({ tabId, site }) => ({
        tabId,
        accountId: accountIdOf(site.platform, site.me!),
      })));
  const shown = (tabId: number, state: ToolbarState | null) =>
    // The tab may have closed meanwhile: its badge went with it.
    show(tabId, state).catch(() => undefined);
  const refresh = async (tabId: number, accountId: AccountId): Promise<void> =>
    shown(tabId, await readToolbarState(await deps.db(), accountId, deps.now()));
  /** Every open tab of `accountId`'s ledger, or of every ledger. */
  const refreshTabs = async (accountId?: AccountId): Promise<void> => {
    const tabs = await siteTabs();
    await Promise.all(
      tabs.flatMap((tab) =>
        !accountId || tab.accountId === accountId ? [refresh(tab.tabId, tab.accountId)] : [],
      ),
    );
  };
  return {
    refresh,
    refreshTabs,
    /** The popup opened on a ledger: what was new until now, after which all of it counts as seen. */
    async opened(accountId: AccountId): Promise<ToolbarState | null> {
      const db = await deps.db();
      const state = await readToolbarState(db, accountId, deps.now());
      if (!state) return null;
      await markSeen(db, accountId, deps.now());
      await refreshTabs(accountId);
      return state;
    },
  };
}

export type Toolbar = ReturnType<typeof createToolbar>;
