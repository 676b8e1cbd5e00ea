import { useCallback, useMemo, useRef, useState } from 'preact/hooks';

import { localDay, startOfLocalDay } from '../../domain/daily';
import { profileUrl } from '../../domain/handle';
import { historyDays } from '../../domain/history-series';
import type { EventKind } from '../../domain/ledger';
import type { Platform } from '../../domain/types';
import { changesOfKind } from '../../domain/views';
import type { MessageKey } from '../../i18n/translatable';
import { t } from '../../i18n/translate';
import type { LedgerSnapshot } from '../../storage/ledger-reader';
import { formatCoverage, formatDay, listTitle } from '../../wording/format';
import { HistoryTable } from '../history/HistoryTable';
import { ledgerSpikes } from '../history/loss-windows';
import { LossSpikes } from '../history/LossSpikes';
import { PeriodReportView } from '../history/PeriodReport';
import { RenameList } from '../renames/RenameList';
import { Verdict } from './CaptureStatus';
import { DailyChart } from './DailyChart';

const KIND_LABELS = {
  'new-follower': 'viewNewFollowers',
  'lost-follower': 'viewLostFollowers',
  'new-friend': 'viewNewFriends',
  'lost-friend': 'viewLostFriends',
  followed: 'historyYouFollowed',
  unfollowed: 'historyYouUnfollowed',
} as const satisfies Record<EventKind, MessageKey>;

/**
 * The daily history: a chart with its loss spikes, the same numbers as a table, and for the day picked
 * on either, its changes and captures with their coverage.
 */
export function History({
  ledger,
  platform,
  onDecided,
}: {
  ledger: LedgerSnapshot;
  platform: Platform;
  onDecided: () => void;
}) {
  const [picked, setPicked] = useState<string | null>(null);
  const onPick = useCallback((date: string) => setPicked(date), []);
  const days = useMemo(() => historyDays(ledger.daily, ledger.events), [ledger]);
  const spikes = useMemo(() => ledgerSpikes(ledger), [ledger]);
  const chartBox = useRef<HTMLDivElement>(null);
  const flagged = useMemo(() => new Set(spikes.map((spike) => localDay(spike.before))), [spikes]);
  if (ledger.daily.length === 0) return <p class="empty">{t('historyEmpty')}</p>;
  const day = ledger.daily.find((point) => point.date === picked) ?? ledger.daily[ledger.daily.length - 1];
  const events = ledger.events.filter((event) => localDay(event.before) === day.date);
  const renames = ledger.renames.filter((pair) => localDay(pair.before) === day.date);
  const captures = ledger.captures.filter(
    (capture) => capture.endedAt !== null && localDay(capture.endedAt) === day.date,
  );

  return (
    <div class="history">
      <div ref={chartBox}>
        <DailyChart days={days} flagged={flagged} onPick={onPick} />
      </div>
      <LossSpikes spikes={spikes} platform={platform} />
      <HistoryTable days={days} flagged={flagged} picked={day.date} onPick={onPick} />
      <section
        class="day-detail"
        data-date={day.date}
        aria-label={t('historyChangesOn', { day: formatDay(startOfLocalDay(day.date)) })}
      >
        <h2>{formatDay(startOfLocalDay(day.date))}</h2>
        {captures.map((capture) => (
          <p key={capture.id} class="capture-status">
            {t('labelWithColon', { label: listTitle(capture.list) })}{' '}
            {t('coverageRead', { coverage: formatCoverage(capture.read, capture.header) })} ·{' '}
            <Verdict capture={capture} />
          </p>
        ))}
        {events.length === 0 && renames.length === 0 && <p class="empty">{t('historyNoChanges')}</p>}
        <RenameList renames={renames} accountId={ledger.account.id} onDecided={onDecided} />
        {(Object.keys(KIND_LABELS) as EventKind[]).map((kind) => {
          const ofKind = changesOfKind(events, kind);
          if (ofKind.length === 0) return null;
          return (
            <p key={kind} class="day-changes" data-kind={kind}>
              <strong>{t('labelWithColon', { label: t(KIND_LABELS[kind]) })}</strong>{' '}
              {ofKind.map((event, index) => (
                <span key={event.handle}>
                  {index > 0 && ', '}
                  <a href={profileUrl(platform, event.handle)} target="_blank" rel="noopener noreferrer">
                    @{event.handle}
                  </a>
                </span>
              ))}
            </p>
          );
        })}
      </section>
      <PeriodReportView
        days={days}
        events={ledger.events}
        renames={ledger.renames}
        account={`@${ledger.account.handle}`}
        chart={() => chartBox.current?.querySelector('canvas') ?? null}
      />
    </div>
  );
}
