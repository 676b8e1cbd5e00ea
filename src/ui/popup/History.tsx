import { useCallback, useState } from 'preact/hooks';
import { localDay, startOfLocalDay } from '../../domain/daily';
import { profileUrl } from '../../domain/handle';
import type { EventKind } from '../../domain/ledger';
import { changesOfKind } from '../../domain/views';
import type { Platform } from '../../domain/types';
import type { LedgerSnapshot } from '../../storage/ledger-reader';
import { capitalize, formatCount, formatCoverage, formatDay, LIST_LABEL } from '../format';
import { DailyChart } from './DailyChart';
import { Verdict } from './CaptureStatus';

const KIND_LABELS: Record<EventKind, string> = {
  'new-follower': 'New followers',
  'lost-follower': 'Lost followers',
  'new-friend': 'New friends',
  'lost-friend': 'Lost friends',
  followed: 'You followed',
  unfollowed: 'You unfollowed',
};

const sizeOrDash = (value: number | null) => (value === null ? '–' : formatCount(value));

/** The daily history: a chart, and for the day picked on it, its sizes, changes and captures with their coverage. */
export function History({ ledger, platform }: { ledger: LedgerSnapshot; platform: Platform }) {
  const [picked, setPicked] = useState<string | null>(null);
  const onPick = useCallback((date: string) => setPicked(date), []);
  if (ledger.daily.length === 0) return <p class="empty">No history yet: capture your lists to start it.</p>;
  const day = ledger.daily.find((point) => point.date === picked) ?? ledger.daily[ledger.daily.length - 1];
  const events = ledger.events.filter((event) => localDay(event.before) === day.date);
  const captures = ledger.captures.filter((capture) => capture.endedAt !== null && localDay(capture.endedAt) === day.date);

  return (
    <div class="history">
      <DailyChart points={ledger.daily} onPick={onPick} />
      <ol class="days" aria-label="Days">
        {[...ledger.daily].reverse().map((point) => (
          <li key={point.date}>
            <button type="button" class="day" data-date={point.date} aria-pressed={point.date === day.date} onClick={() => setPicked(point.date)}>
              {formatDay(startOfLocalDay(point.date))}: {sizeOrDash(point.followers)} followers · {sizeOrDash(point.following)} following ·{' '}
              {sizeOrDash(point.mutuals)} mutuals
            </button>
          </li>
        ))}
      </ol>
      <section class="day-detail" data-date={day.date} aria-label={`Changes on ${formatDay(startOfLocalDay(day.date))}`}>
        <h2>{formatDay(startOfLocalDay(day.date))}</h2>
        {captures.map((capture) => (
          <p key={capture.id} class="capture-status">
            {capitalize(LIST_LABEL[capture.list])}: {formatCoverage(capture.read, capture.header)} read · <Verdict capture={capture} />
          </p>
        ))}
        {events.length === 0 && <p class="empty">No changes recorded this day.</p>}
        {(Object.keys(KIND_LABELS) as EventKind[]).map((kind) => {
          const ofKind = changesOfKind(events, kind);
          if (ofKind.length === 0) return null;
          return (
            <p key={kind} class="day-changes" data-kind={kind}>
              <strong>{KIND_LABELS[kind]}:</strong>{' '}
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
    </div>
  );
}
