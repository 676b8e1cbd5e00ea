import 'fake-indexeddb/auto';

import { describe, expect, it } from 'vitest';

import { readBackup, readBackupFile } from '../../src/data/read-backup';
import type { CaptureSession } from '../../src/domain/capture';
import { translate } from '../../src/i18n/translate';
import { exportBackup } from '../../src/storage/backup';
import { closeCapture, recordBatch } from '../../src/storage/captures';
import { deleteLedger } from '../../src/storage/delete-ledger';
import { openLedgerDb } from '../../src/storage/open-ledger-db';
import { annotatePeople } from '../../src/storage/people';
import { restoreBackup } from '../../src/storage/restore';
import { markSeen, writeRhythm } from '../../src/storage/rhythm';
import { type LedgerDb } from '../../src/storage/schema';
import { backupBlob } from '../../src/ui/options/backup-file';
import { mulberry32 } from './support/random';

const DAY = 86_400_000;
let n = 0;
const fresh = () => openLedgerDb(`backup-test-${n++}`);

/** A ledger built the way the extension builds one: days of captures, some partial or short, and notes. */
async function generatedLedger(seed: number): Promise<LedgerDb> {
  const random = mulberry32(seed);
  const db = await fresh();
  let next = 0;
  const lists = { followers: new Set<string>(), following: new Set<string>() };
  for (let i = 0; i < 40; i++) lists.followers.add(`u${next++}`);
  for (const handle of [...lists.followers].slice(0, 15)) lists.following.add(handle);
  for (let i = 0; i < 10; i++) lists.following.add(`u${next++}`);
  for (const owner of ['me', 'brand']) {
    for (let day = 0; day < 12; day++) {
      for (const list of ['followers', 'following'] as const) {
        const set = lists[list];
        if (random() < 0.5) set.add(`u${next++}`);
        if (random() < 0.4) set.delete([...set][Math.floor(random() * set.size)]);
        const all = [...set];
        const partial = random() < 0.2;
        const seen = partial
          ? all.slice(0, Math.floor(all.length / 2))
          : all.slice(0, all.length - (random() < 0.2 ? 1 : 0));
        const session: CaptureSession = {
          id: crypto.randomUUID(),
          platform: owner === 'me' ? 'instagram' : 'tiktok',
          owner,
          list,
        };
        const header = { value: all.length, unit: 1 };
        const at = Date.UTC(2026, 0, 1) + day * DAY + (list === 'following' ? 1000 : 0);
        await recordBatch(
          db,
          {
            type: 'capture.batch',
            session,
            seq: 0,
            rows: seen.map((handle) => ({ handle, displayName: `Ünïcode ${handle}` })),
            header,
          },
          at,
        );
        await closeCapture(db, session, { endReached: !partial, header }, at);
      }
    }
  }
  await annotatePeople(
    db,
    'instagram:me',
    ['u1', 'u2'],
    { protected: true, addTags: ['brand'], note: 'met "at" the fair, twice' },
    Date.UTC(2026, 0, 5),
  );
  await annotatePeople(db, 'instagram:me', ['u3'], { reviewed: true }, Date.UTC(2026, 0, 6));
  return db;
}

