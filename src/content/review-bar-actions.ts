import { profileUrl } from '../domain/handle';
import type { AskLedger } from '../messaging/replies';
import type { SiteAdapter } from '../platforms/site-adapter';
import type { ReviewBarActions } from './ReviewBar';

/** What the review bar does: asks the background, and takes this tab to the next profile the person chose. */
export function reviewBarActions(adapter: SiteAdapter, win: Window, ask: AskLedger): ReviewBarActions {
  return {
    act: (handle, action) => {
      const owner = adapter.loggedInUser(win.document);
      if (!owner) return Promise.reject(new Error('no logged-in user'));
      return ask({ type: 'ledger.reviewAct', platform: adapter.platform, owner, handle, action });
    },
    go: (handle) => win.location.assign(profileUrl(adapter.platform, handle)),
  };
}
