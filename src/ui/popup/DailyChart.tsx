import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { startOfLocalDay, type DailyPoint } from '../../domain/daily';
import { t } from '../../i18n/translate';
import { formatCount, formatDay } from '../format';
import { usePrefersDark } from '../use-prefers-dark';

const SERIES = [
  { key: 'followers', label: 'listFollowers', color: '--series-followers' },
  { key: 'following', label: 'listFollowing', color: '--series-following' },
  { key: 'mutuals', label: 'viewMutuals', color: '--series-mutuals' },
] as const;

/** Days are drawn at local noon (uPlot counts seconds), so a point sits in the middle of its day. */
const NOON_S = 12 * 60 * 60;
const DAY_S = 24 * 60 * 60;

/**
 * The daily sizes of both lists and their overlap, drawn with uPlot (small, canvas, fast at years of
 * points). A click on the chart picks the nearest day; the table beside it does the same by keyboard.
 */
export function DailyChart({ points, onPick }: { points: DailyPoint[]; onPick: (date: string) => void }) {
  const host = useRef<HTMLDivElement>(null);
  // The canvas takes the theme's colours when drawn: a switch of theme draws it again.
  const dark = usePrefersDark();
  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const style = getComputedStyle(element);
    const color = (name: string) => style.getPropertyValue(name).trim();
    const axis = { stroke: color('--muted'), grid: { stroke: color('--border'), width: 1 }, ticks: { stroke: color('--border') } };
    const plot = new uPlot(
      {
        width: element.clientWidth || 350,
        height: 150,
        series: [
          { label: t('chartDay'), value: (_plot, seconds) => (seconds === null ? t('notAvailable') : formatDay(seconds * 1000)) },
          ...SERIES.map((series) => ({
            label: t(series.label),
            value: (_plot: uPlot, size: number | null) => (size === null ? t('notAvailable') : formatCount(size)),
            stroke: color(series.color),
            width: 2,
            points: { size: 6 },
          })),
        ],
        axes: [
          // Whole days only: the points are days, hours between them would mean nothing.
          { ...axis, incrs: [DAY_S, 7 * DAY_S, 30 * DAY_S], values: (_plot, ticks) => ticks.map((tick) => formatDay(tick * 1000)) },
          { ...axis, size: 52, space: 24, values: (_plot, ticks) => ticks.map(formatCount) },
        ],
        scales: { x: { time: true } },
        cursor: { drag: { x: false, y: false } },
        legend: { show: true, live: true },
      },
      [points.map((point) => startOfLocalDay(point.date) / 1000 + NOON_S), ...SERIES.map((series) => points.map((point) => point[series.key]))],
      element,
    );
    const pick = () => {
      const index = plot.cursor.idx;
      if (index !== null && index !== undefined) onPick(points[index].date);
    };
    plot.over.addEventListener('click', pick);
    return () => plot.destroy();
  }, [points, onPick, dark]);
  return <div class="chart" ref={host} role="img" aria-label={t('chartLabel')} />;
}
