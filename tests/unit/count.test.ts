import { describe, expect, it } from 'vitest';

import { parseCount, parseOgDescriptionCounts } from '../../src/domain/count';
import type { CountReading } from '../../src/domain/types';

const exact = (value: number): CountReading => ({ value, unit: 1 });

describe('parseCount', () => {
  it.each<[string, CountReading]>([
    ['0', exact(0)],
    ['7', exact(7)],
    ['1234', exact(1234)],
    ['1,234', exact(1234)],
    ['1.234', exact(1234)],
    ['1 234', exact(1234)],
    ['1\u00A0234', exact(1234)],
    ['1\u202F234', exact(1234)],
    ["1'234", exact(1234)],
    ['1\u2019234', exact(1234)],
    ['12,345', exact(12345)],
    ['1,234,567', exact(1234567)],
    ['1.234.567', exact(1234567)],
    ['12\u202F345\u202F678', exact(12345678)],
    ['2,000,000,000', exact(2_000_000_000)],
  ])('reads the exact count %j', (text, expected) => {
    expect(parseCount(text)).toEqual(expected);
  });

  it.each<[string, CountReading]>([
    ['12.3K', { value: 12_300, unit: 100 }],
    ['12.3k', { value: 12_300, unit: 100 }],
    ['12K', { value: 12_000, unit: 1000 }],
    ['12.30K', { value: 12_300, unit: 10 }],
    ['0.5K', { value: 500, unit: 100 }],
    ['1,2 M', { value: 1_200_000, unit: 100_000 }],
    ['1.2M', { value: 1_200_000, unit: 100_000 }],
    ['1.25M', { value: 1_250_000, unit: 10_000 }],
    ['3M', { value: 3_000_000, unit: 1_000_000 }],
    ['12,3 mil', { value: 12_300, unit: 100 }],
    ['1,2 mi', { value: 1_200_000, unit: 100_000 }],
    ['1,2 rb', { value: 1200, unit: 100 }],
    ['1,2 jt', { value: 1_200_000, unit: 100_000 }],
    ['12,3 Tsd.', { value: 12_300, unit: 100 }],
    ['1,2 Mio.', { value: 1_200_000, unit: 100_000 }],
    ['12,3\u202Fk', { value: 12_300, unit: 100 }],
    ['1,2\u00A0M', { value: 1_200_000, unit: 100_000 }],
    ['12,3 тыс.', { value: 12_300, unit: 100 }],
    ['1,2 млн', { value: 1_200_000, unit: 100_000 }],
    ['12,3 mila', { value: 12_300, unit: 100 }],
    ['1,2 mln', { value: 1_200_000, unit: 100_000 }],
    ['12,3 tys.', { value: 12_300, unit: 100 }],
    ['1.2万', { value: 12_000, unit: 1000 }],
    ['1.2萬', { value: 12_000, unit: 1000 }],
    ['1234.5万', { value: 12_345_000, unit: 1000 }],
    ['1.2億', { value: 120_000_000, unit: 10_000_000 }],
    ['1.2亿', { value: 120_000_000, unit: 10_000_000 }],
    ['1.2만', { value: 12_000, unit: 1000 }],
    ['1.2천', { value: 1200, unit: 100 }],
    ['1,2 Mn', { value: 1_200_000, unit: 100_000 }],
    // Turkish "bin", not billion: see WORD_MULTIPLIERS.
    ['12,3 B', { value: 12_300, unit: 100 }],
    ['1.2 lakh', { value: 120_000, unit: 10_000 }],
    ['١٢٫٣ ألف', { value: 12_300, unit: 100 }],
    ['۱٫۲ میلیون', { value: 1_200_000, unit: 100_000 }],
  ])('reads the abbreviated count %j', (text, expected) => {
    expect(parseCount(text)).toEqual(expected);
  });

  it.each<[string, CountReading]>([
    ['1,234 followers', exact(1234)],
    ['Followers 12.3K', { value: 12_300, unit: 100 }],
    ['12,3 mil seguidores', { value: 12_300, unit: 100 }],
    ['1.2万粉丝', { value: 12_000, unit: 1000 }],
    ['팔로워 1,234명', exact(1234)],
    ['5 Beiträge', exact(5)],
    ['12.3K followers · 340 following', { value: 12_300, unit: 100 }],
    ['\u200F12.3K\u200E', { value: 12_300, unit: 100 }],
    ['1\u200B234', exact(1234)],
    ['\u2066١٢٫٣ ألف\u2069 متابع', { value: 12_300, unit: 100 }],
    ['١٬٢٣٤', exact(1234)],
    ['۱۲۳۴۵', exact(12345)],
    ['\uFEFF+1,234', exact(1234)],
  ])('extracts the first count from %j', (text, expected) => {
    expect(parseCount(text)).toEqual(expected);
  });
});

describe('parseOgDescriptionCounts', () => {
  it.each<[string, ReturnType<typeof parseOgDescriptionCounts>]>([
    [
      '12K Followers, 340 Following, 56 Posts - See Instagram photos and videos from Alice (@alice)',
      { followers: { value: 12_000, unit: 1000 }, following: exact(340) },
    ],
    [
      '1,234 Followers, 1,001 Following, 7 Posts - See Instagram photos and videos from Bob (@bob)',
      { followers: exact(1234), following: exact(1001) },
    ],
    [
      '1.2M Followers, 0 Following, 3,210 Posts - See Instagram photos and videos from Carol (@carol)',
      { followers: { value: 1_200_000, unit: 100_000 }, following: exact(0) },
    ],
    ['1 Follower, 2 Following, 0 Posts', { followers: exact(1), following: exact(2) }],
    ['12K seguidores, 340 seguidos, 56 publicaciones', { followers: null, following: null }],
    ['See Instagram photos and videos from Alice', { followers: null, following: null }],
    ['', { followers: null, following: null }],
  ])('reads %j', (content, expected) => {
    expect(parseOgDescriptionCounts(content)).toEqual(expected);
  });
});
