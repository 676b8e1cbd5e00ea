import type { ViewId } from '../review-views';

const VIEW_IDS: ReadonlySet<string> = new Set([
  'notFollowingBack',
  'fans',
  'mutuals',
  'newFollowers',
  'lostFollowers',
  'newFriends',
  'lostFriends',
  'protected',
  'requested',
  'everyone',
]);

/** `sidepanel.html?account=instagram:me&view=fans&search=ana` opens on that account, view and search. */
export function initialReviewState(search: string): { account?: string; view?: ViewId; search?: string } {
  const params = new URLSearchParams(search);
  const view = params.get('view');
  return {
    account: params.get('account') ?? undefined,
    view: view && VIEW_IDS.has(view) ? (view as ViewId) : undefined,
    search: params.get('search') ?? undefined,
  };
}
