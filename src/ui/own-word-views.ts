import { leaveOutOwnWord } from '../domain/own-word';
import type { PersonRecord } from '../storage/schema';
import type { ReviewView } from './review-views';

const leftOut = new WeakMap<ReviewView, () => number>();

/**
 * Not following back, without the accounts the owner said they unfollowed: their word stands until a
 * complete capture of the following list settles it, and the view says how many it leaves out.
 */
export function leaveOutOwnWordViews(views: ReviewView[], people: Map<string, PersonRecord>): ReviewView[] {
  const said = new Set<string>();
  for (const person of people.values()) if (person.saidUnfollowedAt !== undefined) said.add(person.handle);
  if (said.size === 0) return views;
  return views.map((view) =>
    view.id !== 'notFollowingBack' || view.pending || view.unavailable ? view : withoutOwnWord(view, said),
  );
}

/** How many accounts the view leaves out on the owner's word ("not counting 1 you said you unfollowed"). */
export function ownWordLeftOut(view: ReviewView): number {
  return leftOut.get(view)?.() ?? 0;
}

function withoutOwnWord(view: ReviewView, said: ReadonlySet<string>): ReviewView {
  let split: { kept: ReviewView['entries']; left: number } | undefined;
  const apart = () => (split ??= leaveOutOwnWord(view.entries, said));
  const result: ReviewView = {
    id: view.id,
    label: view.label,
    protectedCount: view.protectedCount,
    empty: view.empty,
    get count() {
      return view.count - apart().left;
    },
    get entries() {
      return apart().kept;
    },
  };
  leftOut.set(result, () => apart().left);
  return result;
}
