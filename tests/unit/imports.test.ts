import 'fake-indexeddb/auto';

import { describe, expect, it } from 'vitest';

import { errorText } from '../../src/i18n/translate';
import { exportBackup } from '../../src/storage/backup';
import { closeCapture, recordBatch } from '../../src/storage/captures';
import { importDownload } from '../../src/storage/imports';
import { openLedgerDb } from '../../src/storage/schema';

let n = 0;
const NOV1 = Date.UTC(2026, 10, 1);
const NOV5 = Date.UTC(2026, 10, 5);

describe('importing a data download', () => {
  it('is a complete capture on the download date, with the follow dates, marked as an import', async () => {
    const db = await openLedgerDb(`import-${n++}`);
    await importDownload(db, {
      platform: 'instagram',
      owner: 'me',
      exportedAt: NOV5,
      lists: [{ list: 'followers', rows: [{ handle: 'ana', since: NOV1 }, { handle: 'bo' }] }],
    });
    const backup = await exportBackup(db, NOV5);
    expect(backup.accounts[0].captures).toEqual([
      expect.objectContaining({
        list: 'followers',
        complete: true,
        read: 2,
        headerCount: 2,
        endedAt: new Date(NOV5).toISOString(),
        source: 'import',
      }),
    ]);
    expect(backup.accounts[0].people.map((p) => [p.handle, p.firstSeen])).toEqual([
      ['ana', new Date(NOV1).toISOString()],
      ['bo', new Date(NOV5).toISOString()],
    ]);
  });

  it('refuses a download older than the last complete capture of a list, writing nothing', async () => {
    const db = await openLedgerDb(`import-${n++}`);
    const session = {
      id: crypto.randomUUID(),
      platform: 'instagram' as const,
      owner: 'me',
      list: 'followers' as const,
    };
    await recordBatch(
      db,
      { type: 'capture.batch', session, seq: 0, rows: [{ handle: 'ana' }], header: { value: 1, unit: 1 } },
      NOV5,
    );
    await closeCapture(db, session, { endReached: true, header: { value: 1, unit: 1 } }, NOV5);
    const before = await exportBackup(db, 0);
    const refusal = await importDownload(db, {
      platform: 'instagram',
      owner: 'me',
      exportedAt: NOV1,
      lists: [{ list: 'followers', rows: [{ handle: 'zed' }] }],
    }).then(
      () => null,
      (error: unknown) => errorText(error),
    );
    expect(refusal).toBe(
      'This download (2026-11-01) is older than your last complete capture of followers (2026-11-05): nothing was imported.',
    );
    expect(await exportBackup(db, 0)).toEqual(before);
  });
});
