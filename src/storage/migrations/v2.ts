import type { Migration } from './migration';

/** The records this migration reads, as version 1 stored them. */
interface AccountV1 {
  id: string;
  lastCaptureAt: number;
}
interface ObjectChunkV1 {
  members: { handle: string }[];
}

/**
 * Daily history and checkpoints; ledgers captured under v1 get today's point from their current state.
 * Self-contained: the day and the mutuals are worked out here as they were at version 2, so a later
 * change to the live helpers can't change what this migration writes.
 */
export const v2: Migration = async (db, tx) => {
  db.createObjectStore('daily', { keyPath: ['accountId', 'date'] });
  db.createObjectStore('checkpoints', { keyPath: ['accountId', 'list', 'at'] });
  for (const account of (await tx.objectStore('accounts').getAll()) as AccountV1[]) {
    const handles = async (list: 'followers' | 'following') => {
      if (!(await tx.objectStore('lists').get([account.id, list]))) return null;
      const range = IDBKeyRange.bound([account.id, list, 0], [account.id, list, Infinity]);
      const chunks = (await tx.objectStore('memberChunks').getAll(range)) as ObjectChunkV1[];
      return chunks.flatMap((chunk) => chunk.members.map((member) => member.handle));
    };
    const followers = await handles('followers');
    const following = await handles('following');
    let mutuals: number | null = null;
    if (followers && following) {
      const followerSet = new Set(followers);
      mutuals = following.filter((handle) => followerSet.has(handle)).length;
    }
    await tx.objectStore('daily').put({
      accountId: account.id,
      date: localDay(account.lastCaptureAt),
      followers: followers?.length ?? null,
      following: following?.length ?? null,
      mutuals,
    });
  }
};

function localDay(time: number): string {
  const day = new Date(time);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}
