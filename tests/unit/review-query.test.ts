import { describe, expect, it } from 'vitest';

import {
  createKeyIndex,
  DEFAULT_QUERY,
  filterEntries,
  lazySearchKeys,
  reviewedCount,
  type ReviewQuery,
  searchKey,
  sortEntries,
} from '../../src/ui/review-query';
import type { ReviewEntry } from '../../src/ui/review-views';

const entry = (
  handle: string,
  extra: {
    name?: string;
    verified?: boolean;
    firstSeen?: number;
    before?: number;
    reviewedAt?: number;
    tags?: string[];
  } = {},
): ReviewEntry => ({
  handle,
  member: {
    handle,
    displayName: extra.name,
    verified: extra.verified,
    firstSeen: extra.firstSeen ?? 0,
    lastSeen: 0,
  },
  event:
    extra.before === undefined
      ? undefined
      : { handle, kind: 'new-follower', after: 0, before: extra.before, accountId: 'x' },
  person:
    extra.reviewedAt || extra.tags
      ? { accountId: 'x', handle, reviewedAt: extra.reviewedAt, tags: extra.tags }
      : undefined,
});

const people = [
  entry('jose.m', { name: 'José Martín', firstSeen: 3, before: 30 }),
  entry('elodie', {
    name: 'ÉLODIE',
    verified: true,
    firstSeen: 1,
    before: 10,
    reviewedAt: 5,
    tags: ['brand'],
  }),
  entry('zoe_k', { name: 'Zoë K', firstSeen: 2, before: 20, tags: ['creator', 'brand'] }),
  entry('anon', { firstSeen: 4, before: 20 }),
];
const run = (partial: Partial<ReviewQuery>) => {
  const query = { ...DEFAULT_QUERY, ...partial };
  const sorted = sortEntries(people, query.sort);
  return filterEntries(sorted, lazySearchKeys(sorted, createKeyIndex()), query).map((e) => e.handle);
};

describe('review query', () => {
  it.each([
    ['jose', ['jose.m']],
    ['José', ['jose.m']],
    ['MARTIN', ['jose.m']],
    ['elodie', ['elodie']],
    ['zoe', ['zoe_k']],
    ['\u200bzoe', ['zoe_k']],
    ['o', ['jose.m', 'zoe_k', 'anon', 'elodie']],
    ['nobody', []],
  ])('search %j finds %j (accent- and case-insensitive, handle and name)', (search, expected) => {
    expect(run({ search, sort: 'change' }).sort()).toEqual([...expected].sort());
  });

  it("sorts by name, by newest change, and by first seen; ties keep the list's order", () => {
    expect(run({ sort: 'name' })).toEqual(['anon', 'elodie', 'jose.m', 'zoe_k']);
    expect(run({ sort: 'change' })).toEqual(['jose.m', 'zoe_k', 'anon', 'elodie']);
    expect(run({ sort: 'firstSeen' })).toEqual(['elodie', 'zoe_k', 'jose.m', 'anon']);
  });

  it('filters by reviewed, tag, untagged and verified', () => {
    expect(run({ reviewed: 'reviewed' })).toEqual(['elodie']);
    expect(run({ reviewed: 'not-reviewed', sort: 'name' })).toEqual(['anon', 'jose.m', 'zoe_k']);
    expect(run({ tag: 'brand', sort: 'name' })).toEqual(['elodie', 'zoe_k']);
    expect(run({ tag: '-', sort: 'name' })).toEqual(['anon', 'jose.m']);
    expect(run({ verifiedOnly: true })).toEqual(['elodie']);
  });

  it('counts the reviewed', () => {
    expect(reviewedCount(people)).toBe(1);
  });

  it('folds accents and case in search keys', () => {
    expect(searchKey('Ǆemal ÅSE Çelik')).toBe('dzemal ase celik');
  });

  it('folds search keys only once a search needs them, and then once', () => {
    let folded = 0;
    const sorted = sortEntries(people, 'name');
    const keys = lazySearchKeys(sorted, (candidate) => {
      folded++;
      return searchKey(candidate.handle);
    });
    expect(filterEntries(sorted, keys, DEFAULT_QUERY)).toHaveLength(people.length);
    expect(folded).toBe(0);
    expect(filterEntries(sorted, keys, { ...DEFAULT_QUERY, search: 'zoe' }).map((e) => e.handle)).toEqual([
      'zoe_k',
    ]);
    filterEntries(sorted, keys, { ...DEFAULT_QUERY, search: 'zo' });
    expect(folded).toBe(people.length);
  });
});
