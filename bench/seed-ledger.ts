import type { Page } from '@playwright/test';

/**
 * Fills the extension's own database (opened by one of its pages) with one account whose followers
 * and following each hold `size` accounts, written as the storage layer lays them out (src/storage/columns.ts). Nobody follows
 * back, so "Not following back" is a `size`-row list.
 */
export async function seedLedger(page: Page, size: number): Promise<void> {
  await page.evaluate(async (count) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('follow-ledger');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const accountId = 'instagram:big.creator';
    const at = Date.now() - 60_000;
    const tx = db.transaction(['accounts', 'lists', 'memberChunks', 'captures', 'daily'], 'readwrite');
    tx.objectStore('accounts').put({ id: accountId, platform: 'instagram', handle: 'big.creator', firstCaptureAt: at, lastCaptureAt: at });
    for (const [list, prefix] of [['followers', 'fan_'], ['following', 'followed_']] as const) {
      const chunkSize = 5000;
      const chunkCount = Math.ceil(count / chunkSize);
      for (let index = 0; index < chunkCount; index++) {
        const chunk = { accountId, list, index, handles: [] as string[], names: [] as string[], verified: [] as number[], firstSeen: [] as number[], lastSeen: [] as number[], missingSince: [] as number[] };
        for (let i = index * chunkSize; i < Math.min(count, (index + 1) * chunkSize); i++) {
          chunk.handles.push(`${prefix}${i}`);
          chunk.names.push(`Name ${i}`);
          chunk.verified.push(0);
          chunk.firstSeen.push(at);
          chunk.lastSeen.push(at);
          chunk.missingSince.push(0);
        }
        tx.objectStore('memberChunks').put(chunk);
      }
      tx.objectStore('lists').put({ accountId, list, baselineAt: at, baselineHeader: { value: count, unit: 1 }, chunkCount, size: count });
      tx.objectStore('captures').put({
        id: `seed-${list}`, accountId, list, startedAt: at - 1000, updatedAt: at, endedAt: at, read: count,
        header: { value: count, unit: 1 }, endReached: true, complete: true, status: 'closed',
      });
    }
    tx.objectStore('daily').put({ accountId, date: new Date(at).toISOString().slice(0, 10), followers: count, following: count, mutuals: 0 });
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, size);
}
