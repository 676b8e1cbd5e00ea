import { isOwnList, type ListEvidence, placeList } from '../domain/list-evidence';
import type { Landmark, ListKind } from '../domain/types';
import { type Translatable, translatable } from '../i18n/translatable';
import { missingLandmark } from '../platforms/self-check';
import type { OpenList, SiteAdapter } from '../platforms/site-adapter';
import { whichList } from '../platforms/which-list';
import type { OverlayView } from './overlay-view';

/** How long a list may take to open and show its rows and count before its layout is called changed. */
export const LANDMARK_GRACE_MS = 4000;

/** A list of the user's own that this page can't read right now, and the landmark that was missing. */
export interface UnreadableList {
  list: ListKind;
  landmark: Landmark;
}

/** What the page shows while no list is being read. */
export type Placement =
  /** Not the logged-in account's own profile: no list here is the owner's. */
  | { kind: 'elsewhere' }
  /** No list open, and none asked for. */
  | { kind: 'none' }
  /** The URL or a click says this list should be open, and it is not found (yet). */
  | { kind: 'awaited'; owner: string; list: ListKind }
  /** A list is open that is not read; `reason` is what the person is told, if anything. */
  | { kind: 'refused'; reason: Translatable | null }
  | { kind: 'open'; open: OpenList; owner: string; list: ListKind };

/**
 * Which of the owner's lists is open, if any, from the evidence that must agree (the URL, the list's own
 * heading or tabs, the click that opened it). Evidence that disagrees reads nothing.
 */
export function placeOpenList(
  adapter: SiteAdapter,
  doc: Document,
  url: URL,
  clicked: ListEvidence,
): Placement {
  const me = adapter.loggedInUser(doc);
  if (!me || adapter.profileOwner(url) !== me) return { kind: 'elsewhere' };
  const open = adapter.findOpenList(doc);
  if (!open) {
    const wanted = placeList([adapter.listFromUrl(url), clicked]);
    return isOwnList(wanted) ? { kind: 'awaited', owner: me, list: wanted } : { kind: 'none' };
  }
  const list = whichList(adapter, doc, url, open, clicked);
  // Suggested or Friends: no list of the owner's, and nothing to say about it.
  if (list === 'not-a-list') return { kind: 'refused', reason: null };
  if (!isOwnList(list)) return { kind: 'refused', reason: translatable('cantTellWhichList') };
  return { kind: 'open', open, owner: me, list };
}

export interface ListAwaitEnv {
  adapter: SiteAdapter;
  doc: Document;
  show(view: OverlayView | null): void;
  /** Looks at the page again after `delay`: a landmark that never shows changes nothing on the page. */
  recheckIn(delay: number): void;
}

/** A list that should be open and is not found: after a grace period, the self-check says what is missing. */
export function createListAwait(env: ListAwaitEnv) {
  let awaited: { owner: string; list: ListKind; since: number; missing?: Landmark } | null = null;
  return {
    wait(owner: string, list: ListKind) {
      if (awaited?.owner !== owner || awaited.list !== list) awaited = { owner, list, since: Date.now() };
      if (awaited.missing) return;
      const waited = Date.now() - awaited.since;
      if (waited < LANDMARK_GRACE_MS) return env.recheckIn(LANDMARK_GRACE_MS - waited);
      awaited.missing = missingLandmark(env.adapter, env.doc, owner, list) ?? undefined;
      if (!awaited.missing) return;
      env.show({
        platform: env.adapter.platform,
        list,
        read: 0,
        header: null,
        phase: 'finished',
        assisting: false,
        unreadable: awaited.missing,
      });
    },
    stop() {
      if (awaited?.missing) env.show(null);
      awaited = null;
    },
    unreadable(): UnreadableList | null {
      return awaited?.missing ? { list: awaited.list, landmark: awaited.missing } : null;
    },
  };
}
