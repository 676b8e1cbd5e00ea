/** The benchmark's table: each figure with its median, the spread of its runs, its target and baseline. */
export interface Figure {
  figure: string;
  value: string;
  /** min–max over the runs of a time figure, with how many there were. */
  spread: string;
  target: string;
  baseline?: string;
  ratio?: string;
  met?: boolean;
}

export const figures: Figure[] = [];

export const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
export const ms = (value: number) =>
  value >= 10_000
    ? `${(value / 1000).toFixed(1)} s`
    : `${value < 10 ? value.toFixed(2) : Math.round(value)} ms`;
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
export const percent = (value: number) => `${value.toFixed(2)} %`;

/** "min–max (n runs)", or "one run": a median alone hides how noisy a shared machine is. */
export function spreadOf(runs: readonly number[], unit: (v: number) => string): string {
  if (runs.length < 2) return 'one run';
  const [low, high] = [unit(Math.min(...runs)), unit(Math.max(...runs))];
  const suffix = / \S+$/.exec(low)?.[0] ?? '';
  const lowNumber = suffix && high.endsWith(suffix) ? low.slice(0, -suffix.length) : low;
  return `${lowNumber}–${high} (${runs.length} runs)`;
}

/**
 * One figure from its runs (a size is one run and shows no spread). The baseline is shown as how many
 * times less the figure is, or, with `ratioTarget`, as the figure's multiple of it, judged against that.
 */
export function record(
  figure: string,
  runs: number | readonly number[],
  unit: (v: number) => string,
  target: number | null,
  options: { baseline?: number; ratioTarget?: number } = {},
) {
  const values = typeof runs === 'number' ? [runs] : runs;
  const value = median(values);
  const { baseline, ratioTarget } = options;
  let ratio: string | undefined;
  let met = target === null ? undefined : value <= target;
  if (baseline !== undefined && ratioTarget !== undefined) {
    ratio = `${(value / baseline).toFixed(2)}× (≤ ${ratioTarget}×)`;
    met = value / baseline <= ratioTarget;
  } else if (baseline !== undefined) ratio = `${(baseline / value).toFixed(1)}× less`;
  figures.push({
    figure,
    value: unit(value),
    spread: typeof runs === 'number' ? '—' : spreadOf(values, unit),
    target: target === null ? (ratioTarget ? `≤ ${ratioTarget}× baseline` : '—') : `≤ ${unit(target)}`,
    baseline: baseline === undefined ? undefined : unit(baseline),
    ratio,
    met,
  });
  // The table comes at the end of a long run: each figure is also said as it is measured.
  const { value: shown, spread, ratio: against } = figures.at(-1)!;
  console.error(`${figure}: ${shown} (${spread})${against ? `, ${against}` : ''}`);
}

export function table(title: string, judged: boolean): string[] {
  return [
    title,
    '',
    '| figure | median | min–max | target | baseline, same run | vs baseline |',
    '|---|---|---|---|---|---|',
    ...figures.map(
      (f) =>
        `| ${f.figure} | ${f.value}${judged && f.met === false ? ' ✗' : ''} | ${f.spread} | ${f.target} | ${f.baseline ?? '—'} | ${f.ratio ?? '—'} |`,
    ),
  ];
}
