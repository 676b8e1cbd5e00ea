import { type LossSpike, lossSpikes, type LossWindow, type LostAccount } from '../../domain/loss-spikes';
import type { LedgerSnapshot } from '../../storage/ledger-reader';

/**
 * The change windows of the followers list: one per complete capture after the first (only a complete
 * capture proves a loss). "No display name" counts only for someone a page capture read last: a
 * download never carries names, so its silence proves nothing.
 */
export function lossWindows({ captures, events }: Pick<LedgerSnapshot, 'captures' | 'events'>): LossWindow[] {
  const complete = captures
    .filter((capture) => capture.list === 'followers' && capture.complete && capture.endedAt !== null)
    .sort((a, b) => (a.endedAt ?? 0) - (b.endedAt ?? 0));
  const readFromPage = new Set(
    captures
      .filter((capture) => capture.list === 'followers' && capture.source !== 'import')
      .map((c) => c.endedAt),
  );
  // Grouped once: a year of daily captures against every change would otherwise be read 365 times.
  const lostBy = new Map<number, LostAccount[]>();
  for (const event of events) {
    if (event.kind !== 'lost-follower') continue;
    const nameSeen = !event.nameless ? true : readFromPage.has(event.after) ? false : null;
    const lost = lostBy.get(event.before) ?? [];
    lost.push({ handle: event.handle, nameSeen });
    lostBy.set(event.before, lost);
  }
  return complete.slice(1).map((capture, index) => {
    const before = capture.endedAt ?? 0;
    return { after: complete[index].endedAt ?? 0, before, lost: lostBy.get(before) ?? [] };
  });
}

export function ledgerSpikes(ledger: Pick<LedgerSnapshot, 'captures' | 'events'>): LossSpike[] {
  return lossSpikes(lossWindows(ledger));
}
