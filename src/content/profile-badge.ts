import type { ReviewStop } from '../domain/review-queue';
import type { Relationship } from '../messaging/contract';
import type { AskLedger } from '../messaging/replies';
import type { SiteAdapter } from '../platforms/site-adapter';
import type { ListenToPage } from './page-changes';

export interface BadgeView {
  handle: string;
  relationship: Relationship;
  /** Set when this profile is on the review one by one running in this tab: the badge becomes its bar. */
  review: ReviewStop | null;
}

export interface BadgeEnv {
  adapter: SiteAdapter;
  win: Window;
  ask: AskLedger;
  /** Shows the badge after `anchor`, or hides it (null). */
  show: (view: BadgeView | null, anchor: Element | null) => void;
  listen: ListenToPage;
}

/**
 * Puts the relationship badge beside the name on someone else's profile. The sites navigate without
 * page loads, so it follows the URL: it hides the moment the profile changes, asks the background about
 * the new one, and shows the answer only if the page still shows that profile. Never on the user's
 * own profile, never on a page that is not a profile.
 */
export function startProfileBadge(env: BadgeEnv): { stop(): void } {
  const { adapter, win } = env;
  const doc = win.document;
  let shownFor: string | null = null;
  let anchor: Element | null = null;
  let view: BadgeView | null = null;
  let scheduled = false;

  function hide() {
    if (shownFor === null && view === null) return;
    shownFor = null;
    anchor = null;
    view = null;
    env.show(null, null);
  }

  let checkedUrl = '';
  let me: string | null = null;
  let owner: string | null = null;

  function check() {
    scheduled = false;
    // Mutations come with every frame of a scrolling list: URL and navigation are read again only when the URL changes.
    if (win.location.href !== checkedUrl || me === null) {
      checkedUrl = win.location.href;
      me = adapter.loggedInUser(doc);
      owner = adapter.profileOwner(new URL(checkedUrl));
    }
    const heading = owner && me && owner !== me ? adapter.profileHeading(doc, owner) : null;
    if (!owner || !me || !heading) return hide();
    if (owner === shownFor) {
      // The site re-rendered the header: move the badge to the new heading.
      if (heading !== anchor && view) env.show(view, (anchor = heading));
      anchor = heading;
      return;
    }
    hide();
    const profile = owner;
    shownFor = profile;
    anchor = heading;
    const who = { platform: adapter.platform, owner: me, handle: profile };
    Promise.all([
      env.ask({ type: 'ledger.relationship', ...who }),
      env.ask({ type: 'ledger.reviewHere', ...who }).catch(() => null),
    ]).then(
      ([relationship, review]) => {
        if (shownFor !== profile || !anchor?.isConnected) return;
        view = { handle: profile, relationship, review };
        env.show(view, anchor);
      },
      () => undefined, // No badge rather than a wrong one.
    );
  }

  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(check);
  };
  const stopListening = env.listen(schedule);
  win.addEventListener('popstate', schedule);
  schedule();
  return {
    stop() {
      stopListening();
      win.removeEventListener('popstate', schedule);
      hide();
    },
  };
}
