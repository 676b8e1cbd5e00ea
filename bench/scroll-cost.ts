/**
 * What the extension adds to the page's main thread while a person scrolls, measured black-box: the
 * same fast wheel through the same mock followers list, once where the extension's content script runs
 * and once where it does not, comparing the CPU time of each page's renderer main thread (from Linux's
 * /proc, read before and after the scroll). Whatever the content script does (reading rows, sending
 * batches, drawing its overlay, the browser's own work for them) is in the difference. Control pairs
 * run the same with the extension in neither page: what they show is the instrument's own noise.
 *
 * Both pages are open in the same browser, at two addresses of the same mock: the one the extension
 * matches and one it doesn't. The wheel turns them in alternating stretches of a few turns, so a
 * machine that slows down or speeds up meanwhile (other work, clock, caches) slows both alike: scrolls
 * in separate browsers a minute apart differed by more than the extension's whole cost. CPU time, not
 * the tasks' wall time (CDP's TaskDuration), for the same reason: a task's wall time also counts the
 * time its thread waited for a core.
 */
import { readFile } from 'node:fs/promises';

import { type BrowserContext, chromium } from '@playwright/test';

import { serveInstagram } from '../tests/e2e/mock-instagram/server';
import { withExtension } from '../tests/e2e/support/chromium';

const ME = 'bench.me';
const WITH = 'https://www.instagram.com';
/** The same mock where the extension does not run: its content script matches www.instagram.com alone. */
const WITHOUT = 'https://instagram.mock.invalid';
/** A second address where it does not run either, for pairs that measure the instrument's own noise. */
const WITHOUT_TOO = 'https://instagram-too.mock.invalid';
/** SITES.md: the mock's default "Suggested for you" rows come after the list's end. */
const AFTER_THE_END = 'a[href="/maren.holt/"]';
/** Wheel turns per stretch before the other page's turn. */
const STRETCH = 10;

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

/** A page with the followers list open and the pointer over it, ready for the wheel. */
async function openList(context: BrowserContext, origin: string) {
  const page = await context.newPage();
  await page.goto(`${origin}/${ME}/`);
  await page.locator(`a[href="/${ME}/followers/"]`).first().click();
  const dialog = page
    .locator('div[role="dialog"]:not([aria-hidden="true"])')
    .filter({ has: page.locator('input') });
  const box = (await dialog.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.65);
  return { page, ended: () => dialog.locator(AFTER_THE_END).count().then(Boolean), wallMs: 0, turns: 0 };
}

type Side = Awaited<ReturnType<typeof openList>>;

async function stretch(side: Side) {
  await side.page.bringToFront();
  const started = performance.now();
  for (let turn = 0; turn < STRETCH; turn++) {
    await side.page.mouse.wheel(0, 1200);
    await side.page.waitForTimeout(30);
  }
  side.wallMs += performance.now() - started;
  side.turns += STRETCH;
}

