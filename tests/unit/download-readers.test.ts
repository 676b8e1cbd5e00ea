import { describe, expect, it } from 'vitest';

import { type DownloadContents, parseDownload, type PickedFile, pickedFiles } from '../../src/data/downloads';
import { ZIP_LIMITS } from '../../src/data/zip-reader';
import { translate } from '../../src/i18n/translate';
import {
  follows,
  igClassic,
  igHtml,
  igLabelled,
  igPersonalInformation,
  igTitled,
  tiktokEntries,
  tiktokJson,
  tiktokTxt,
  zipOf,
} from '../support/downloads';

const NOW = Date.UTC(2026, 10, 29);
const day = (n: number) => Date.UTC(2025, 0, n);
const file = (name: string, value: unknown): PickedFile => ({
  name,
  text: typeof value === 'string' ? value : JSON.stringify(value),
  modified: null,
});
const read = (files: PickedFile[]) => parseDownload(files, NOW);
const ok = (files: PickedFile[]): DownloadContents => {
  const parsed = read(files);
  if (!parsed.ok) throw new Error(translate(parsed.error));
  return parsed;
};
const handles = (contents: DownloadContents, list: 'followers' | 'following') =>
  contents.lists.find((l) => l.list === list)?.rows.map((row) => row.handle);
const asFile = (name: string, bytes: Uint8Array) =>
  new File([bytes as Uint8Array<ArrayBuffer>], name, { lastModified: NOW });

describe('Instagram JSON', () => {
  it('reads all three entry shapes, with and without the wrapper, followers split over files', () => {
    const contents = ok([
      file('connections/followers_and_following/followers_1.json', follows(['Ana.B', 'bo']).map(igClassic)),
      file('connections/followers_and_following/followers_2.json', {
        relationships_followers: follows(['cy'], 3).map(igLabelled),
      }),
      file('connections/followers_and_following/following.json', {
        relationships_following: follows(['bo', 'zed'], 5).map(igTitled),
      }),
    ]);
    expect(contents.lists).toEqual([
      {
        list: 'followers',
        rows: [
          { handle: 'ana.b', since: day(1) },
          { handle: 'bo', since: day(2) },
          { handle: 'cy', since: day(3) },
        ],
      },
      {
        list: 'following',
        rows: [
          { handle: 'bo', since: day(5) },
          { handle: 'zed', since: day(6) },
        ],
      },
    ]);
    expect(contents).toMatchObject({ platform: 'instagram', skipped: 0, undated: 0, owner: null });
  });

  it('reads close friends, to offer them as protected, and recent unfollows with their dates', () => {
    const contents = ok([
      file('followers_1.json', follows(['ana', 'bo']).map(igClassic)),
      file('close_friends.json', { relationships_close_friends: follows(['Bo']).map(igClassic) }),
    ]);
    expect(contents.closeFriends).toEqual(['bo']);
    const unfollows = ok([
      file('followers_1.json', follows(['ana']).map(igClassic)),
      file('recently_unfollowed_profiles.json', {
        relationships_unfollowed_users: follows(['zed'], 7).map(igClassic),
      }),
    ]);
    expect(unfollows.unfollowed).toEqual([{ handle: 'zed', since: day(7) }]);
  });

  it('skips __deleted__ placeholders and counts them', () => {
    const contents = ok([file('followers_1.json', follows(['ana', '__deleted__xyzq', 'bo']).map(igClassic))]);
    expect(handles(contents, 'followers')).toEqual(['ana', 'bo']);
    expect(contents.skipped).toBe(1);
  });

  it.each([
    ['2024–2026', 'instagram-studio-2025-11-02/connections/followers_and_following/'],
    ['2023', 'followers_and_following/'],
  ])(
    'takes the lists and the owner out of %s zips, split over several zips, dated by the zip',
    async (_y, folder) => {
      const made = new Date(Date.UTC(2025, 10, 2, 9, 30));
      const first = zipOf(
        {
          [`${folder}followers_1.json`]: JSON.stringify(follows(['ana']).map(igClassic)),
          'personal_information/personal_information/personal_information.json':
            igPersonalInformation('Studio.Lumen'),
          'media/posts/photo.json': '{"not":"read"}',
          [`${folder}recently_unfollowed_profiles.json`]: JSON.stringify({
            relationships_unfollowed_users: follows(['zed'], 7).map(igClassic),
          }),
          [`${folder}pending_follow_requests.json`]: JSON.stringify({
            relationships_follow_requests_sent: follows(['idol'], 9).map(igClassic),
          }),
          [`${folder}close_friends.json`]: JSON.stringify({
            relationships_close_friends: follows(['ana']).map(igClassic),
          }),
        },
        made,
      );
      const second = zipOf(
        { [`${folder}followers_2.json`]: JSON.stringify(follows(['bo'], 2).map(igClassic)) },
        made,
      );
      const files = await pickedFiles([asFile('part-1.zip', first), asFile('part-2.zip', second)]);
      expect(files.map((f) => f.name)).not.toContain('media/posts/photo.json');
      const contents = ok(files);
      expect(handles(contents, 'followers')).toEqual(['ana', 'bo']);
      expect(contents.owner).toBe('studio.lumen');
      expect(contents.unfollowed).toEqual([{ handle: 'zed', since: day(7) }]);
      expect(contents.closeFriends).toEqual(['ana']);
      expect(contents.requested).toEqual([{ handle: 'idol', since: day(9) }]);
      expect(contents.filesDated).toBe(made.getTime());
    },
  );
});

