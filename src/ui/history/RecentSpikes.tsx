import { useMemo } from 'preact/hooks';

import type { LedgerSnapshot } from '../../storage/ledger-reader';
import { ledgerSpikes } from './loss-windows';
import { LossSpikes } from './LossSpikes';

const RECENT_MS = 30 * 86_400_000;

/** The popup's flag for loss spikes of the last 30 days; older ones stay in the history. */
export function RecentSpikes({ ledger }: { ledger: LedgerSnapshot }) {
  const recent = useMemo(
    () => ledgerSpikes(ledger).filter((spike) => spike.before >= Date.now() - RECENT_MS),
    [ledger],
  );
  return <LossSpikes spikes={recent} platform={ledger.account.platform} />;
}
