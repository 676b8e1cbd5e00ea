import type { Migration } from './migration';

/** Notes, tags, protected and reviewed marks on people, and the editable tag set as version 3 began it. */
export const v3: Migration = async (db, tx) => {
  db.createObjectStore('people', { keyPath: ['accountId', 'handle'] });
  db.createObjectStore('settings', { keyPath: 'key' });
  await tx
    .objectStore('settings')
    .put({ key: 'tags', value: ['creator', 'brand', 'customer', 'partner', 'campaign'] });
};