describe('Instagram HTML', () => {
  it.each(['2025', 'older'] as const)('reads the %s page layout, with English dates', (layout) => {
    const contents = ok([
      file(
        'connections/followers_and_following/followers_1.html',
        igHtml('Pengikut', follows(['ana', 'bo']), { layout }),
      ),
      file(
        'connections/followers_and_following/following.html',
        igHtml('粉丝', follows(['cy'], 4), { titled: true }),
      ),
    ]);
    expect(contents.lists).toEqual([
      {
        list: 'followers',
        rows: [
          { handle: 'ana', since: day(1) },
          { handle: 'bo', since: day(2) },
        ],
      },
      { list: 'following', rows: [{ handle: 'cy', since: day(4) }] },
    ]);
  });

  it('reads numeric dates, and imports an account undated when the date is in a language not known', () => {
    const dates = ['2023年9月27日 00:32', '31.05.2025', 'Mei 31, 2025 10:56 am', 'Oct 18, 2025 5:49 pm'];
    const page = igHtml('Followers', follows(['ana', 'bo', 'cy', 'dee']), {
      date: (at) => dates[(at * 1000 - day(1)) / 86_400_000],
    });
    const contents = ok([file('followers_1.html', page)]);
    expect(contents.lists[0].rows).toEqual([
      { handle: 'ana', since: Date.UTC(2023, 8, 27, 0, 32) },
      { handle: 'bo', since: Date.UTC(2025, 4, 31) },
      { handle: 'cy' },
      { handle: 'dee', since: Date.UTC(2025, 9, 18, 17, 49) },
    ]);
    expect(contents.undated).toBe(1);
  });
});

describe('TikTok', () => {
  it.each(['older', '2024', '2025'] as const)(
    'reads the %s JSON layout, dates in UTC, the owner, N/A skipped',
    (layout) => {
      const contents = ok([
        file(
          'user_data_tiktok.json',
          tiktokJson(
            layout,
            tiktokEntries(follows(['Fan.One', 'N/A'])),
            tiktokEntries(follows(['idol'], 9)),
            'me.here',
          ),
        ),
      ]);
      expect(contents.lists).toEqual([
        { list: 'followers', rows: [{ handle: 'fan.one', since: day(1) }] },
        { list: 'following', rows: [{ handle: 'idol', since: day(9) }] },
      ]);
      expect(contents).toMatchObject({
        platform: 'tiktok',
        skipped: 1,
        owner: 'me.here',
      });
    },
  );

  it('says a null or [] list in words and records nothing for it', () => {
    const contents = ok([file('user_data.json', tiktokJson('2024', null, tiktokEntries(follows(['idol']))))]);
    expect(contents.lists.map((l) => l.list)).toEqual(['following']);
    expect(contents.emptyLists).toEqual(['followers']);
    const none = read([file('user_data.json', tiktokJson('2025', [], null))]);
    expect(!none.ok && translate(none.error)).toMatch(
      /lists no followers and no accounts you follow — a new account\?/,
    );
  });

  it.each([
    [
      'TikTok_Data_1700000000/Activity/Follower List.txt',
      'TikTok_Data_1700000000/Activity/Following List.txt',
    ],
    ['TikTok_Data_1/Profile and Settings/Follower.txt', 'TikTok_Data_1/Profile and Settings/Following.txt'],
  ])('reads TXT under any folder, old and new names (%s)', async (followersName, followingName) => {
    const zip = zipOf({
      [followersName]: tiktokTxt(follows(['fan.one', 'N/A', 'fan.two']), true).replace(/\n/g, '\r\n'),
      [followingName]: tiktokTxt(follows(['idol'], 9)),
    });
    const contents = ok(await pickedFiles([asFile('TikTok_Data.zip', zip)]));
    expect(contents.lists).toEqual([
      {
        list: 'followers',
        rows: [
          { handle: 'fan.one', since: day(1) },
          { handle: 'fan.two', since: day(3) },
        ],
      },
      { list: 'following', rows: [{ handle: 'idol', since: day(9) }] },
    ]);
    expect(contents.skipped).toBe(1);
  });
});

