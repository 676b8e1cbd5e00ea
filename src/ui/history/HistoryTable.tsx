import { startOfLocalDay } from '../../domain/daily';
import type { HistoryDay } from '../../domain/history-series';
import { t } from '../../i18n/translate';
import { formatCount, formatDay } from '../../wording/format';
import { HISTORY_SERIES } from './series';

/**
 * The chart's numbers as a table, newest day first, in a region the keyboard scrolls; each captured
 * day's button opens that day's changes. A day without a capture says so instead of showing zeros.
 */
export function HistoryTable({
  days,
  flagged,
  picked,
  onPick,
}: {
  days: HistoryDay[];
  flagged: ReadonlySet<string>;
  picked: string;
  onPick: (date: string) => void;
}) {
  return (
    <div class="history-table" role="region" aria-label={t('historyTableLabel')} tabIndex={0}>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('chartDay')}</th>
            {HISTORY_SERIES.map((series) => (
              <th scope="col" key={series.id}>
                {t(series.label)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[...days].reverse().map((day) => (
            <tr key={day.date} data-date={day.date} class={flagged.has(day.date) ? 'flagged' : undefined}>
              <th scope="row">
                {day.captured ? (
                  <button
                    type="button"
                    class="day"
                    data-date={day.date}
                    aria-pressed={day.date === picked}
                    onClick={() => onPick(day.date)}
                  >
                    {formatDay(startOfLocalDay(day.date))}
                  </button>
                ) : (
                  formatDay(startOfLocalDay(day.date))
                )}
                {flagged.has(day.date) && <span class="flag">{t('spikeFlag')}</span>}
              </th>
              {day.captured ? (
                HISTORY_SERIES.map((series) => {
                  const value = day[series.id];
                  return (
                    <td key={series.id} data-series={series.id}>
                      {value === null ? t('notAvailable') : formatCount(value)}
                    </td>
                  );
                })
              ) : (
                <td class="muted" colSpan={HISTORY_SERIES.length}>
                  {t('historyNoCapture')}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
