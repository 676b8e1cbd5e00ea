import type { Page } from '@playwright/test';

/**
 * Fills the extension's own database (opened by one of its pages) with one account whose followers
 * and following hold `sizes` accounts, replacing what an earlier seeding wrote, written as the storage layer lays them out (src/domain/columns.ts). Nobody follows
 * back, so "Not following back" is the whole following list. The relations are left to the extension: the page is
 * reloaded, finds them missing, as after an update, and the background works them out.
 */
export async function seedLedger(page: Page, sizes: { followers: number; following: number }): Promise<void> {
  await page.evaluate(async (counts) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('follow-ledger');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const accountId = 'instagram:big.creator';
    const at = Date.now() - 60_000;
    const stores = ['accounts', 'lists', 'memberChunks', 'captures', 'daily', 'relations'];
    const tx = db.transaction(stores, 'readwrite');
    for (const store of stores) tx.objectStore(store).clear();
    tx.objectStore('accounts').put({
      id: accountId,
      platform: 'instagram',
      handle: 'big.creator',
      firstCaptureAt: at,
      lastCaptureAt: at,
    });
    for (const [list, prefix] of [
      ['followers', 'fan_'],
      ['following', 'followed_'],
    ] as const) {
      const count = counts[list];
      const chunkSize = 5000;
      const chunkCount = Math.ceil(count / chunkSize);
      for (let index = 0; index < chunkCount; index++) {
        const first = index * chunkSize;
        const length = Math.min(count, first + chunkSize) - first;
        const chunk = {
          accountId,
          list,
          index,
          handles: [] as string[],
          names: [] as string[],
          verified: new Uint8Array(length),
          firstSeen: new Float64Array(length).fill(at),
          lastSeen: new Float64Array(length).fill(at),
          missingSince: new Float64Array(length),
        };
        for (let i = first; i < first + length; i++) {
          chunk.handles.push(`${prefix}${i}`);
          chunk.names.push(`Name ${i}`);
        }
        tx.objectStore('memberChunks').put(chunk);
      }
      tx.objectStore('lists').put({
        accountId,
        list,
        baselineAt: at,
        baselineHeader: { value: count, unit: 1 },
        size: count,
      });
      tx.objectStore('captures').put({
        id: `seed-${list}`,
        accountId,
        list,
        startedAt: at - 1000,
        updatedAt: at,
        endedAt: at,
        read: count,
        header: { value: count, unit: 1 },
        endReached: true,
        complete: true,
        status: 'closed',
      });
    }
    tx.objectStore('daily').put({
      accountId,
      date: new Date(at).toISOString().slice(0, 10),
      followers: counts.followers,
      following: counts.following,
      mutuals: 0,
    });
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, sizes);
  await page.reload();
  await page.waitForFunction(
    () =>
      new Promise<boolean>((resolve) => {
        const request = indexedDB.open('follow-ledger');
        request.onsuccess = () => {
          const counting = request.result.transaction('relations').objectStore('relations').count();
          counting.onsuccess = () => {
            request.result.close();
            resolve(counting.result === 1);
          };
        };
      }),
    undefined,
    { timeout: 60_000, polling: 250 },
  );
}
