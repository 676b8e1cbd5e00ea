/**
 * What the extension adds to the page's main thread while a person scrolls, measured black-box: the
 * same fast wheel through the same mock followers list in a browser with the extension and in one
 * without, in pairs, comparing the CPU time of the page's renderer main thread (from a trace: the
 * thread time of its top-level tasks) as a share of the wall time each scroll took. Whatever the
 * content script does (reading rows, sending batches, drawing its overlay, the browser's own work for
 * them) is in the difference. CPU time, not the tasks' wall time (CDP's TaskDuration): on a machine
 * shared with other work a task's wall time also counts the time its thread waited for a core, which
 * varies from run to run far more than the extension's whole cost.
 */
import { type BrowserContext, chromium } from '@playwright/test';

import { serveInstagram } from '../tests/e2e/mock-instagram/server';
import { plainChromium, withExtension } from '../tests/e2e/support/chromium';

const ME = 'bench.me';
/** SITES.md: the mock's default "Suggested for you" rows come after the list's end. */
const AFTER_THE_END = 'a[href="/maren.holt/"]';

/** One scroll through the list: the page's main-thread CPU time, the wall time it took, and wheel turns. */
export interface Scroll {
  cpuMs: number;
  wallMs: number;
  turns: number;
}

export interface ScrollPair {
  on: Scroll;
  off: Scroll;
}

/**
 * The main-thread time the extension added, as a share of the wall time the person scrolled with it, in
 * %: a difference of times, not of shares, since a scroll the extension slowed spreads the page's own
 * work over more wall time.
 */
export const addedShare = ({ on, off }: ScrollPair) => ((on.cpuMs - off.cpuMs) / on.wallMs) * 100;

async function scrollOnce(context: BrowserContext, rows: number): Promise<Scroll> {
  const followers = Array.from({ length: rows }, (_, i) => ({ handle: `fan_${i}`, name: `Fan ${i}` }));
  await serveInstagram(context, () => ({ me: ME, followers, following: [], loadDelayMs: 30 }));
  const page = await context.newPage();
  await page.goto(`https://www.instagram.com/${ME}/`);
  await page.locator(`a[href="/${ME}/followers/"]`).first().click();
  const dialog = page
    .locator('div[role="dialog"]:not([aria-hidden="true"])')
    .filter({ has: page.locator('input') });
  const box = (await dialog.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.65);
  await page.waitForTimeout(500);
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    // toplevel: every task with its thread time; devtools.timeline: which process renders the page.
    traceConfig: { includedCategories: ['toplevel', 'disabled-by-default-devtools.timeline', '__metadata'] },
    transferMode: 'ReportEvents',
  });
  const started = performance.now();
  let turn = 0;
  for (; ; turn++) {
    await page.mouse.wheel(0, 1200);
    await page.waitForTimeout(30);
    if (turn % 10 === 9 && (await dialog.locator(AFTER_THE_END).count())) break;
    if (turn > rows) throw new Error('the mock list never reached its end');
  }
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  const wall = performance.now() - started;
  await complete;
  const cpuMs = mainThreadCpu(events, `https://www.instagram.com/${ME}/`);
  await page.close();
  return { cpuMs, wallMs: wall, turns: turn + 1 };
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args: { name?: string; data?: { frames?: { processId: number; url: string }[] } };
}

/** Milliseconds of CPU time the renderer main thread of the page at `url` spent in its top-level tasks. */
function mainThreadCpu(events: TraceEvent[], url: string): number {
  const frames = events.find((event) => event.name === 'TracingStartedInBrowser')?.args.data?.frames ?? [];
  const pid = frames.find((frame) => frame.url === url)?.processId;
  const main = events.find(
    (event) => event.name === 'thread_name' && event.pid === pid && event.args.name === 'CrRendererMain',
  );
  if (!main) throw new Error(`no renderer main thread for ${url} in the trace`);
  const slices = events
    .filter((event) => event.pid === pid && event.tid === main.tid && event.ph === 'X')
    .sort((a, b) => a.ts - b.ts);
  let cpu = 0;
  let coveredUntil = -Infinity;
  for (const slice of slices) {
    // A slice inside another (a task's own steps) is already in the task's thread time.
    if (slice.ts < coveredUntil) continue;
    coveredUntil = slice.ts + (slice.dur ?? 0);
    cpu += slice.tdur ?? 0;
  }
  return cpu / 1000;
}

/** `pairs` scrolls with the extension and without, alternating, each browser fresh. */
export async function scrollCost(extension: string, rows: number, pairs: number): Promise<ScrollPair[]> {
  const results: ScrollPair[] = [];
  for (let pair = 0; pair < pairs; pair++) {
    const scrolls: Partial<ScrollPair> = {};
    for (const side of pair % 2 ? (['off', 'on'] as const) : (['on', 'off'] as const)) {
      const options = side === 'on' ? withExtension(extension) : plainChromium();
      const context = await chromium.launchPersistentContext('', options);
      try {
        if (side === 'on') {
          // The extension's worker first, so its start is not counted against the scroll.
          if (!context.serviceWorkers().length)
            await context.waitForEvent('serviceworker', { timeout: 120_000 });
        }
        scrolls[side] = await scrollOnce(context, rows);
      } finally {
        await context.close();
      }
    }
    const done = scrolls as ScrollPair;
    results.push(done);
    const said = ({ cpuMs, wallMs, turns }: Scroll) =>
      `${Math.round(cpuMs)} ms CPU over ${Math.round(wallMs)} ms, ${turns} turns`;
    console.error(`scroll pair ${pair + 1}: with ${said(done.on)}; without ${said(done.off)}`);
  }
  return results;
}
