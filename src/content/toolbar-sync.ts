import type { AskLedger } from '../messaging/replies';
import type { SiteAdapter } from '../platforms/site-adapter';
import type { ListenToPage } from './page-changes';

/**
 * Tells the background which account is logged in on this tab, so the toolbar button shows that
 * ledger's unseen changes and reminders. The logged-in link may render late (TikTok), and the sites
 * navigate without page loads: asked again whenever the URL or the account changes.
 */
export function startToolbarSync(env: {
  adapter: SiteAdapter;
  win: Window;
  ask: AskLedger;
  listen: ListenToPage;
}): {
  stop(): void;
} {
  const { adapter, win } = env;
  let told = '';
  let scheduled = false;
  function check() {
    scheduled = false;
    const me = adapter.loggedInUser(win.document);
    const now = `${me} ${win.location.href}`;
    if (!me || now === told) return;
    told = now;
    env.ask({ type: 'ledger.toolbar', platform: adapter.platform, owner: me }).catch(() => undefined);
  }
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    // Lists re-render every frame while scrolled: one look per second is plenty for a button.
    win.setTimeout(check, 1000);
  };
  const stopListening = env.listen(schedule);
  check();
  return { stop: stopListening };
}
