import { useMemo, useState } from 'preact/hooks';

import { localDay } from '../../domain/daily';
import type { HistoryDay } from '../../domain/history-series';
import type { LedgerEvent } from '../../domain/ledger';
import { isPeriod, periodReport } from '../../domain/period-report';
import type { ListKind } from '../../domain/types';
import { t } from '../../i18n/translate';
import { endedByText, exportReportCsv, exportReportPng, reportDay, reportLines } from './report-export';

const DAY_MS = 86_400_000;
const lastDays = (count: number) => ({
  from: localDay(Date.now() - (count - 1) * DAY_MS),
  to: localDay(Date.now()),
});

/**
 * A report for a week, a month or any range: followers gained, lost and net, churn, lost friends and
 * who ended each, the biggest days; exported as CSV, or as a PNG of the chart with the numbers.
 */
export function PeriodReportView({
  days,
  events,
  renames,
  account,
  chart,
}: {
  days: HistoryDay[];
  events: readonly LedgerEvent[];
  /** Taken out of `events`: the report says how many fell in the period. */
  renames: readonly { list: ListKind; before: number }[];
  account: string;
  chart: () => HTMLCanvasElement | null;
}) {
  const [range, setRange] = useState(() => lastDays(7));
  const [draft, setDraft] = useState(range);
  const report = useMemo(
    () => periodReport(days, events, range.from, range.to, renames),
    [days, events, range, renames],
  );
  const valid = isPeriod(draft.from, draft.to);
  // A bad range is said, and the report stays the last good one.
  const edit = (next: { from: string; to: string }) => {
    setDraft(next);
    if (isPeriod(next.from, next.to)) setRange(next);
  };
  return (
    <section class="period-report" aria-label={t('reportTitle')}>
      <h2>{t('reportTitle')}</h2>
      <div class="report-range">
        <button type="button" class="secondary" onClick={() => edit(lastDays(7))}>
          {t('reportLastWeek')}
        </button>
        <button type="button" class="secondary" onClick={() => edit(lastDays(30))}>
          {t('reportLastMonth')}
        </button>
        <label>
          {t('reportFrom')}{' '}
          <input
            type="date"
            value={draft.from}
            onInput={(e) => edit({ ...draft, from: e.currentTarget.value })}
          />
        </label>
        <label>
          {t('reportTo')}{' '}
          <input
            type="date"
            value={draft.to}
            onInput={(e) => edit({ ...draft, to: e.currentTarget.value })}
          />
        </label>
      </div>
      {!valid && (
        <p class="problem" role="alert">
          {t('reportBadRange')}
        </p>
      )}
      <p class="muted">{t('reportFor', { from: reportDay(report.from), to: reportDay(report.to) })}</p>
      <dl class="report-numbers">
        {reportLines(report).map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {report.lostFriends.length > 0 && (
        <ul class="report-lost-friends" aria-label={t('reportLostFriends')}>
          {report.lostFriends.map((event) => (
            <li key={event.handle}>
              @{event.handle} · {endedByText(event.endedBy)}
            </li>
          ))}
        </ul>
      )}
      <h3>{t('reportBiggestDays')}</h3>
      {report.biggestDays.length === 0 ? (
        <p class="empty">{t('reportNoChanges')}</p>
      ) : (
        <ol class="report-days" aria-label={t('reportBiggestDays')}>
          {report.biggestDays.map((day) => (
            <li key={day.date}>
              {t('reportDayChanges', { day: reportDay(day.date), gained: day.gained, lost: day.lost })}
            </li>
          ))}
        </ol>
      )}
      <div class="page-links">
        <button type="button" class="secondary" onClick={() => exportReportCsv(report, account)}>
          {t('reportExportCsv')}
        </button>
        <button type="button" class="secondary" onClick={() => exportReportPng(report, account, chart())}>
          {t('reportExportPng')}
        </button>
      </div>
    </section>
  );
}
