import 'fake-indexeddb/auto';

import { beforeEach, describe, expect, it } from 'vitest';

import { createExtensionPagesHandler } from '../../src/background/extension-pages-handler';
import { openLedgerDb } from '../../src/storage/open-ledger-db';
import { annotate, readTags } from '../../src/storage/people';
import { type LedgerDb } from '../../src/storage/schema';
import { quietReview, quietToolbar } from './support/quiet-toolbar';

const key = { accountId: 'instagram:me', handle: 'a' };

describe('annotate', () => {
  it('protects, reviews once with its first date, notes and tags', () => {
    const protectedOne = annotate(undefined, key, { protected: true }, 10);
    expect(protectedOne).toEqual({ ...key, protected: true });
    const reviewed = annotate(protectedOne!, key, { reviewed: true }, 20);
    expect(annotate(reviewed!, key, { reviewed: true }, 30)?.reviewedAt).toBe(20);
    const noted = annotate(
      reviewed!,
      key,
      { note: '  met at the fair  ', addTags: ['partner', 'brand', 'partner'] },
      40,
    );
    expect(noted).toEqual({
      ...key,
      protected: true,
      reviewedAt: 20,
      note: 'met at the fair',
      tags: ['brand', 'partner'],
    });
  });

  it('undoes each mark and keeps no empty record', () => {
    let person = annotate(
      undefined,
      key,
      { protected: true, reviewed: true, note: 'x', addTags: ['brand'] },
      1,
    );
    person = annotate(
      person!,
      key,
      { protected: false, reviewed: false, note: '', removeTags: ['brand'] },
      2,
    );
    expect(person).toBeNull();
  });
});

describe('people handler', () => {
  let db: LedgerDb;
  let n = 0;
  const self = { id: 'ext', origin: 'chrome-extension://ext' };
  const fromPage = { id: 'ext', url: 'chrome-extension://ext/sidepanel.html' };
  beforeEach(async () => {
    db = await openLedgerDb(`people-test-${n++}`);
  });
  const handler = () =>
    createExtensionPagesHandler({
      db: async () => db,
      self,
      now: () => 5,
      toolbar: quietToolbar,
      review: quietReview,
    });

  it('applies a bulk change from an extension page in one go', async () => {
    await handler()(
      {
        type: 'people.annotate',
        accountId: 'instagram:me',
        handles: ['a', 'b'],
        change: { protected: true },
      },
      fromPage,
    );
    expect((await db.getAll('people')).map((p) => [p.handle, p.protected])).toEqual([
      ['a', true],
      ['b', true],
    ]);
  });

  it('refuses annotations from a site page, and malformed ones, changing nothing', async () => {
    const change = {
      type: 'people.annotate',
      accountId: 'instagram:me',
      handles: ['a'],
      change: { protected: true },
    };
    await expect(
      handler()(change, { id: 'ext', url: 'https://www.instagram.com/me/', frameId: 0, tab: { id: 1 } }),
    ).rejects.toThrow(/only Follow Ledger pages can change/);
    await expect(handler()({ ...change, accountId: 'myspace:me' }, fromPage)).rejects.toThrow(/malformed/);
    await expect(handler()({ ...change, handles: ['<b>'] }, fromPage)).rejects.toThrow(/malformed/);
    expect(await db.count('people')).toBe(0);
  });

  it('keeps the tag set tidy: trimmed, lower case, once each', async () => {
    await handler()({ type: 'tags.set', tags: [' Creator', 'creator', 'VIP '] }, fromPage);
    expect(await readTags(db)).toEqual(['creator', 'vip']);
  });

  it('leaves other messages to other listeners', () => {
    expect(handler()({ type: 'capture.batch' }, fromPage)).toBeNull();
  });
});
