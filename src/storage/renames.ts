import { followAge } from '../domain/follow-age';
import { type RenamePair, renamePairs } from '../domain/rename-pairing';
import type { ListKind } from '../domain/types';
import type { EventRecord } from './change-sets';
import type { CaptureRecord, PersonRecord } from './schema';

/** A likely rename as the surfaces show it: confirmed by the person, or still only likely. */
export interface Rename extends RenamePair {
  confirmed: boolean;
}

/**
 * Takes the likely renames out of a ledger's changes: the two accounts of a pair (and the friend changes
 * they brought in that set) are no longer one lost and one new, on every surface alike. A pair the
 * person split stays as its two changes and is not offered again. Worked out on read from the stored
 * change sets, so a decision or a better rule applies to the whole history at once.
 */
export function takeRenames(
  events: EventRecord[],
  captures: readonly CaptureRecord[],
  people: ReadonlyMap<string, PersonRecord>,
): { events: EventRecord[]; renames: Rename[] } {
  const followDate = followDates(captures);
  const followDateOf = (event: EventRecord) =>
    event.firstSeen === undefined ? undefined : followDate(listOf(event), event.firstSeen);
  const renames = renamePairs(events, followDateOf)
    .filter((pair) => !people.get(pair.to)?.notRenamedFrom?.includes(pair.from))
    .map((pair) => ({ ...pair, confirmed: people.get(pair.to)?.renamedFrom === pair.from }));
  if (renames.length === 0) return { events, renames };
  const taken = new Set(
    renames.flatMap((pair) => [`${pair.from}\n${pair.before}`, `${pair.to}\n${pair.before}`]),
  );
  return {
    events: events.filter((event) => !taken.has(`${event.handle}\n${event.before}`)),
    renames: renames.sort((a, b) => b.before - a.before || a.from.localeCompare(b.from)),
  };
}

const listOf = (event: EventRecord): ListKind =>
  event.kind === 'followed' || event.kind === 'unfollowed' ? 'following' : 'followers';

/** A first sighting that is really a download's follow date (the follow-age rule), else undefined. */
function followDates(captures: readonly CaptureRecord[]) {
  const ends = { followers: new Set<number>(), following: new Set<number>() };
  const downloads: Record<ListKind, number[]> = { followers: [], following: [] };
  for (const capture of captures) {
    if (capture.endedAt === null) continue;
    ends[capture.list].add(capture.endedAt);
    if (capture.source === 'import') downloads[capture.list].push(capture.endedAt);
  }
  return (list: ListKind, firstSeen: number) =>
    followAge(firstSeen, ends[list], downloads[list], firstSeen).basis === 'follow-date'
      ? firstSeen
      : undefined;
}
