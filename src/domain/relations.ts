import { HandleIndex } from './handle-index';

/**
 * Who in each list is also in the other, by position: one byte per member, aligned with the list's
 * stored order. The background works this out when a list changes and keeps it, so a page shows the
 * views of a 100,000-account ledger by reading bytes instead of hashing 200,000 handles.
 */
export interface Relations {
  /** 1 where that follower is also followed: a mutual. */
  followers: Uint8Array;
  /** 1 where that followed account also follows back. */
  following: Uint8Array;
}

/** The sizes of the three current-state views of DESIGN.md. */
export interface StateCounts {
  notFollowingBack: number;
  fans: number;
  mutuals: number;
}

/** Takes the lists' handles in their stored order. */
export function relate(followers: readonly string[], following: readonly string[]): Relations {
  // The smaller list's positions by handle, looked up once from the larger: one pass over each list, and
  // a creator's 7,500 followed are all that is hashed against their 100,000 followers.
  const followersSmaller = followers.length <= following.length;
  const [small, large] = followersSmaller ? [followers, following] : [following, followers];
  const smallPositions = new HandleIndex(small);
  const smallFlags = new Uint8Array(small.length);
  const largeFlags = new Uint8Array(large.length);
  for (let i = 0; i < large.length; i++) {
    const position = smallPositions.get(large[i]);
    if (position !== undefined) {
      largeFlags[i] = 1;
      smallFlags[position] = 1;
    }
  }
  return followersSmaller
    ? { followers: smallFlags, following: largeFlags }
    : { followers: largeFlags, following: smallFlags };
}

export function stateCounts(relations: Relations): StateCounts {
  let mutuals = 0;
  for (const flag of relations.followers) mutuals += flag;
  return {
    notFollowingBack: relations.following.length - mutuals,
    fans: relations.followers.length - mutuals,
    mutuals,
  };
}

/** How many of each view's accounts are in `handles`: a handful of protected accounts, looked up from both lists. */
export function countsAmong(
  followers: readonly string[],
  following: readonly string[],
  relations: Relations,
  handles: ReadonlySet<string>,
): StateCounts {
  const counts: StateCounts = { notFollowingBack: 0, fans: 0, mutuals: 0 };
  if (!handles.size) return counts;
  for (let i = 0; i < followers.length; i++) {
    if (handles.has(followers[i])) counts[relations.followers[i] ? 'mutuals' : 'fans']++;
  }
  for (let i = 0; i < following.length; i++) {
    if (!relations.following[i] && handles.has(following[i])) counts.notFollowingBack++;
  }
  return counts;
}

/**
 * The relations after one list changed and the other did not, worked out from the relations before and
 * the change alone: only those who came or left are looked up in the other list. Hashing a million
 * handles (a new Map, or the first lookup of each freshly read string) was most of closing a capture.
 * `before` is aligned with the changed list's previous order and the other list; `moved` gives each
 * previous member's new position (-1 when they left), newcomers coming after the last kept one.
 * Also returns which of those who came or left are in the other list.
 */
export function relateChanged(
  before: { changed: Uint8Array; other: Uint8Array },
  change: { previous: readonly string[]; moved: Int32Array; handles: readonly string[] },
  other: readonly string[],
): { changed: Uint8Array; other: Uint8Array; inOther: Set<string> } {
  const { previous, moved, handles } = change;
  const changedFlags = new Uint8Array(handles.length);
  const left = new Set<string>();
  let kept = 0;
  for (let i = 0; i < previous.length; i++) {
    if (moved[i] < 0) left.add(previous[i]);
    else {
      changedFlags[moved[i]] = before.changed[i];
      kept++;
    }
  }
  const came = new Set(handles.slice(kept));
  const otherFlags = before.other.slice();
  const inOther = new Set<string>();
  findFew(other, [came, left], (j, handle) => {
    otherFlags[j] = came.has(handle) ? 1 : 0;
    inOther.add(handle);
  });
  for (let i = kept; i < handles.length; i++) if (inOther.has(handles[i])) changedFlags[i] = 1;
  return { changed: changedFlags, other: otherFlags, inOther };
}

/**
 * Calls `found` for each position of `handles` holding one of the few `wanted`. A handle's length and
 * first and last characters are checked against theirs first: most of a million handles are passed over
 * without being hashed.
 */
function findFew(
  handles: readonly string[],
  wanted: readonly ReadonlySet<string>[],
  found: (position: number, handle: string) => void,
) {
  const key = (handle: string) =>
    ((handle.length & 63) << 14) |
    ((handle.charCodeAt(0) & 127) << 7) |
    (handle.charCodeAt(handle.length - 1) & 127);
  const maybe = new Uint8Array(1 << 20);
  let any = false;
  for (const set of wanted)
    for (const handle of set) {
      maybe[key(handle)] = 1;
      any = true;
    }
  if (!any) return;
  for (let j = 0; j < handles.length; j++) {
    const handle = handles[j];
    if (maybe[key(handle)] && wanted.some((set) => set.has(handle))) found(j, handle);
  }
}
