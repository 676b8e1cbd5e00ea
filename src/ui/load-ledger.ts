import { browser } from 'wxt/browser';

import { askSiteTab } from '../browser/site-tabs';
import { platformOfOrigin } from '../domain/platforms';
import type { SiteTabReply } from '../messaging/contract';
import { type LedgerSnapshot, listAccounts, readLedger } from '../storage/ledger-reader';
import { accountIdOf, type AccountRecord, type LedgerDb } from '../storage/schema';
import { sendToBackground } from './send';

export interface ActiveTab {
  id: number;
  windowId: number;
  /** Set when the tab is on Instagram or TikTok and the site tab said who is logged in. */
  site: SiteTabReply | null;
}

export interface LedgerPageData {
  accounts: AccountRecord[];
  tab: ActiveTab | null;
  ledger: LedgerSnapshot | null;
}

/**
 * An extension page that shows a ledger (popup, side panel) opens on the account logged in on the site tab; opened in a
 * tab of its own (or beside another site) it shows the account captured most recently. With `onCounts`, the views' counts come first, read without
 * the members, when the stored relations are current; the whole ledger is read after them.
 */
export async function loadLedgerPage(
  db: LedgerDb,
  chosenAccountId?: string,
  onCounts?: (early: LedgerPageData) => void,
): Promise<LedgerPageData> {
  const [accounts, tab] = await Promise.all([listAccounts(db), activeTab()]);
  const account = chooseAccount(accounts, tab?.site ?? null, chosenAccountId);
  if (!account) return { accounts, tab, ledger: null };
  if (onCounts) {
    // Read first and alone: beside the whole read, its answer queued behind a million members' bytes.
    // A failure here is met again by the whole read, which reports it.
    const early = await readLedger(db, account, { members: false }).catch(() => null);
    if (early?.counts) onCounts({ accounts, tab, ledger: early });
  }
  const ledger = await readLedger(db, account);
  if (
    ledger.counts === null &&
    ledger.members &&
    ledger.members.handles.followers.length + ledger.members.handles.following.length > 0
  ) {
    // Out of date or older than them: the background works them out again, so the next opening is quick.
    sendToBackground({ type: 'data.refreshRelations', accountId: account.id }).catch(() => undefined);
  }
  return { accounts, tab, ledger };
}

/** The user's pick first, then the account logged in on the current tab, then the one captured last. */
export function chooseAccount(
  accounts: AccountRecord[],
  site: SiteTabReply | null,
  chosenAccountId?: string,
): AccountRecord | undefined {
  const tabAccountId = site?.me ? accountIdOf(site.platform, site.me) : undefined;
  return (
    accounts.find((candidate) => candidate.id === chosenAccountId) ??
    accounts.find((candidate) => candidate.id === tabAccountId) ??
    accounts[0]
  );
}

async function activeTab(): Promise<ActiveTab | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return null;
  let origin: string | null = null;
  try {
    origin = tab.url ? new URL(tab.url).origin : null;
  } catch {
    origin = null;
  }
  const found = { id: tab.id, windowId: tab.windowId };
  if (!origin || !platformOfOrigin(origin)) return { ...found, site: null };
  return { ...found, site: await askSiteTab(tab.id) };
}

/** Takes the user's tab to a page of the site: the current tab when it is on that site, a new one otherwise. */
export async function goTo(url: string, tab: ActiveTab | null): Promise<void> {
  if (tab?.site) await browser.tabs.update(tab.id, { url });
  else await browser.tabs.create({ url });
}
