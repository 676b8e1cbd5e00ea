import { describe, expect, it } from 'vitest';

import {
  INSTAGRAM_RESERVED_PATHS,
  instagramHandleFromHref,
  normalizeHandle,
  profileUrl,
  tiktokHandleFromHref,
} from '../../src/domain/handle';

describe('normalizeHandle on Instagram', () => {
  it.each<[string, string | null]>([
    ['alice', 'alice'],
    ['Alice', 'alice'],
    ['@Alice', 'alice'],
    [' alice ', 'alice'],
    ['al.ice_99', 'al.ice_99'],
    ['a', 'a'],
    ['a'.repeat(30), 'a'.repeat(30)],
    ['https://www.instagram.com/alice/', 'alice'],
    ['https://www.instagram.com/Alice', 'alice'],
    ['http://instagram.com/alice', 'alice'],
    ['instagram.com/alice?hl=de', 'alice'],
    ['www.instagram.com/alice/#top', 'alice'],
    ['https://www.instagram.com/_u/alice', 'alice'],
    ['/alice/', 'alice'],
    ['', null],
    ['   ', null],
    ['@', null],
    ['@@alice', null],
    ['a'.repeat(31), null],
    ['al ice', null],
    ['al-ice', null],
    ['alice!', null],
    ['.', null],
    ['...', null],
    ['explore', null],
    ['p', null],
    ['Reels', null],
    ['https://www.instagram.com/', null],
    ['https://www.instagram.com/alice/followers/', null],
    ['https://www.instagram.com/p/ABC123/', null],
    ['https://www.instagram.com/explore/', null],
    ['https://www.tiktok.com/@alice', null],
    ['/@alice', null],
  ])('%j → %j', (input, expected) => {
    expect(normalizeHandle('instagram', input)).toBe(expected);
  });
});

describe('normalizeHandle on TikTok', () => {
  it.each<[string, string | null]>([
    ['alice', 'alice'],
    ['@Alice', 'alice'],
    ['ab', 'ab'],
    ['a'.repeat(24), 'a'.repeat(24)],
    ['explore', 'explore'],
    ['https://www.tiktok.com/@alice', 'alice'],
    ['https://www.tiktok.com/@Alice/?lang=en', 'alice'],
    ['tiktok.com/@alice', 'alice'],
    ['/@alice', 'alice'],
    ['a', null],
    ['a'.repeat(25), null],
    ['https://www.tiktok.com/alice', null],
    ['https://www.tiktok.com/@alice/video/123', null],
    ['https://www.instagram.com/alice/', null],
  ])('%j → %j', (input, expected) => {
    expect(normalizeHandle('tiktok', input)).toBe(expected);
  });
});

describe('instagramHandleFromHref', () => {
  it.each<[string, string | null]>([
    ['/alice/', 'alice'],
    ['/Alice/', 'alice'],
    ['/alice', 'alice'],
    ['/alice/?hl=de', 'alice'],
    ['https://www.instagram.com/alice/', 'alice'],
    ['/al.ice_99/', 'al.ice_99'],
    ['/' + 'a'.repeat(30) + '/', 'a'.repeat(30)],
    ['/' + 'a'.repeat(31) + '/', null],
    ['', null],
    ['/', null],
    ['https://instagram.com/alice/', null],
    ['http://www.instagram.com/alice/', null],
    ['/alice/followers/', null],
    ['/_u/alice', null],
    ['/@alice', null],
    ['/al ice/', null],
    ['/.../', null],
  ])('%j → %j', (href, expected) => {
    expect(instagramHandleFromHref(href)).toBe(expected);
  });

  it.each([...INSTAGRAM_RESERVED_PATHS])('rejects the reserved path /%s/', (path) => {
    expect(instagramHandleFromHref(`/${path}/`)).toBeNull();
  });

  it('reserves the paths Instagram is known to use', () => {
    for (const path of ['explore', 'reels', 'reel', 'p', 'stories', 'accounts', 'direct', 'about', 'legal']) {
      expect(INSTAGRAM_RESERVED_PATHS.has(path)).toBe(true);
    }
  });
});

describe('tiktokHandleFromHref', () => {
  it.each<[string, string | null]>([
    ['/@alice', 'alice'],
    ['/@Alice/', 'alice'],
    ['/@alice?lang=en', 'alice'],
    ['https://www.tiktok.com/@alice', 'alice'],
    ['/@al.ice_99', 'al.ice_99'],
    ['/alice', null],
    ['/@a', null],
    ['/@' + 'a'.repeat(25), null],
    ['/@alice/video/1', null],
    ['/@al-ice', null],
  ])('%j → %j', (href, expected) => {
    expect(tiktokHandleFromHref(href)).toBe(expected);
  });
});

describe('bare profile paths, read without a URL parse', () => {
  // What a parse against the origin makes of each: the path it would read the handle from.
  const resolved = (href: string, origin: string) => new URL(href, origin).pathname;
  it.each(['/alice/', '/Al.ice_9', '/../', '/./', '/a..b/', '/.alice', '/..', '/.'])(
    'instagram %j',
    (href) => {
      expect(instagramHandleFromHref(href)).toBe(
        instagramHandleFromHref(`https://www.instagram.com${resolved(href, 'https://www.instagram.com')}`),
      );
    },
  );
  it.each(['/@alice', '/@Al.ice_9/', '/@..', '/@.', '/@a..b'])('tiktok %j', (href) => {
    expect(tiktokHandleFromHref(href)).toBe(
      tiktokHandleFromHref(`https://www.tiktok.com${resolved(href, 'https://www.tiktok.com')}`),
    );
  });
});

describe('profileUrl', () => {
  it.each([
    ['instagram', 'alice', 'https://www.instagram.com/alice/'],
    ['tiktok', 'alice', 'https://www.tiktok.com/@alice'],
  ] as const)('%s %s → %s', (platform, handle, expected) => {
    expect(profileUrl(platform, handle)).toBe(expected);
  });

  it.each(['alice', 'al.ice_99'])('round-trips %s through the href readers', (handle) => {
    expect(instagramHandleFromHref(profileUrl('instagram', handle))).toBe(handle);
    expect(tiktokHandleFromHref(profileUrl('tiktok', handle))).toBe(handle);
  });
});
