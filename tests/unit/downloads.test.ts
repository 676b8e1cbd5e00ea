import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';

import { toCsv } from '../../src/data/csv';
import { filesInZip, parseDownload } from '../../src/data/downloads';
import { translate } from '../../src/i18n/translate';

const file = (name: string, value: unknown) => ({
  name,
  text: typeof value === 'string' ? value : JSON.stringify(value),
});
const igEntry = (value: string, timestamp = 1676354318) => ({
  title: '',
  media_list_data: [],
  string_list_data: [{ href: `https://www.instagram.com/${value}`, value, timestamp }],
});
const igNewEntry = (name: string, timestamp = 1700000000) => ({
  title: name,
  string_list_data: [{ href: `https://www.instagram.com/_u/${name}`, timestamp }],
});

describe('official data downloads', () => {
  it('reads Instagram followers_1.json + _2 and the new following.json shape, with follow dates', () => {
    const parsed = parseDownload([
      file('connections/followers_and_following/followers_1.json', [igEntry('Ana.B'), igEntry('bo')]),
      file('connections/followers_and_following/followers_2.json', [
        igEntry('cy'),
        igEntry('bo', 1600000000),
      ]),
      file('connections/followers_and_following/following.json', {
        relationships_following: [igNewEntry('bo'), igNewEntry('zed')],
      }),
    ]);
    expect(parsed).toEqual({
      ok: true,
      platform: 'instagram',
      lists: [
        {
          list: 'followers',
          rows: [
            { handle: 'ana.b', since: 1676354318000 },
            { handle: 'bo', since: 1600000000000 },
            { handle: 'cy', since: 1676354318000 },
          ],
        },
        {
          list: 'following',
          rows: [
            { handle: 'bo', since: 1700000000000 },
            { handle: 'zed', since: 1700000000000 },
          ],
        },
      ],
      used: expect.any(Array),
    });
  });

  it('reads the older Instagram followers.json shape', () => {
    const parsed = parseDownload([file('followers.json', { relationships_followers: [igEntry('ana')] })]);
    expect(parsed.ok && parsed.lists).toEqual([
      { list: 'followers', rows: [{ handle: 'ana', since: 1676354318000 }] },
    ]);
  });

  it.each([
    [
      'older',
      {
        Activity: {
          'Follower List': { FansList: [{ UserName: 'Fan.One', Date: '2024-03-01 10:20:30' }] },
          'Following List': { Following: [{ UserName: 'idol', Date: '2023-01-02 00:00:00' }] },
        },
      },
    ],
    [
      'newer',
      {
        'Your Activity': {
          Follower: { FansList: [{ UserName: 'Fan.One', Date: '2024-03-01 10:20:30' }] },
          Following: { Following: [{ UserName: 'idol', Date: '2023-01-02 00:00:00' }] },
        },
      },
    ],
  ])('reads the %s TikTok user_data shape, dates in UTC', (_shape, data) => {
    const parsed = parseDownload([file('user_data_tiktok.json', data)]);
    expect(parsed).toMatchObject({
      ok: true,
      platform: 'tiktok',
      lists: [
        { list: 'followers', rows: [{ handle: 'fan.one', since: Date.UTC(2024, 2, 1, 10, 20, 30) }] },
        { list: 'following', rows: [{ handle: 'idol', since: Date.UTC(2023, 0, 2) }] },
      ],
    });
  });

  it('takes the files it needs out of the zip itself', () => {
    const zip = zipSync({
      'connections/followers_and_following/followers_1.json': strToU8(JSON.stringify([igEntry('ana')])),
      'personal_information/personal_information.json': strToU8('{"not":"read"}'),
      'media/photo.jpg': new Uint8Array([1, 2, 3]),
    });
    const files = filesInZip(zip);
    expect(files.map((f) => f.name)).toEqual(['connections/followers_and_following/followers_1.json']);
    expect(parseDownload(files)).toMatchObject({
      ok: true,
      lists: [{ list: 'followers', rows: [{ handle: 'ana' }] }],
    });
  });

  it.each<[string, ReturnType<typeof file>[], RegExp]>([
    ['nothing usable', [file('liked_posts.json', [])], /No followers or following list found/],
    [
      'truncated JSON',
      [file('followers_1.json', JSON.stringify([igEntry('ana')]).slice(0, 30))],
      /^followers_1\.json: The file ends early/,
    ],
    [
      'a wrong shape',
      [file('following.json', { something_else: [] })],
      /following\.json is not an Instagram followers or following list/,
    ],
    [
      'an empty list',
      [file('followers_1.json', [])],
      /followers list in this download is empty: nothing was imported/,
    ],
    [
      'a hostile username',
      [file('followers_1.json', [igEntry('ana'), igEntry('<script>alert(1)</script>')])],
      /followers_1\.json, entry 2: no valid username/,
    ],
    [
      'an off-site link only',
      [file('followers_1.json', [{ title: '', string_list_data: [{ href: 'https://evil.example/x' }] }])],
      /entry 1: no valid username/,
    ],
    [
      'both sites at once',
      [file('followers_1.json', [igEntry('a')]), file('user_data.json', {})],
      /one site at a time/,
    ],
    [
      'a TikTok file without lists',
      [file('user_data.json', { Profile: {} })],
      /has no follower or following list/,
    ],
    [
      'a TikTok entry with a look-alike name',
      [file('user_data.json', { Activity: { 'Follower List': { FansList: [{ UserName: 'аna' }] } } })],
      /follower entry 1: no valid username/,
    ],
  ])('refuses %s, saying why', (_name, files, message) => {
    const parsed = parseDownload(files);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(translate(parsed.error)).toMatch(message);
  });
});

describe('CSV', () => {
  it('writes a BOM, quotes per RFC 4180, and neutralizes formulas', () => {
    const csv = toCsv(
      ['handle', 'note'],
      [
        ['ana', 'plain'],
        ['bo', 'says "hi", twice\nnew line'],
        ['cy', '=HYPERLINK("http://evil.example","x")'],
        ['dee', '+1'],
        ['eve', '@SUM(A1)'],
        ['fay', '-2'],
        ['gus', 'Zoë 東京'],
      ],
    );
    expect(csv).toBe(
      '\uFEFFhandle,note\r\nana,plain\r\nbo,"says ""hi"", twice\nnew line"\r\ncy,"\'=HYPERLINK(""http://evil.example"",""x"")"\r\n' +
        "dee,'+1\r\neve,'@SUM(A1)\r\nfay,'-2\r\ngus,Zoë 東京\r\n",
    );
  });
});