describe('refusals name what is wrong, and where', () => {
  it.each<[string, PickedFile[], RegExp]>([
    ['nothing usable', [file('liked_posts.json', [])], /No followers or following list found/],
    [
      'truncated JSON',
      [file('followers_1.json', '[{"title": "", "str')],
      /^followers_1\.json: The file ends early/,
    ],
    [
      'a wrong shape',
      [file('following.json', { something_else: [] })],
      /following\.json is not an Instagram/,
    ],
    ['an empty download', [file('followers_1.json', [])], /lists no followers and no accounts you follow/],
    [
      'a hostile username',
      [
        file('followers_1.json', [
          igClassic({ name: 'ana', at: 1.7e9 }),
          igClassic({ name: '<script>', at: 1.7e9 }),
        ]),
      ],
      /^followers_1\.json, entry 2: no valid username/,
    ],
    [
      'an off-site link only',
      [file('followers_1.json', [{ title: '', string_list_data: [{ href: 'https://evil.example/x' }] }])],
      /entry 1: no valid username/,
    ],
    [
      'a negative timestamp',
      [file('followers_2.json', [igClassic({ name: 'ana', at: -5 })])],
      /^followers_2\.json, entry 1: the date is impossible/,
    ],
    [
      'a timestamp of 1e300',
      [file('following.json', [igTitled({ name: 'ana', at: 1e300 })])],
      /^following\.json, entry 1: the date is impossible/,
    ],
    [
      'both sites at once',
      [file('followers_1.json', [igClassic({ name: 'a', at: 1.7e9 })]), file('user_data.json', {})],
      /one site at a time/,
    ],
    [
      'a TikTok file without lists',
      [file('user_data.json', { Profile: {} })],
      /has no follower or following list/,
    ],
    [
      'a TikTok look-alike name',
      [file('user_data.json', tiktokJson('older', [{ UserName: 'аna' }], null))],
      /^user_data\.json \(followers\), entry 1: no valid username/,
    ],
    [
      'a TikTok date that is no date',
      [file('Follower.txt', 'Date: yesterday\nUsername: ana\n')],
      /^Follower\.txt, entry 1: the date is impossible/,
    ],
    [
      'a TXT block with no username',
      [file('Following.txt', 'Date: 2024-11-05 12:34:56\nUsername: ana\n\nDate: 2024-11-05 12:34:56\n')],
      /^Following\.txt, entry 2: no Username line/,
    ],
  ])('refuses %s', (_name, files, message) => {
    const parsed = read(files);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(translate(parsed.error)).toMatch(message);
  });
});

describe('zips', () => {
  const listZip = () =>
    zipOf({
      'connections/followers_and_following/followers_1.json': JSON.stringify(follows(['ana']).map(igClassic)),
    });
  /** Where the central directory records the first entry's uncompressed size. */
  const sizeField = (zip: Uint8Array) => {
    const view = new DataView(zip.buffer);
    for (let at = zip.length - 22; at >= 0; at--)
      if (view.getUint32(at, true) === 0x06054b50) return view.getUint32(at + 16, true) + 24;
    throw new Error('no directory');
  };

  it('refuses from the directory an entry too large to be a list, before inflating anything', async () => {
    const zip = listZip();
    new DataView(zip.buffer).setUint32(sizeField(zip), 0xf0000000, true);
    await expect(pickedFiles([asFile('bomb.zip', zip)])).rejects.toThrow(
      expect.objectContaining({ reason: expect.objectContaining({ key: 'zipTooLarge' }) }),
    );
  });

  it('stops inflating an entry that grows past what the directory said', async () => {
    const zip = listZip();
    new DataView(zip.buffer).setUint32(sizeField(zip), 3, true);
    await expect(pickedFiles([asFile('liar.zip', zip)])).rejects.toThrow(
      expect.objectContaining({ reason: expect.objectContaining({ key: 'zipTooLarge' }) }),
    );
  });

  it('refuses a list file picked on its own past the same limit, without reading it', async () => {
    const huge = {
      name: 'followers_1.json',
      size: ZIP_LIMITS.entry + 1,
      text: () => Promise.reject(new Error('read')),
    };
    await expect(pickedFiles([huge as unknown as File])).rejects.toThrow(
      expect.objectContaining({ reason: expect.objectContaining({ key: 'zipTooLarge' }) }),
    );
  });

  it('refuses a file that is not a zip', async () => {
    await expect(pickedFiles([asFile('x.zip', new TextEncoder().encode('hello'))])).rejects.toThrow(
      expect.objectContaining({ reason: expect.objectContaining({ key: 'zipUnreadable' }) }),
    );
  });
});
