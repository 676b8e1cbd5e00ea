import type { Page } from '@playwright/test';

export interface StoredCapture {
  list: 'followers' | 'following';
  read: number;
  complete: boolean;
  header: { value: number; unit: number } | null;
}

/**
 * Every capture record in the ledger, read from an extension page (same origin as the worker's database),
 * in the order they started, as stored: what a storm of sessions or a list stored as the other would leave behind.
 */
export async function storedCaptures(extensionPage: Page): Promise<StoredCapture[]> {
  return extensionPage.evaluate(async () => {
    // Opening a database that does not exist would create an empty one under the worker's feet.
    if (!(await indexedDB.databases()).some((db) => db.name === 'follow-ledger')) return [];
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('follow-ledger');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const records = await new Promise<(StoredCapture & { startedAt: number })[]>((resolve, reject) => {
      const request = db.transaction('captures').objectStore('captures').getAll();
      request.onsuccess = () => resolve(request.result as (StoredCapture & { startedAt: number })[]);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return records
      .sort((a, b) => a.startedAt - b.startedAt)
      .map(({ list, read, complete, header }) => ({ list, read, complete, header }));
  });
}

/** The annotations the ledger holds on one account (its people record), read like `storedCaptures`; null when none. */
export async function storedPerson(
  extensionPage: Page,
  accountId: string,
  handle: string,
): Promise<Record<string, unknown> | null> {
  return extensionPage.evaluate(
    async ([account, who]) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('follow-ledger');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const record = await new Promise<Record<string, unknown> | undefined>((resolve, reject) => {
        const request = db.transaction('people').objectStore('people').get([account, who]);
        request.onsuccess = () => resolve(request.result as Record<string, unknown> | undefined);
        request.onerror = () => reject(request.error);
      });
      db.close();
      return record ?? null;
    },
    [accountId, handle],
  );
}
