import 'uplot/dist/uPlot.min.css';

import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';

import { type DailyPoint, startOfLocalDay } from '../../domain/daily';
import { t } from '../../i18n/translate';
import { formatCount, formatDay } from '../../wording/format';
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
 * points). A click on the chart picks the nearest day; the table beside it does the same by keyboard,
 * and the legend's series are toggles a keyboard reaches too.
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
    const axis = {
      stroke: color('--muted'),
      grid: { stroke: color('--border'), width: 1 },
      ticks: { stroke: color('--border') },
    };
    const plot = new uPlot(
      {
        width: element.clientWidth || 350,
        height: 150,
        series: [
          {
            label: t('chartDay'),
            value: (_plot, seconds) => (seconds === null ? t('notAvailable') : formatDay(seconds * 1000)),
          },
          ...SERIES.map((series) => ({
            label: t(series.label),
            value: (_plot: uPlot, size: number | null) =>
              size === null ? t('notAvailable') : formatCount(size),
            stroke: color(series.color),
            width: 2,
            points: { size: 6 },
          })),
        ],
        axes: [
          // Whole days only: the points are days, hours between them would mean nothing.
          {
            ...axis,
            incrs: [DAY_S, 7 * DAY_S, 30 * DAY_S],
            values: (_plot, ticks) => ticks.map((tick) => formatDay(tick * 1000)),
          },
          { ...axis, size: 52, space: 24, values: (_plot, ticks) => ticks.map(formatCount) },
        ],
        scales: { x: { time: true } },
        cursor: { drag: { x: false, y: false } },
        legend: { show: true, live: true },
      },
      [
        points.map((point) => startOfLocalDay(point.date) / 1000 + NOON_S),
        ...SERIES.map((series) => points.map((point) => point[series.key])),
      ],
      element,
    );
    const pick = () => {
      const index = plot.cursor.idx;
      if (index !== null && index !== undefined) onPick(points[index].date);
    };
    plot.over.addEventListener('click', pick);
    // The drawing is the image; the legend beside it stays buttons and text a screen reader can use.
    const drawing = plot.root.querySelector('.u-wrap');
    drawing?.setAttribute('role', 'img');
    drawing?.setAttribute('aria-label', t('chartLabel'));
    keyboardLegend(plot);
    return () => plot.destroy();
  }, [points, onPick, dark]);
  return <div class="chart" ref={host} />;
}

/**
 * uPlot's legend hides or shows a series on a click on its label, which a keyboard can't reach: each
 * label becomes a toggle button that says whether its line is drawn.
 */
function keyboardLegend(plot: uPlot) {
  const labels = plot.root.querySelectorAll<HTMLElement>('.u-legend .u-series > th');
  labels.forEach((label, index) => {
    if (index === 0) return; // The day under the cursor, not a series.
    const showPressed = () => label.setAttribute('aria-pressed', String(plot.series[index].show !== false));
    label.tabIndex = 0;
    label.setAttribute('role', 'button');
    // Without it, the name would end in the colon uPlot's style puts after each label.
    label.setAttribute('aria-label', String(plot.series[index].label));
    showPressed();
    label.addEventListener('click', showPressed);
    label.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      label.click();
    });
  });
}
