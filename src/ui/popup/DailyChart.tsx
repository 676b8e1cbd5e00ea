import 'uplot/dist/uPlot.min.css';

import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';

import { startOfLocalDay } from '../../domain/daily';
import type { HistoryDay } from '../../domain/history-series';
import { t } from '../../i18n/translate';
import { formatCount, formatDay } from '../../wording/format';
import { DRAWN_BELOW, HISTORY_SERIES } from '../history/series';
import { usePrefersDark } from '../use-prefers-dark';

/** Days are drawn at local noon (uPlot counts seconds), so a point sits in the middle of its day. */
const NOON_S = 12 * 60 * 60;
const DAY_S = 24 * 60 * 60;

const BARS = {
  wide: uPlot.paths.bars!({ size: [0.7, 28] }),
  narrow: uPlot.paths.bars!({ size: [0.3, 12] }),
};

/**
 * The daily history drawn with uPlot (small, canvas, fast at years of points): list sizes as lines,
 * each day's changes as bars on their own scale (gains up, losses down), days without a capture as gaps.
 * A click on the chart picks the nearest day; the table below does the same by keyboard. The legend's
 * series are toggles a keyboard reaches too: the person picks what is drawn, and the pick outlives a
 * redraw. Flagged days (loss spikes) are shaded.
 */
export function DailyChart({
  days,
  flagged,
  onPick,
}: {
  days: HistoryDay[];
  flagged: ReadonlySet<string>;
  onPick: (date: string) => void;
}) {
  const host = useRef<HTMLDivElement>(null);
  const hidden = useRef(new Set<string>());
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
    const xs = days.map((day) => startOfLocalDay(day.date) / 1000 + NOON_S);
    const shade = (plot: uPlot) => {
      const { ctx, bbox } = plot;
      const half = Math.max(3, (plot.valToPos(DAY_S, 'x', true) - plot.valToPos(0, 'x', true)) / 2);
      ctx.save();
      ctx.fillStyle = color('--warn');
      ctx.globalAlpha = 0.18;
      days.forEach((day, index) => {
        if (flagged.has(day.date))
          ctx.fillRect(plot.valToPos(xs[index], 'x', true) - half, bbox.top, 2 * half, bbox.height);
      });
      ctx.restore();
    };
    const plot = new uPlot(
      {
        width: element.clientWidth || 350,
        height: 180,
        series: [
          {
            label: t('chartDay'),
            value: (_plot, seconds) => (seconds === null ? t('notAvailable') : formatDay(seconds * 1000)),
          },
          ...HISTORY_SERIES.map((series) => ({
            label: t(series.label),
            show: !hidden.current.has(series.id),
            scale: series.bar ? 'changes' : 'y',
            value: (_plot: uPlot, value: number | null) =>
              value === null ? t('notAvailable') : formatCount(Math.abs(value)),
            stroke: color(series.color),
            width: series.bar ? 1 : 2,
            ...(series.bar
              ? { paths: BARS[series.bar], fill: color(series.color), points: { show: false } }
              : { points: { size: 6 } }),
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
          {
            ...axis,
            scale: 'changes',
            side: 1,
            size: 40,
            space: 24,
            grid: { show: false },
            values: (_plot, ticks) => ticks.map((tick) => formatCount(Math.abs(tick))),
          },
        ],
        scales: { x: { time: true }, changes: { range: (_plot, min, max) => symmetric(min, max) } },
        cursor: { drag: { x: false, y: false } },
        legend: { show: true, live: true },
        hooks: {
          drawClear: [shade],
          setSeries: [
            (plot, index) => {
              if (index === null) return;
              const id = HISTORY_SERIES[index - 1].id;
              if (plot.series[index].show === false) hidden.current.add(id);
              else hidden.current.delete(id);
            },
          ],
        },
      },
      [
        xs,
        ...HISTORY_SERIES.map((series) =>
          days.map((day) => {
            const value = day[series.id];
            return value !== null && DRAWN_BELOW.has(series.id) ? -value : value;
          }),
        ),
      ],
      element,
    );
    const pick = () => {
      const index = plot.cursor.idx;
      if (index !== null && index !== undefined && days[index].captured) onPick(days[index].date);
    };
    plot.over.addEventListener('click', pick);
    // The drawing is the image; the legend beside it stays buttons and text a screen reader can use.
    const drawing = plot.root.querySelector('.u-wrap');
    drawing?.setAttribute('role', 'img');
    drawing?.setAttribute('aria-label', t('chartLabel'));
    keyboardLegend(plot);
    return () => plot.destroy();
  }, [days, flagged, onPick, dark]);
  return <div class="chart" ref={host} />;
}

/** Gains and losses share one zero line in the middle, whichever is larger. */
function symmetric(min: number | null, max: number | null): [number, number] {
  const reach = Math.max(1, Math.abs(min ?? 0), Math.abs(max ?? 0));
  return [-reach, reach];
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
