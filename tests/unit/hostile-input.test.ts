// @vitest-environment happy-dom
import 'fake-indexeddb/auto';

import { Window } from 'happy-dom';
import { h, render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { createCaptureHandler } from '../../src/background/capture-handler';
import { createExtensionPagesHandler } from '../../src/background/extension-pages-handler';
import type { CaptureMessage } from '../../src/domain/capture';
import { parseCount } from '../../src/domain/count';
import { instagramHandleFromHref, normalizeHandle, tiktokHandleFromHref } from '../../src/domain/handle';
import type { CountReading, Platform, Row } from '../../src/domain/types';
import { captureMessage } from '../../src/messaging/contract';
import { instagram } from '../../src/platforms/instagram';
import type { SiteAdapter } from '../../src/platforms/site-adapter';
import { tiktok } from '../../src/platforms/tiktok';
import { closeCapture, recordBatch } from '../../src/storage/captures';
import { listAccounts, readLedger } from '../../src/storage/ledger-reader';
import { openLedgerDb } from '../../src/storage/open-ledger-db';
import { type LedgerDb } from '../../src/storage/schema';
import { EntrySummary } from '../../src/ui/EntrySummary';
import { quietReview, quietToolbar } from './support/quiet-toolbar';

/**
 * Hostile input, every kind in one place, each case taken through every layer it reaches: the site
 * adapter that reads it from the page, the message contract the background checks, the ledger, and the
 * views that show it. Each one ends as inert text, refused, or normalized, and none reaches the ledger
 * of an account other than the logged-in user's own.
 */

const SESSION = {
  id: '00000000-0000-4000-8000-000000000001',
  platform: 'instagram',
  owner: 'me',
  list: 'followers',
} as const;

const windows: Window[] = [];
afterEach(async () => {
  await Promise.all(windows.splice(0).map((window) => window.happyDOM.close()));
});

/** Each site's open followers list of alice, with rows put in by DOM calls: page data is text, as on the site. */
const SITES: {
  platform: Platform;
  adapter: SiteAdapter;
  url: string;
  page: string;
  profileHref: (handle: string) => string;
}[] = [
  {
    platform: 'instagram',
    adapter: instagram,
    url: 'https://www.instagram.com/alice/',
    page: `<nav><a href="/alice/"><img alt=""></a></nav>
      <header><a href="/alice/followers/"><span title="3">3</span> followers</a></header>
      <div role="dialog"><input><div style="overflow-y: auto; height: 400px"><div id="rows"></div></div></div>`,
    profileHref: (handle) => `/${handle}/`,
  },
  {
    platform: 'tiktok',
    adapter: tiktok,
    url: 'https://www.tiktok.com/@alice',
    page: `<a data-e2e="nav-profile" href="/@alice"></a><strong data-e2e="followers-count">3</strong>
      <div role="dialog" data-e2e="follow-info-popup"><div class="css-1-DivUserListContainer" style="overflow-y: auto"><ul id="rows"></ul></div></div>`,
    profileHref: (handle) => `/@${handle}`,
  },
];

function listWith(site: (typeof SITES)[number], rows: { href: string; name?: string }[]): Document {
  const window = new Window({ url: site.url });
  windows.push(window);
  const doc = window.document as unknown as Document;
  doc.write(`<!doctype html><html><body>${site.page}</body></html>`);
  const list = doc.getElementById('rows')!;
  for (const { href, name } of rows) {
    const row = doc.createElement(site.platform === 'instagram' ? 'div' : 'li');
    const link = row.appendChild(doc.createElement('a'));
    link.setAttribute('href', href);
    link.appendChild(doc.createElement('span')).textContent = href;
    if (name !== undefined) {
      const nameElement = (site.platform === 'instagram' ? row : link).appendChild(doc.createElement('span'));
      nameElement.className = 'css-2-SpanNickname';
      nameElement.textContent = name;
    }
    list.append(row);
  }
  return doc;
}

function readRows(site: (typeof SITES)[number], rows: { href: string; name?: string }[]): Row[] {
  return site.adapter.readRows(site.adapter.findOpenList(listWith(site, rows))!);
}

const LONG = 'x'.repeat(5000);

describe.each(SITES)('display names on $platform: read as text, kept as text, shown as text', (site) => {
  it.each<[string, string, string]>([
    ['markup', '<img src=x onerror="alert(1)">', '<img src=x onerror="alert(1)">'],
    ['a script element', '<script>alert(1)</script>', '<script>alert(1)</script>'],
    ['an attribute break-out', '" onmouseover="alert(1)" x="', '" onmouseover="alert(1)" x="'],
    ['a right-to-left override', '\u202Eelgoog\u202C Ana', '\u202Eelgoog\u202C Ana'],
    ['zero-width characters', 'A\u200Bn\u200Da\u2060', 'A\u200Bn\u200Da\u2060'],
    ['emoji sequences', '👩🏽‍💻 Dev 🇺🇦 👨‍👩‍👧‍👦', '👩🏽‍💻 Dev 🇺🇦 👨‍👩‍👧‍👦'],
    ['look-alike letters (a name is not an identity)', 'Рaypal Suppоrt', 'Рaypal Suppоrt'],
    ['line breaks and tabs', 'Ana\n\t  Maria', 'Ana Maria'],
    ['5,000 characters', LONG, 'x'.repeat(200)],
    ['an emoji cut at the limit', `${'x'.repeat(199)}😀`, 'x'.repeat(199)],
  ])('%s', (_kind, name, kept) => {
    const [row] = readRows(site, [{ href: site.profileHref('bob'), name }]);
    expect(row).toEqual({ handle: 'bob', displayName: kept });
    const message = { type: 'capture.batch', session: SESSION, seq: 0, rows: [row], header: null };
    expect(captureMessage.safeParse(message).success).toBe(true);

    const view = document.createElement('div');
    render(
      h(EntrySummary, {
        platform: site.platform,
        entry: { handle: 'bob', member: { ...row, firstSeen: 1, lastSeen: 1 } },
      }),
      view,
    );
    const shown = view.querySelector('.name')!;
    expect(shown.textContent).toBe(kept);
    expect(shown.children).toHaveLength(0);
    expect(view.querySelectorAll('img, script, svg, [onerror], [onmouseover]')).toHaveLength(0);
    render(null, view);
  });
});

describe.each(SITES)('row links on $platform: only profiles on the site itself are read', (site) => {
  it.each<[string, string]>([
    ['another site', 'https://evil.example/bob/'],
    ['another site, scheme-relative', '//evil.example/bob/'],
    [
      'a look-alike host',
      site.platform === 'instagram'
        ? 'https://www.instagram.com.evil.example/bob/'
        : 'https://www.tiktok.com.evil.example/@bob',
    ],
    [
      'plain http',
      site.platform === 'instagram' ? 'http://www.instagram.com/bob/' : 'http://www.tiktok.com/@bob',
    ],
    ['a script URL', 'javascript:alert(1)'],
    ['a data URL', 'data:text/html,<script>alert(1)</script>'],
    ['markup in the path', site.profileHref('<b>bob</b>')],
    ['a Cyrillic look-alike letter', site.profileHref('b\u043Ebb')],
    ['the Kelvin sign, which lower-cases to k', site.profileHref('\u212Ate')],
    ['full-width letters', site.profileHref('ｂｏｂ')],
    ['a zero-width space', site.profileHref('b\u200Bob')],
    ['an emoji', site.profileHref('bob😀')],
    ['an encoded letter', site.profileHref('%62ob')],
    ['31 characters', site.profileHref('b'.repeat(31))],
  ])('refuses a link to %s', (_kind, href) => {
    expect(readRows(site, [{ href }, { href: site.profileHref('carol') }]).map((row) => row.handle)).toEqual([
      'carol',
    ]);
  });

  it('reads a row rendered twice, or under another letter case, once', () => {
    const rows = readRows(site, [
      { href: site.profileHref('Bob'), name: 'Bob' },
      { href: site.profileHref('carol') },
      { href: site.profileHref('bob'), name: 'Bob' },
    ]);
    expect(rows.map((row) => row.handle)).toEqual(['bob', 'carol']);
  });
});

describe('handles typed or pasted by the user: normalized, or refused, never folded', () => {
  it.each<[Platform, string, string | null]>([
    ['instagram', '\u200Balice\u200D', 'alice'],
    ['instagram', '\u2066@alice\u2069', 'alice'],
    ['instagram', '\u202Balice\u202C\u200E', 'alice'],
    ['instagram', '\uFEFFalice\u2060', 'alice'],
    ['instagram', 'ali\u202Ece', 'alice'],
    ['instagram', '<script>alert(1)</script>', null],
    ['instagram', '"><img src=x>', null],
    ['instagram', '\u0430lice', null],
    ['instagram', '\u212Alice', null],
    ['instagram', 'ａｌｉｃｅ', null],
    ['instagram', 'alice😀', null],
    ['instagram', 'a'.repeat(10_000), null],
    ['instagram', 'https://evil.example/alice', null],
    ['instagram', '//evil.example/alice', null],
    ['instagram', 'evil.example/alice', null],
    ['instagram', 'https://www.instagram.com.evil.example/alice', null],
    ['instagram', 'ftp://www.instagram.com/alice', null],
    ['instagram', 'javascript:alert(1)', null],
    ['tiktok', '\u200B@alice', 'alice'],
    ['tiktok', 'https://evil.example/@alice', null],
    ['tiktok', '@аlice', null],
    ['tiktok', '@alice😀', null],
  ])('%s %j → %j', (platform, input, expected) => {
    expect(normalizeHandle(platform, input)).toBe(expected);
  });

  it.each<[string, string | null, string | null]>([
    ['https://evil.example/alice/', null, null],
    ['//evil.example/alice/', null, null],
    ['javascript:alert(1)', null, null],
    ['/%61lice/', null, null],
    ['https://m.tiktok.com/@alice', null, null],
    ['https://evil.example/@alice', null, null],
  ])('the page link %j is no profile on either site', (href, onInstagram, onTikTok) => {
    expect(instagramHandleFromHref(href)).toBe(onInstagram);
    expect(tiktokHandleFromHref(href)).toBe(onTikTok);
  });
});

describe('header counts: every locale the sites use is read, anything malformed is refused', () => {
  const exact = (value: number): CountReading => ({ value, unit: 1 });

  it.each<[string, string, CountReading]>([
    ['English', '12,345', exact(12_345)],
    ['German', '12.345', exact(12_345)],
    ['French (narrow no-break space)', '12\u202F345', exact(12_345)],
    ['Swiss', "12'345", exact(12_345)],
    ['Arabic digits', '١٢٬٣٤٥', exact(12_345)],
    ['Persian digits', '۱۲۳۴۵', exact(12_345)],
    ['an RTL page with bidi marks', '\u200F12.3K\u200E', { value: 12_300, unit: 100 }],
    ['Spanish', '12,3 mil', { value: 12_300, unit: 100 }],
    ['Indonesian', '1,2 rb', { value: 1200, unit: 100 }],
    ['Japanese', '1.2万', { value: 12_000, unit: 1000 }],
  ])('%s: %j', (_locale, text, expected) => {
    expect(parseCount(text)).toEqual(expected);
  });

  it.each([
    [''],
    ['   '],
    ['—'],
    ['-'],
    ['NaN'],
    ['Infinity'],
    ['followers'],
    ['-5'],
    ['\u22121,234'],
    ['1,23'],
    ['12.3'],
    ['1,2345'],
    ['0,123'],
    ['01234'],
    ['1,234.567'],
    ['1.234,5'],
    ['1,234 567'],
    ['12.345K'],
    ['1,234K'],
    ['1.2.3K'],
    ['12.K'],
    ['1,,234'],
    ['12Md'],
    ['12.3Kx'],
    ['1e9'],
    ['0x10'],
    ['<b>'],
    ['2,000,000,001'],
    ['25億'],
    ['99999999999999999999'],
  ])('refuses %j', (text) => {
    expect(parseCount(text)).toBeNull();
  });
});

describe('messages to the background: forged senders and shapes are refused, and write nothing', () => {
  const STORES = ['accounts', 'captures', 'batches', 'lists', 'events', 'people', 'settings'] as const;
  let db: LedgerDb;
  let dbCount = 0;
  let fresh: number[];
  const counts = () => Promise.all(STORES.map((store) => db.count(store)));
  beforeEach(async () => {
    db = await openLedgerDb(`hostile-${dbCount++}`);
    fresh = await counts();
  });
  const self = { id: 'ext-id', origin: 'chrome-extension://ext-id' };
  const sitePage = { id: 'ext-id', url: 'https://www.instagram.com/me/', frameId: 0, tab: { id: 3 } };
  const extensionPage = { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' };
  const capture = () =>
    createCaptureHandler({
      db: async () => db,
      self,
      now: () => 1000,
      openReview: async () => undefined,
      toolbar: quietToolbar,
      review: quietReview,
    });
  const pages = () =>
    createExtensionPagesHandler({
      db: async () => db,
      self,
      now: () => 1000,
      toolbar: quietToolbar,
      review: quietReview,
    });
  const valid: CaptureMessage = {
    type: 'capture.batch',
    session: SESSION,
    seq: 0,
    rows: [{ handle: 'a' }],
    header: null,
  };

  async function nothingWritten() {
    expect(await counts()).toEqual(fresh);
  }

  it.each([
    [
      'a page that is not Instagram or TikTok',
      { ...sitePage, url: 'https://evil.example/me/' },
      /not Instagram or TikTok/,
    ],
    [
      'Instagram over plain http',
      { ...sitePage, url: 'http://www.instagram.com/me/' },
      /not Instagram or TikTok/,
    ],
    [
      'a look-alike host',
      { ...sitePage, url: 'https://www.instagram.com.evil.example/me/' },
      /not Instagram or TikTok/,
    ],
    [
      'instagram.com without www',
      { ...sitePage, url: 'https://instagram.com/me/' },
      /not Instagram or TikTok/,
    ],
    ['a sender with no address', { id: 'ext-id', frameId: 0, tab: { id: 3 } }, /not Instagram or TikTok/],
    ['a frame embedded in Instagram', { ...sitePage, frameId: 2 }, /top frame/],
    ['Instagram outside a tab', { ...sitePage, tab: undefined }, /no tab/],
    ['another extension', { ...sitePage, id: 'other' }, /not this extension/],
    ['an extension page', extensionPage, /not a site page/],
    [
      'a TikTok page writing an Instagram ledger',
      { ...sitePage, url: 'https://www.tiktok.com/@me' },
      /cannot write/,
    ],
  ])('refuses a capture from %s', async (_name, sender, reason) => {
    await expect(capture()(valid, sender)).rejects.toThrow(reason);
    await nothingWritten();
  });

  it.each([
    ['an unnormalized handle', { ...valid, rows: [{ handle: '@Alice' }] }],
    ['a handle with markup', { ...valid, rows: [{ handle: '<img>' }] }],
    ['a look-alike handle', { ...valid, rows: [{ handle: '\u0430lice' }] }],
    ['an owner in capitals', { ...valid, session: { ...valid.session, owner: 'Me' } }],
    ['an unknown platform', { ...valid, session: { ...valid.session, platform: 'myspace' } }],
    ['a session id that is not a uuid', { ...valid, session: { ...valid.session, id: '1' } }],
    ['an unknown list', { ...valid, session: { ...valid.session, list: 'blocked' } }],
    ['no session', { ...valid, session: undefined }],
    ['a negative sequence', { ...valid, seq: -1 }],
    ['a fractional sequence', { ...valid, seq: 0.5 }],
    ['rows that are not a list', { ...valid, rows: 'a,b' }],
    ['too many rows', { ...valid, rows: Array.from({ length: 501 }, (_, i) => ({ handle: `u${i}` })) }],
    [
      'a display name of 10,000 characters',
      { ...valid, rows: [{ handle: 'a', displayName: 'x'.repeat(10_000) }] },
    ],
    [
      'a display name that is not text',
      { ...valid, rows: [{ handle: 'a', displayName: { toString: 'x' } }] },
    ],
    ['a negative header count', { ...valid, header: { value: -1, unit: 1 } }],
    ['a header count of no unit', { ...valid, header: { value: 5, unit: 0 } }],
    [
      'an end that does not say whether the end was reached',
      { type: 'capture.end', session: SESSION, header: null },
    ],
    ['an unknown capture message', { ...valid, type: 'capture.delete' }],
  ])('refuses %s', async (_name, forged) => {
    await expect(capture()(forged, sitePage)).rejects.toThrow(/malformed/);
    await nothingWritten();
  });

  it.each([
    ['delete every ledger', { type: 'data.delete', accountId: null }],
    ['import lists', { type: 'data.import', platform: 'instagram', owner: 'me', exportedAt: 1, lists: [] }],
    [
      'annotate people',
      { type: 'people.annotate', accountId: 'instagram:me', handles: ['a'], change: { protected: true } },
    ],
    ['set the tags', { type: 'tags.set', tags: ['x'] }],
  ])('refuses a site page that tries to %s', async (_name, message) => {
    await expect(pages()(message, sitePage)).rejects.toThrow(/only Follow Ledger pages/);
    await nothingWritten();
  });

  it('refuses a batch that reuses the session of another account, so it never reaches that ledger', async () => {
    await capture()(valid, sitePage);
    const hijack = {
      ...valid,
      seq: 1,
      session: { ...SESSION, owner: 'victim' },
      rows: [{ handle: 'intruder' }],
    };
    await expect(capture()(hijack, sitePage)).rejects.toThrow(/another account/);
    expect((await listAccounts(db)).map((account) => account.id)).toEqual(['instagram:me']);
  });

  it('stores duplicate rows, within and across batches and batches sent twice, once each', async () => {
    const rows = (...handles: string[]) => handles.map((handle) => ({ handle }));
    await recordBatch(db, { ...valid, rows: rows('a', 'b', 'a') }, 1000);
    await recordBatch(db, { ...valid, rows: rows('a', 'b', 'a') }, 1001);
    await recordBatch(db, { ...valid, seq: 1, rows: rows('b', 'c') }, 1002);
    const reply = await closeCapture(db, SESSION, { endReached: true, header: { value: 3, unit: 1 } }, 2000);
    expect(reply).toMatchObject({ read: 3, complete: true });
    const [account] = await listAccounts(db);
    expect((await readLedger(db, account)).members!.followers.map((member) => member.handle)).toEqual([
      'a',
      'b',
      'c',
    ]);
  });
});