describe('backup', () => {
  it.each([1, 2, 3])(
    'restoring a backup and backing up again gives the same content (seed %i)',
    async (seed) => {
      const original = await generatedLedger(seed);
      const backup = await exportBackup(original, Date.UTC(2026, 1, 1));
      expect(readBackup(JSON.stringify(backup))).toEqual({ ok: true, backup });
      expect(backup.accounts.map((a) => `${a.platform}:${a.handle}`)).toEqual([
        'instagram:me',
        'tiktok:brand',
      ]);
      expect(backup.accounts[0].events.length).toBeGreaterThan(5);

      const copy = await fresh();
      await restoreBackup(copy, backup);
      expect(await exportBackup(copy, Date.UTC(2026, 1, 1))).toEqual(backup);
    },
  );

  it('the file built in parts is the backup, one item of a list per line, and reads back as it', async () => {
    const backup = await exportBackup(await generatedLedger(6), Date.UTC(2026, 1, 1));
    const progress: number[] = [];
    const file = await (await backupBlob(backup, (done) => progress.push(done))).text();
    expect(JSON.parse(file)).toEqual(backup);
    expect(readBackupFile(new TextEncoder().encode(file))).toEqual({ ok: true, backup });
    const items = backup.accounts.reduce(
      (sum, account) =>
        sum + account.people.length + account.events.length + account.captures.length + account.daily.length,
      0,
    );
    expect(file.split('\n').filter((line) => /^ {8}\{/.test(line))).toHaveLength(items);
    expect(progress.at(-1)).toBe(items);
    const empty = await (await backupBlob({ ...backup, accounts: [] }, () => undefined)).text();
    expect(JSON.parse(empty)).toEqual({ ...backup, accounts: [] });
  });

  it('restoring replaces what was there, and a failed restore changes nothing', async () => {
    const db = await generatedLedger(4);
    const before = await exportBackup(db, 0);
    // A restore that fails halfway (here, on a record it cannot read after writing others) rolls back whole.
    const failing = {
      ...before,
      accounts: [...before.accounts, { ...before.accounts[0], handle: 'late', captures: [null as never] }],
    };
    await expect(restoreBackup(db, failing)).rejects.toThrow();
    expect(await exportBackup(db, 0)).toEqual(before);
  });

  it('deletes one account, or everything, with when each was last looked at; the rhythm stays', async () => {
    const db = await generatedLedger(5);
    await markSeen(db, 'tiktok:brand', 100);
    await markSeen(db, 'instagram:me', 200);
    await writeRhythm(db, 'daily');
    await deleteLedger(db, 'tiktok:brand');
    expect((await exportBackup(db, 0)).accounts.map((a) => a.handle)).toEqual(['me']);
    expect(await db.getAllKeys('settings')).toEqual(['rhythm', 'seen:instagram:me', 'tags']);
    expect(await db.count('events')).toBeGreaterThan(0);
    await deleteLedger(db, null);
    expect((await exportBackup(db, 0)).accounts).toEqual([]);
    for (const store of ['captures', 'events', 'memberChunks', 'people', 'daily'] as const)
      expect(await db.count(store)).toBe(0);
    expect(await db.getAllKeys('settings')).toEqual(['rhythm', 'tags']);
  });
});

const valid = JSON.stringify(
  {
    format: 'follow-ledger-backup',
    version: 1,
    exportedAt: '2026-11-21T10:00:00.000Z',
    accounts: [
      {
        platform: 'instagram',
        handle: 'me',
        people: [
          { handle: 'ana', followsMe: true, iFollow: false, protected: false },
          { handle: 'bo', followsMe: true, iFollow: true, protected: true },
        ],
        events: [],
        captures: [],
        daily: [],
      },
    ],
  },
  null,
  2,
);

describe('reading a backup file', () => {
  it.each<[string, string, RegExp]>([
    ['truncated JSON', valid.slice(0, 200), /^The file ends early, on line \d+/],
    ['not JSON', 'hello', /^This is not valid JSON: line 1/],
    ['empty', '', /^The file ends early/],
    ['a foreign file', JSON.stringify({ accounts: [] }), /not a Follow Ledger backup/],
    [
      'an Instagram download given by mistake',
      JSON.stringify([{ title: '', string_list_data: [] }]),
      /not a Follow Ledger backup/,
    ],
    [
      'a newer version',
      valid.replace('"version": 1', '"version": 7'),
      /newer Follow Ledger \(format version 7\); update the extension/,
    ],
    [
      'a handle with markup',
      valid.replace('"ana"', '"<img src=x>"'),
      /^accounts\[0\]\.people\[0\]\.handle: a handle in lower case, without @ or URL \(line 11\)\.$/,
    ],
    [
      'a wrong type',
      valid.replace('"followsMe": true', '"followsMe": "yes"'),
      /^accounts\[0\]\.people\[0\]\.followsMe: .* \(line 12\)\.$/,
    ],
    [
      'a duplicate handle',
      valid.replace('"bo"', '"ana"'),
      /^accounts\[0\]\.people\[1\]\.handle: @ana is listed twice \(line 17\)\.$/,
    ],
    ['a missing list', valid.replace('"events": [],', ''), /^accounts\[0\]\.events: .*/],
    ['a bad date', valid.replace('2026-11-21T10:00:00.000Z', 'yesterday'), /^exportedAt: .* \(line 4\)\.$/],
    [
      'a huge display name',
      valid.replace('"handle": "ana",', `"handle": "ana", "displayName": "${'x'.repeat(5000)}",`),
      /displayName/,
    ],
  ])('refuses %s with a message that says what and where', (_name, text, message) => {
    const result = readBackup(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(translate(result.error)).toMatch(message);
  });

  it('accepts a valid file written by hand', () => {
    expect(readBackup(valid).ok).toBe(true);
  });
});
