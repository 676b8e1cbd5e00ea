import 'fake-indexeddb/auto';

import { describe, expect, it } from 'vitest';

import { errorText } from '../../src/i18n/translate';
import { ledgerConnection } from '../../src/storage/connection';
import { DB_VERSION, openLedgerDb } from '../../src/storage/open-ledger-db';
import { explainStorageError } from '../../src/storage/storage-problem';

let count = 0;
const freshName = () => `connection-test-${count++}`;

describe('one connection per context', () => {
  it('every read shares the connection opened first', async () => {
    const name = freshName();
    let opened = 0;
    const db = ledgerConnection((onClose) => (opened++, openLedgerDb(name, DB_VERSION, { onClose })));
    const [first, second] = await Promise.all([db(), db()]);
    expect(await db()).toBe(first);
    expect(second).toBe(first);
    expect(opened).toBe(1);
    first.close();
  });

  it('a connection that stepped aside for a newer version is not used again: the next read says to reload', async () => {
    const name = freshName();
    const oldPage = ledgerConnection((onClose) => openLedgerDb(name, DB_VERSION - 1, { onClose }));
    const before = await oldPage();
    const upgraded = await openLedgerDb(name);
    const late = await oldPage().catch((error: unknown) => error);
    expect(late).not.toBe(before);
    expect(errorText(explainStorageError(late))).toMatch(/updated while this page was open\. Reload/);
    upgraded.close();
  });

  it('an open that failed is tried again', async () => {
    let attempts = 0;
    const name = freshName();
    const db = ledgerConnection((onClose) =>
      ++attempts === 1 ? Promise.reject(new Error('disk busy')) : openLedgerDb(name, DB_VERSION, { onClose }),
    );
    await expect(db()).rejects.toThrow('disk busy');
    const second = await db();
    expect(second.version).toBe(DB_VERSION);
    expect(attempts).toBe(2);
    second.close();
  });
});
