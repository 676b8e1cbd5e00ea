// @vitest-environment happy-dom
import 'fake-indexeddb/auto';

import { strToU8, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';

import { toCsv } from '../../src/data/csv';
import { parseDownload, type PickedFile, pickedFiles } from '../../src/data/downloads';
import { lookupTable } from '../../src/domain/lookup';
import { translate } from '../../src/i18n/translate';
import { adapterForHost } from '../../src/platforms/adapters';
import { instagram } from '../../src/platforms/instagram';
import type { OpenList } from '../../src/platforms/site-adapter';
import { tiktok } from '../../src/platforms/tiktok';
import { exportBackup } from '../../src/storage/backup';
import { openLedgerDb } from '../../src/storage/open-ledger-db';
import { restoreBackup } from '../../src/storage/restore';
import { type LedgerDb } from '../../src/storage/schema';
import { checkBackupFile } from '../../src/ui/options/restore-file';

/**
 * Hostile files, the second half of the hostile-input suite (hostile-input.test.ts has the page rows,
 * names, handles, counts and messages): restore files, official data downloads and their zips, CSV
 * cells, and lookups by page text. Each kind is one row of a table; each is refused with a message
 * that says what (and where), or kept as inert text, and none changes the ledger or a prototype.
 */

const PERSON = { handle: 'ana', followsMe: true, iFollow: false, protected: false };
const ACCOUNT = {
  platform: 'instagram',
  handle: 'me',
  people: [PERSON],
  events: [],
  captures: [],
  daily: [],
};
const BASE = {
  format: 'follow-ledger-backup',
  version: 1,
  exportedAt: '2026-11-21T10:00:00.000Z',
  accounts: [ACCOUNT],
};
const EVENT = {
  handle: 'ana',
  kind: 'new-follower',
  after: '2026-11-02T00:00:00.000Z',
  before: '2026-11-04T00:00:00.000Z',
};
const CAPTURE = {
  list: 'followers',
  startedAt: '2026-11-04T00:00:00.000Z',
  endedAt: '2026-11-04T00:01:00.000Z',
  read: 1,
  headerCount: 1,
  endReached: true,
  complete: true,
};

const text = (value: unknown) => JSON.stringify(value, null, 2);
const withAccount = (account: Record<string, unknown>) =>
  text({ ...BASE, accounts: [{ ...ACCOUNT, ...account }] });
const withPerson = (person: Record<string, unknown>) => withAccount({ people: [{ ...PERSON, ...person }] });
const bytes = (value: string | number[]) =>
  typeof value === 'string' ? strToU8(value) : new Uint8Array(value);
/** A valid file with `raw` bytes put where the display name's text goes. */
const withNameBytes = (raw: number[]) => {
  const [before, after] = withPerson({ displayName: 'NAME' }).split('NAME');
  return new Uint8Array([...strToU8(before), ...raw, ...strToU8(after)]);
};

const NAME_LINE = withPerson({ displayName: 'NAME' }).split('NAME')[0].split('\n').length;

const REFUSED_BACKUPS: [string, string | Uint8Array, RegExp][] = [
  ['an empty file', '', /The file ends early/],
  ['only white space', '   \n\n ', /The file ends early/],
  ['text that is not JSON', 'hello', /not valid JSON: line 1/],
  ['a file cut short', text(BASE).slice(0, 120), /The file ends early, on line \d+/],
  ['garbage after the JSON', `${text(BASE)}\nx`, /not valid JSON/],
  ['JSON null', 'null', /not a Follow Ledger backup/],
  ['a JSON array', '[]', /not a Follow Ledger backup/],
  ['a JSON number', '42', /not a Follow Ledger backup/],
  ['a JSON string', '"follow-ledger-backup"', /not a Follow Ledger backup/],
  ['a foreign object', text({ accounts: [] }), /not a Follow Ledger backup/],
  ['an Instagram download', text([{ title: '', string_list_data: [] }]), /not a Follow Ledger backup/],
  ['a newer version', text({ ...BASE, version: 7 }), /format version 7/],
  ['a version as text', text({ ...BASE, version: '1' }), /^version: /],
  ['an export date that is no date', text({ ...BASE, exportedAt: 'yesterday' }), /^exportedAt: .*\(line 4\)/],
  ['accounts that are not a list', text({ ...BASE, accounts: {} }), /^accounts: /],
  ['an unknown platform', withAccount({ platform: 'myspace' }), /^accounts\[0\]\.platform: /],
  ['an owner in capitals', withAccount({ handle: 'Me' }), /^accounts\[0\]\.handle: a handle in lower case/],
  ['a handle with @', withPerson({ handle: '@ana' }), /people\[0\]\.handle: a handle in lower case/],
  [
    'a handle that is a URL',
    withPerson({ handle: 'https://www.instagram.com/ana/' }),
    /a handle in lower case/,
  ],
  ['a handle with markup', withPerson({ handle: '<img src=x>' }), /a handle in lower case/],
  ['a handle of 31 characters', withPerson({ handle: 'a'.repeat(31) }), /a handle in lower case/],
  ['a look-alike handle', withPerson({ handle: '\u0430na' }), /a handle in lower case/],
  ['an empty handle', withPerson({ handle: '' }), /a handle in lower case/],
  ['a flag as text', withPerson({ followsMe: 'yes' }), /people\[0\]\.followsMe: .*\(line \d+\)/],
  ['a note of 2,001 characters', withPerson({ note: 'x'.repeat(2001) }), /people\[0\]\.note: /],
  ['51 tags', withPerson({ tags: Array.from({ length: 51 }, (_, i) => `t${i}`) }), /people\[0\]\.tags: /],
  ['an empty tag', withPerson({ tags: [''] }), /people\[0\]\.tags\[0\]: /],
  ['a tag of 41 characters', withPerson({ tags: ['x'.repeat(41)] }), /people\[0\]\.tags\[0\]: /],
  ['a display name of 5,000 characters', withPerson({ displayName: 'x'.repeat(5000) }), /displayName: /],
  ['a review date that is no date', withPerson({ reviewed: 'soon' }), /people\[0\]\.reviewed: /],
  ['an unknown event kind', withAccount({ events: [{ ...EVENT, kind: 'blocked' }] }), /events\[0\]\.kind: /],
  [
    'an event date that is no date',
    withAccount({ events: [{ ...EVENT, after: 'Nov 2' }] }),
    /events\[0\]\.after: /,
  ],
  ['an unknown ender', withAccount({ events: [{ ...EVENT, endedBy: 'nobody' }] }), /events\[0\]\.endedBy: /],
  [
    'an event window that ends before it starts',
    withAccount({ events: [{ ...EVENT, after: EVENT.before, before: EVENT.after }] }),
    /events\[0\]\.after: the window starts after it ends .*\(line \d+\)/,
  ],
  [
    'a capture that ends before it starts',
    withAccount({ captures: [{ ...CAPTURE, startedAt: CAPTURE.endedAt, endedAt: CAPTURE.startedAt }] }),
    /captures\[0\]\.startedAt: the window starts after it ends/,
  ],
  ['a negative count read', withAccount({ captures: [{ ...CAPTURE, read: -1 }] }), /captures\[0\]\.read: /],
  [
    'a fractional count read',
    withAccount({ captures: [{ ...CAPTURE, read: 1.5 }] }),
    /captures\[0\]\.read: /,
  ],
  [
    'a count beyond any number',
    withAccount({ captures: [{ ...CAPTURE, read: 1 }] }).replace('"read": 1', '"read": 1e400'),
    /captures\[0\]\.read: /,
  ],
  ['a negative header count', withAccount({ captures: [{ ...CAPTURE, headerCount: -5 }] }), /headerCount: /],
  ['an unknown list', withAccount({ captures: [{ ...CAPTURE, list: 'blocked' }] }), /captures\[0\]\.list: /],
  [
    'a day that is no date',
    withAccount({ daily: [{ date: '21/11/2026', followers: 1, following: 1, mutuals: 0 }] }),
    /daily\[0\]\.date: /,
  ],
  [
    'a negative day size',
    withAccount({ daily: [{ date: '2026-11-21', followers: -1, following: 1, mutuals: 0 }] }),
    /daily\[0\]\.followers: /,
  ],
  [
    'a ledger listed twice',
    text({ ...BASE, accounts: [ACCOUNT, ACCOUNT] }),
    /^accounts\[1\]\.handle: the ledger of @me \(Instagram\) is listed twice \(line \d+\)/,
  ],
  [
    'a person listed twice',
    withAccount({ people: [PERSON, PERSON] }),
    /people\[1\]\.handle: @ana is listed twice \(line \d+\)/,
  ],
  ['a byte that is never UTF-8', withNameBytes([0xff]), new RegExp(`not UTF-8 text: line ${NAME_LINE} `)],
  ['Latin-1 text', withNameBytes([0x5a, 0x6f, 0xeb]), new RegExp(`not UTF-8 text: line ${NAME_LINE} `)],
  ['an overlong encoding', withNameBytes([0xc0, 0xaf]), new RegExp(`not UTF-8 text: line ${NAME_LINE} `)],
  [
    'an encoded surrogate',
    withNameBytes([0xed, 0xa0, 0x80]),
    new RegExp(`not UTF-8 text: line ${NAME_LINE} `),
  ],
  [
    'a character cut at the end',
    new Uint8Array([...strToU8(text(BASE)), 0xe2, 0x82]),
    new RegExp(`not UTF-8 text: line ${text(BASE).split('\n').length} `),
  ],
  ['a UTF-16 file', new Uint8Array([0xff, 0xfe, ...strToU8('{}')]), /not UTF-8 text: line 1 /],
  [
    'arrays nested 100,000 deep',
    '['.repeat(100_000) + ']'.repeat(100_000),
    /not a Follow Ledger backup|not valid JSON/,
  ],
];

/** Accepted, and held as data: nothing of it reaches a prototype, and it comes back out as it went in. */
const HELD_BACKUPS: [string, string | Uint8Array, (restored: string) => void][] = [
  [
    'a __proto__ key on a person',
    withPerson({ tags: ['x'] }).replace(
      '"handle": "ana",',
      '"handle": "ana", "__proto__": { "polluted": true },',
    ),
    (restored) => expect(restored).not.toContain('polluted'),
  ],
  [
    'a constructor key on a ledger',
    withAccount({ constructor: { prototype: { polluted: true } } }),
    (restored) => expect(restored).not.toContain('polluted'),
  ],
  [
    'a person named __proto__',
    withPerson({ handle: '__proto__', note: 'n' }),
    (restored) => expect(restored).toContain('"handle":"__proto__"'),
  ],
  [
    'a person named constructor',
    withPerson({ handle: 'constructor', note: 'n' }),
    (restored) => expect(restored).toContain('"handle":"constructor"'),
  ],
  [
    'a byte-order mark',
    new Uint8Array([0xef, 0xbb, 0xbf, ...strToU8(text(BASE))]),
    (restored) => expect(restored).toContain('"handle":"ana"'),
  ],
  [
    'a display name with markup',
    withPerson({ displayName: '<img src=x onerror=alert(1)>' }),
    (restored) => expect(restored).toContain('<img src=x onerror=alert(1)>'),
  ],
  [
    'a note that is a formula',
    withPerson({ note: '=HYPERLINK("http://evil.example","x")' }),
    (restored) => expect(restored).toContain('=HYPERLINK'),
  ],
  [
    'a tag with a right-to-left override',
    withPerson({ tags: ['\u202Eevil'] }),
    (restored) => expect(restored).toContain('\u202Eevil'),
  ],
];

describe('restore files: refused with what and where, or held as data; the ledger changes only by a valid file', () => {
  let db: LedgerDb;
  let before: unknown;
  beforeAll(async () => {
    db = await openLedgerDb('hostile-files');
    const seeded = checkBackupFile(bytes(withPerson({ handle: 'kept', note: 'mine' })));
    if (!seeded.ok) throw new Error('the seed backup is valid');
    await restoreBackup(db, seeded.backup);
    before = await exportBackup(db, 0);
  });

  it.each(REFUSED_BACKUPS)('refuses %s', async (_kind, file, message) => {
    const checked = checkBackupFile(typeof file === 'string' ? bytes(file) : file);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(translate(checked.error)).toMatch(message);
    expect(await exportBackup(db, 0)).toEqual(before);
  });

  it.each(HELD_BACKUPS)('holds %s as data', async (_kind, file, check) => {
    const checked = checkBackupFile(typeof file === 'string' ? bytes(file) : file);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    const scratch = await openLedgerDb(`hostile-held-${_kind}`);
    await restoreBackup(scratch, checked.backup);
    check(JSON.stringify(await exportBackup(scratch, 0)));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});

const igFollower = (value: string) => ({
  title: '',
  media_list_data: [],
  string_list_data: [{ href: `https://www.instagram.com/${value}`, value, timestamp: 1676354318 }],
});
const json = (name: string, value: unknown): PickedFile => ({
  name,
  text: typeof value === 'string' ? value : JSON.stringify(value),
  modified: null,
});
const NOW = Date.UTC(2026, 10, 1);
const FOLLOWERS = 'connections/followers_and_following/followers_1.json';
const tiktokFile = (fans: unknown) =>
  json('user_data_tiktok.json', { 'Your Activity': { Follower: { FansList: fans } } });

const REFUSED_DOWNLOADS: [string, PickedFile[], RegExp][] = [
  ['no list in it', [json('liked_posts.json', [])], /No followers or following list found/],
  [
    'a followers file that is not JSON',
    [json(FOLLOWERS, 'hello')],
    /followers_1\.json: This is not valid JSON/,
  ],
  [
    'a followers file cut short',
    [json(FOLLOWERS, '[{"title": "", "string_')],
    /followers_1\.json: The file ends early/,
  ],
  ['a followers file of the wrong shape', [json(FOLLOWERS, { something: [] })], /followers_1\.json/],
  [
    'an entry with markup for a name',
    [json(FOLLOWERS, [igFollower('<b>x</b>')])],
    /entry 1: no valid username/,
  ],
  [
    'an entry of 31 characters',
    [json(FOLLOWERS, [igFollower('a'.repeat(31))])],
    /entry 1: no valid username/,
  ],
  [
    'an entry with no name at all',
    [json(FOLLOWERS, [{ title: '', string_list_data: [{}] }])],
    /entry 1: no valid username/,
  ],
  ['an entry that is not an object', [json(FOLLOWERS, [42])], /entry 1: no valid username/],
  [
    'the second entry broken',
    [json(FOLLOWERS, [igFollower('ana'), igFollower('b o')])],
    /entry 2: no valid username/,
  ],
  ['a __proto__ list key', [json(FOLLOWERS, '{"__proto__": [{"title": "x"}]}')], /followers_1\.json/],
  [
    'Instagram and TikTok files together',
    [json(FOLLOWERS, [igFollower('ana')]), tiktokFile([])],
    /both Instagram and TikTok/,
  ],
  ['two TikTok files', [tiktokFile([]), json('user_data.json', {})], /Pick one TikTok user_data file/],
  ['a TikTok file with no list', [json('user_data_tiktok.json', { Profile: {} })], /user_data_tiktok\.json/],
  [
    'a TikTok name with markup',
    [tiktokFile([{ Date: '2024-11-05 12:34:56', UserName: '<script>' }])],
    /user_data_tiktok\.json \(followers\), entry 1/,
  ],
];

describe('official data downloads: an entry that is not an account refuses the whole import, saying which', () => {
  it.each(REFUSED_DOWNLOADS)('refuses %s', (_kind, files, message) => {
    const result = parseDownload(files, NOW);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(translate(result.error)).toMatch(message);
  });

  it.each<[string, PickedFile[], string[]]>([
    [
      'a profile URL for a name',
      [json(FOLLOWERS, [{ title: '', string_list_data: [{ href: 'https://www.instagram.com/ana' }] }])],
      ['ana'],
    ],
    ['a name in capitals', [json(FOLLOWERS, [igFollower('Ana.B')])], ['ana.b']],
    ['the same account twice', [json(FOLLOWERS, [igFollower('ana'), igFollower('ana')])], ['ana']],
  ])('normalizes %s', (_kind, files, handles) => {
    const result = parseDownload(files, NOW);
    expect(result.ok && result.lists[0].rows.map((row) => row.handle)).toEqual(handles);
  });
});

describe('zips: only the list files are taken out, and nothing else is opened', () => {
  // fflate's output is backed by a plain ArrayBuffer, as a File part needs.
  const zip = (entries: Record<string, Uint8Array>) => zipSync(entries) as Uint8Array<ArrayBuffer>;
  it.each<[string, Uint8Array<ArrayBuffer>, string[] | 'throws']>([
    ['bytes that are no zip', new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]), 'throws'],
    ['a text file named .zip', strToU8('hello') as Uint8Array<ArrayBuffer>, 'throws'],
    ['an empty zip', zip({}), []],
    [
      'a zip of other files only',
      zip({ 'your_instagram_activity/likes/liked_posts.json': strToU8('[]') }),
      [],
    ],
    ['a 50 MB entry it does not need', zip({ 'media/big.json': new Uint8Array(50_000_000) }), []],
    ['a path that climbs out', zip({ '../../followers_1.json': strToU8('[]') }), ['../../followers_1.json']],
    ['an absolute path', zip({ '/etc/followers_1.json': strToU8('[]') }), ['/etc/followers_1.json']],
  ])('%s', async (_kind, file, names) => {
    const picked = pickedFiles([new File([file], 'download.zip')]);
    if (names === 'throws') return expect(picked).rejects.toThrow();
    expect((await picked).map((one) => one.name)).toEqual(names);
  });

  it('a list file in a zip with bytes that are not UTF-8 is refused, not read as other names', async () => {
    const files = await pickedFiles([
      new File(
        [zip({ [FOLLOWERS]: new Uint8Array([...strToU8('[{"title": "an'), 0xff, ...strToU8('a"}]')]) })],
        'download.zip',
      ),
    ]);
    expect(parseDownload(files, NOW).ok).toBe(false);
  });
});

describe('CSV export: a cell a spreadsheet would run as a formula is neutralized', () => {
  it.each<[string, string, string]>([
    ['an equals sign', '=1+1', "'=1+1"],
    ['a plus sign', '+1', "'+1"],
    ['a minus sign', '-1', "'-1"],
    ['an at sign', '@SUM(A1)', "'@SUM(A1)"],
    ['a tab', '\t=1', "'\t=1"],
    ['a carriage return', '\r=1', `"'\r=1"`],
    ['a full-width equals sign', '＝1+1', "'＝1+1"],
    ['a full-width plus sign', '＋1', "'＋1"],
    ['a full-width minus sign', '－1', "'－1"],
    ['a full-width at sign', '＠SUM(A1)', "'＠SUM(A1)"],
    ['a pipe', '|calc', "'|calc"],
    ['a DDE call', "=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    [
      'a formula with a comma',
      '=HYPERLINK("http://evil.example","x")',
      `"'=HYPERLINK(""http://evil.example"",""x"")"`,
    ],
    ['plain text', 'Zoë 東京', 'Zoë 東京'],
  ])('%s', (_kind, value, cell) => {
    expect(toCsv(['v'], [[value]])).toBe(`\uFEFFv\r\n${cell}\r\n`);
  });
});

describe('lookups by page text: a name every object inherits finds nothing', () => {
  const INHERITED = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];
  const container = (html: string) => {
    const element = document.createElement('div');
    element.innerHTML = html;
    return { container: element } as unknown as OpenList;
  };
  it.each(INHERITED)('an Instagram list headed "%s" is no list', (word) => {
    expect(instagram.listFromOpenList(container(`<h2>${word}</h2>`))).toBeNull();
  });
  it.each(INHERITED)('a TikTok tab labelled "%s" is told by its place, never by the label', (word) => {
    const tabs = `<div role="tab" aria-selected="false">x</div><div role="tab" aria-selected="true">${word}</div>`;
    expect(tiktok.listFromOpenList(container(tabs))).toBe('followers');
  });
  it.each(INHERITED)('a page at host "%s" has no adapter', (word) => {
    expect(adapterForHost(word)).toBeNull();
  });
  it('a table answers only what it holds', () => {
    const table = lookupTable({ followers: 1 });
    expect(INHERITED.map(table)).toEqual(INHERITED.map(() => undefined));
  });
});
