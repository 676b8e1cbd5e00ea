import { type FollowAge, followAge } from '../domain/follow-age';
import type { Member } from '../domain/ledger';
import type { LedgerSnapshot } from '../storage/ledger-reader';

/** How long the user has followed each member of their following list, on the evidence the ledger has. */
export function followAges(
  { captures }: Pick<LedgerSnapshot, 'captures'>,
  now: number,
): (member: Member) => FollowAge {
  const following = captures.filter((capture) => capture.list === 'following' && capture.endedAt !== null);
  const ends = new Set(following.map((capture) => capture.endedAt as number));
  const downloadEnds = following
    .filter((capture) => capture.source === 'import')
    .map((capture) => capture.endedAt as number);
  return (member) => followAge(member.firstSeen, ends, downloadEnds, now);
}
