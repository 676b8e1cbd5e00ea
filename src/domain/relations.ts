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
  const smallPositions = new Map<string, number>();
  for (let i = 0; i < small.length; i++) smallPositions.set(small[i], i);
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