/** Both pages scrolled to the list's end, turn for turn alike: each main thread's CPU time and wall time. */
async function scrollPair(
  context: BrowserContext,
  rows: number,
  control: boolean,
  firstOn: boolean,
): Promise<ScrollPair> {
  const followers = Array.from({ length: rows }, (_, i) => ({ handle: `fan_${i}`, name: `Fan ${i}` }));
  const scenario = () => ({ me: ME, followers, following: [], loadDelayMs: 30 });
  const withOrigin = control ? WITHOUT_TOO : WITH;
  await serveInstagram(context, scenario, withOrigin);
  await serveInstagram(context, scenario, WITHOUT);
  // Which page opens first, and which is turned first in each round, alternates: an order effect (the
  // first renderer, the first of two stretches) falls on each side alike.
  let on: Side, off: Side;
  if (firstOn) {
    on = await openList(context, withOrigin);
    off = await openList(context, WITHOUT);
  } else {
    off = await openList(context, WITHOUT);
    on = await openList(context, withOrigin);
  }
  await on.page.waitForTimeout(500);
  // A trace of the first stretches says which renderer process draws which page, and that the
  // extension ran in one and not the other; the scroll itself runs untraced, since tracing costs each
  // task it records, and the page with the extension runs more of them.
  // Chromium's tracing records every process: it is started from a page of its own, since a DevTools
  // session on one page of the pair and not the other would be a difference between them.
  const tracing = await context.newPage();
  const tracer = await context.newCDPSession(tracing);
  const events: TraceEvent[] = [];
  tracer.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await tracer.send('Tracing.start', {
    traceConfig: { includedCategories: ['devtools.timeline', '__metadata'] },
    transferMode: 'ReportEvents',
  });
  await stretch(on);
  await stretch(off);
  const complete = new Promise((resolve) => tracer.once('Tracing.tracingComplete', resolve));
  await tracer.send('Tracing.end');
  await complete;
  await tracing.close();
  const threads = { on: rendererOf(events, withOrigin, !control), off: rendererOf(events, WITHOUT, false) };
  on.wallMs = off.wallMs = on.turns = off.turns = 0;
  const before = { on: await mainThreadCpu(threads.on), off: await mainThreadCpu(threads.off) };
  for (let round = 0; ; round++) {
    const [first, second] = (round % 2 === 0) === firstOn ? [on, off] : [off, on];
    await stretch(first);
    await stretch(second);
    if ((await on.ended()) && (await off.ended())) break;
    if (on.turns > rows) throw new Error('the mock list never reached its end');
  }
  const side = (scrolled: Side, cpuMs: number): Scroll => ({
    cpuMs,
    wallMs: scrolled.wallMs,
    turns: scrolled.turns,
  });
  return {
    on: side(on, (await mainThreadCpu(threads.on)) - before.on),
    off: side(off, (await mainThreadCpu(threads.off)) - before.off),
  };
}

interface TraceEvent {
  name: string;
  pid: number;
  tid: number;
  args: { name?: string; data?: { url?: string } };
}

/**
 * The renderer process whose main thread ran the scripts of the page at `origin`. `extension`: whether
 * the extension's scripts must have run there too (and otherwise must not have), so that the pair
 * compares what it claims to.
 */
function rendererOf(events: TraceEvent[], origin: string, extension: boolean): number {
  const mains = new Set(
    events
      .filter((event) => event.name === 'thread_name' && event.args.name === 'CrRendererMain')
      .map((event) => `${event.pid} ${event.tid}`),
  );
  const onMain = events.filter((event) => mains.has(`${event.pid} ${event.tid}`));
  const pid = onMain.find((event) => event.args.data?.url?.startsWith(`${origin}/`))?.pid;
  if (pid === undefined) throw new Error(`no renderer main thread ran ${origin} in the trace`);
  const ranExtension = onMain.some(
    (event) => event.pid === pid && event.args.data?.url?.startsWith('chrome-extension://'),
  );
  if (ranExtension !== extension)
    throw new Error(`the extension ${ranExtension ? 'ran' : 'did not run'} on ${origin}`);
  return pid;
}

/** Milliseconds of CPU time (user and system) the main thread of process `pid` has used, from Linux's /proc. */
async function mainThreadCpu(pid: number): Promise<number> {
  // A process's main thread has the process's id; fields 14 and 15 (utime, stime) count clock ticks.
  const stat = await readFile(`/proc/${pid}/task/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
}

/** Linux's USER_HZ: 100 on every architecture Node runs on. */
const CLOCK_TICKS_PER_SECOND = 100;

/**
 * `pairs` scrolls with the extension and without, interleaved, each pair in a fresh browser. `control`:
 * the extension runs in neither, so the pairs measure the instrument's own noise.
 */
export async function scrollCost(
  extension: string,
  rows: number,
  pairs: number,
  control = false,
): Promise<ScrollPair[]> {
  const results: ScrollPair[] = [];
  for (let pair = 0; pair < pairs; pair++) {
    const context = await chromium.launchPersistentContext('', withExtension(extension));
    try {
      // The extension's worker first, so its start is not counted against the scroll.
      if (!context.serviceWorkers().length) await context.waitForEvent('serviceworker', { timeout: 120_000 });
      results.push(await scrollPair(context, rows, control, pair % 2 === 0));
    } finally {
      await context.close();
    }
    const { on, off } = results[pair];
    const said = ({ cpuMs, wallMs, turns }: Scroll) =>
      `${Math.round(cpuMs)} ms CPU over ${Math.round(wallMs)} ms, ${turns} turns`;
    console.error(`scroll pair ${pair + 1}: with ${said(on)}; without ${said(off)}`);
  }
  return results;
}
