import type { ReviewEntry } from './review-views';

export type SortKey = 'name' | 'change' | 'firstSeen';
export type ReviewedFilter = 'all' | 'reviewed' | 'not-reviewed';

export interface ReviewQuery {
  search: string;
  sort: SortKey;
  reviewed: ReviewedFilter;
  /** '' for any tag, '-' for untagged, else one tag. */
  tag: string;
  verifiedOnly: boolean;
}

export const DEFAULT_QUERY: ReviewQuery = {
  search: '',
  sort: 'change',
  reviewed: 'all',
  tag: '',
  verifiedOnly: false,
};

/** The query a list opens with: the only one a view's first rows answer before the whole view is read. */
export function isDefaultQuery(query: ReviewQuery): boolean {
  return (Object.keys(DEFAULT_QUERY) as (keyof ReviewQuery)[]).every(
    (key) => query[key] === DEFAULT_QUERY[key],
  );
}

/** Lower case without accents or invisible marks, so "Jose" finds "José" and "ÉLODIE" finds "elodie". */
export function searchKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g, '')
    .toLowerCase();
}

/**
 * An entry's searchable text, folded once per account and remembered, so a keystroke over 100,000
 * accounts only compares strings.
 */
export function createKeyIndex(): (entry: ReviewEntry) => string {
  const keys = new Map<string, string>();
  return (entry) => {
    const text = `${entry.handle} ${entry.member?.displayName ?? ''}`;
    let key = keys.get(text);
    if (key === undefined) {
      key = searchKey(text);
      keys.set(text, key);
    }
    return key;
  };
}

/** The search keys of `sorted`, in its order, folded on first use and then kept. */
export function lazySearchKeys(sorted: ReviewEntry[], keyOf: (entry: ReviewEntry) => string): () => string[] {
  let keys: string[] | undefined;
  return () => (keys ??= sorted.map(keyOf));
}

export function sortEntries(entries: ReviewEntry[], sort: SortKey): ReviewEntry[] {
  return [...entries].sort(COMPARE[sort]);
}

/**
 * Keeps the entries that match, in the order given. A list sorts once and filters on every keystroke:
 * filtering 100,000 keys is a few milliseconds, sorting them again would not be.
 */
export function filterEntries(
  sorted: ReviewEntry[],
  keysOf: () => string[],
  query: ReviewQuery,
): ReviewEntry[] {
  const needle = searchKey(query.search.trim());
  const keys = needle ? keysOf() : [];
  const shown: ReviewEntry[] = [];
  for (let index = 0; index < sorted.length; index++) {
    const entry = sorted[index];
    if (needle && !keys[index].includes(needle)) continue;
    const reviewed = entry.person?.reviewedAt !== undefined;
    if (query.reviewed === 'reviewed' && !reviewed) continue;
    if (query.reviewed === 'not-reviewed' && reviewed) continue;
    const tags = entry.person?.tags ?? [];
    if (query.tag === '-' ? tags.length > 0 : query.tag && !tags.includes(query.tag)) continue;
    if (query.verifiedOnly && !entry.member?.verified) continue;
    shown.push(entry);
  }
  return shown;
}

const byName = (a: ReviewEntry, b: ReviewEntry) => (a.handle < b.handle ? -1 : a.handle > b.handle ? 1 : 0);
const changedAt = (entry: ReviewEntry) => entry.event?.before ?? entry.member?.firstSeen ?? 0;

/**
 * Ties keep the order given, which is the list's own: the site lists the newest follows first, and a
 * capture reads a whole list at one time, so most of a big list ties. Numbers only, no string compare,
 * and the stored order is already in runs: sorting 100,000 takes a few milliseconds, not a hundred.
 */
const COMPARE: Record<SortKey, (a: ReviewEntry, b: ReviewEntry) => number> = {
  name: byName,
  // Newest change first; in a current-state view, the newest arrival.
  change: (a, b) => changedAt(b) - changedAt(a),
  // The follow date the ledger knows: when a capture first saw them in the list.
  firstSeen: (a, b) => (a.member?.firstSeen ?? Infinity) - (b.member?.firstSeen ?? Infinity),
};

/** "34 of 210 reviewed". */
export function reviewedCount(entries: ReviewEntry[]): number {
  return entries.reduce((count, entry) => count + (entry.person?.reviewedAt !== undefined ? 1 : 0), 0);
}
