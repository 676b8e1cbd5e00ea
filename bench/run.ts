/**
 * `npm run bench`: the speed and size figures of Follow Ledger against their targets, measured on this
 * machine. Pure logic runs in Node; anything that touches IndexedDB or the DOM runs in headless
 * Chromium (the extension's own pages, or the storage code bundled for a plain page). Prints a table
 * and writes it to bench-results/latest.md. BENCH_SIZE=2000 makes a quick run that only proves the
 * benchmark still works (CI runs that; it checks no time).
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

import { type BrowserContext, chromium, expect, type Page } from '@playwright/test';
import type { Browser } from 'puppeteer-core';
import { build } from 'vite';

import type { Member } from '../src/domain/ledger';
import { relate } from '../src/domain/relations';
import { handlesOf, relationshipViews } from '../src/domain/views';
import { serveInstagram } from '../tests/e2e/mock-instagram/server';
import { withExtension } from '../tests/e2e/support/chromium';
import { closedPart } from '../tests/e2e/support/closed-ui';
import { kb, mb, median, ms, percent, record, table } from './figures';
import { joinOverDevtools, peakHeap } from './heap';
import { timeImport } from './import-download';
import { addedShare, scrollCost } from './scroll-cost';
import { seedLedger } from './seed-ledger';

const SIZE = Number(process.env.BENCH_SIZE ?? 100_000);
const FULL = SIZE >= 100_000;
/** BENCH_ONLY=scroll measures only the scroll rows, at full size: they change with the content script alone. */
const ONLY_SCROLL = process.env.BENCH_ONLY === 'scroll';
const ROOT = path.resolve(import.meta.dirname, '..');
const EXTENSION = path.join(ROOT, '.output/chrome-mv3');
const BENCH_ORIGIN = 'https://bench.follow-ledger.test';
/** The two shapes of a large account: a creator who follows few, and the stress case of both lists at full size. */
const SHAPES = [
  { key: 'creator', followers: SIZE, following: Math.max(10, SIZE / 100) },
  { key: 'stress', followers: SIZE, following: SIZE },
].map((shape) => ({
  ...shape,
  name: `${shape.followers.toLocaleString('en')} followers × ${shape.following.toLocaleString('en')} following`,
}));
/**
 * Peak JS heap targets, whatever the size: a page or the worker holding more than 1 GB pushes a
 * laptop with 8 GB towards swap while the browser's other tabs are open, and V8 stops a heap at 4 GB
 * (pointer compression), so 1 GB keeps a million-account ledger far from a crash. The README says
 * which shapes meet them.
 */
const MB = 1024 * 1024;
const POPUP_HEAP: number | null = FULL ? 1024 * MB : null;
const PANEL_HEAP: number | null = FULL ? 1024 * MB : null;
const WORKER_HEAP: number | null = FULL ? 1024 * MB : null;

/** The functions bench/page/main.ts puts on the bench page's globalThis. */
type BenchApi = Record<'closeComplete' | 'storageYear' | 'readBatch', unknown>;

function members(prefix: string, count: number): Member[] {
  return Array.from({ length: count }, (_, i) => ({ handle: `${prefix}${i}`, firstSeen: 1, lastSeen: 2 }));
}

/** The bench's browser, with a DevTools port for reading the worker's heap (heap.ts). */
async function launch() {
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'follow-ledger-bench-'));
  const options = withExtension(EXTENSION);
  const context = await chromium.launchPersistentContext(userDataDir, {
    ...options,
    args: [...(options.args ?? []), '--remote-debugging-port=0'],
  });
  const devtools = await joinOverDevtools(userDataDir);
  const close = async () => {
    await devtools.disconnect();
    await context.close();
    await rm(userDataDir, { recursive: true, force: true });
  };
  return { context, devtools, close };
}

async function benchViews() {
  const followers = members('f', SIZE);
  const following = [...members('f', SIZE / 2), ...members('g', SIZE / 2)];
  const timed = (work: () => unknown) =>
    Array.from({ length: 9 }, () => {
      const started = performance.now();
      work();
      return performance.now() - started;
    });
  const size = `${SIZE.toLocaleString('en')} followers × ${SIZE.toLocaleString('en')} following`;
  record(
    `compute all views from scratch, ${size}`,
    timed(() => relationshipViews(followers, following)),
    ms,
    // Set for 100,000; no page does this at a million: they read the relations the background stored.
    SIZE <= 100_000 ? 40 : null,
  );
  // What a page does: the background stores who is in both lists when a capture closes (inside that figure).
  const relations = relate(handlesOf(followers), handlesOf(following));
  record(
    `compute all views from the stored relations, ${size}`,
    timed(() => relationshipViews(followers, following, relations)),
    ms,
    null,
  );
}

async function benchStoragePage(context: BrowserContext) {
  await build({ configFile: path.join(ROOT, 'bench/vite.config.ts'), root: ROOT });
  const script = await readFile(path.join(ROOT, 'bench/.dist/bench.js'), 'utf8');
  await context.route(`${BENCH_ORIGIN}/**`, (route) =>
    route.request().url().endsWith('/bench.js')
      ? route.fulfill({ contentType: 'text/javascript; charset=utf-8', body: script })
      : route.fulfill({
          contentType: 'text/html; charset=utf-8',
          body: '<!doctype html><meta charset="utf-8"><title>bench</title><script src="/bench.js"></script>',
        }),
  );
  const page = await context.newPage();
  await page.goto(`${BENCH_ORIGIN}/`);
  page.on('pageerror', (error) => console.error('bench page:', error.message));
  await page.waitForFunction(() => 'bench' in globalThis);
  const bench = <T>(method: keyof BenchApi, ...args: unknown[]) =>
    page.evaluate(
      ([name, values]) =>
        (globalThis as unknown as { bench: Record<string, (...a: unknown[]) => unknown> }).bench[
          name as string
        ](...(values as unknown[])),
      [method, args] as const,
    ) as Promise<T>;

  for (const shape of SHAPES) {
    const { closes, floors } = await bench<{ closes: number[]; floors: number[] }>(
      'closeComplete',
      shape.followers,
      shape.following,
      FULL ? (SIZE >= 1_000_000 ? 3 : 5) : 2,
    );
    record(
      `close a complete capture of ${shape.name} against the stored lists (diff, events, state, relations, committed); baseline: the same bytes read and written raw`,
      closes,
      ms,
      null,
      { baseline: median(floors), ratioTarget: 2 },
    );
  }

  const year = FULL
    ? { followers: 10_000, following: 1_000, days: 365 }
    : { followers: 500, following: 100, days: 10 };
  const storage = await bench<{ ledgerBytes: number; copiesBytes: number }>('storageYear', {
    ...year,
    churn: 0.005,
  });
  record(
    `IndexedDB size (JSON bytes of every record) after ${year.days} daily captures of ${year.followers.toLocaleString('en')} followers + ${year.following.toLocaleString('en')} following, 0.5 % daily churn`,
    storage.ledgerBytes,
    mb,
    FULL ? 8 * 1024 * 1024 : null,
    { baseline: storage.copiesBytes },
  );

  const reads = await bench<number[]>('readBatch', 2000);
  record('content script: read one batch of 12 rows (Instagram adapter)', reads, ms, 1);
  await page.close();
}

/**
 * Milliseconds from navigation start until `selector` is in the page, stamped by an observer set up
 * before any script runs, and the text of the first matches then.
 */
async function timeUntil(page: Page, url: string, selector: string) {
  await page.addInitScript((wanted) => {
    const stamp = () => {
      const found = [...document.querySelectorAll(wanted)];
      if (!found.length) return false;
      // A row's account: its handle (what else a row says may come once the whole ledger is read).
      const text = found
        .slice(0, 5)
        .map((element) => (element.querySelector('.handle') ?? element).textContent);
      const seen = { at: performance.now(), text };
      (globalThis as unknown as { __seen: typeof seen }).__seen = seen;
      return true;
    };
    const observer = new MutationObserver(() => stamp() && observer.disconnect());
    observer.observe(document, { childList: true, subtree: true, characterData: true });
  }, selector);
  await page.goto(url);
  await page.waitForSelector(selector);
  return page.evaluate(() => (globalThis as unknown as { __seen: { at: number; text: string[] } }).__seen);
}

async function benchExtensionPages(context: BrowserContext, devtools: Browser) {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  for (const shape of SHAPES) {
    const setup = await context.newPage();
    await setup.goto(`chrome-extension://${id}/popup.html`);
    // Drawn once the page has opened (and created) the database.
    await setup
      .getByText('Open your followers list')
      .or(setup.locator('[data-testid="count-fans"]'))
      .first()
      .waitFor();
    await seedLedger(setup, shape);
    await setup.close();
    await benchLedgerPages(context, id, shape.name);
    await benchPageMemory(context, devtools, id, shape.name);
  }
}

async function benchLedgerPages(context: BrowserContext, id: string, shape: string) {
  const popupTimes: number[] = [];
  for (let run = 0; run < 5; run++) {
    const page = await context.newPage();
    popupTimes.push(
      (await timeUntil(page, `chrome-extension://${id}/popup.html`, '[data-testid="count-fans"]')).at,
    );
    // Extension pages share one renderer: a popup closed while it still reads a million members would
    // slow the next one's counts, which a person opening the popup once never meets.
    await page.locator('[aria-busy="true"]').waitFor({ state: 'detached', timeout: 120_000 });
    await page.close();
  }
  record(`popup: open to counts visible, ${shape}`, popupTimes, ms, 250);

  const firstRows: number[] = [];
  const keystrokes: number[] = [];
  for (let run = 0; run < 3; run++) {
    const page = await context.newPage();
    const first = await timeUntil(page, `chrome-extension://${id}/sidepanel.html`, '[role="option"]');
    firstRows.push(first.at);
    // The first screen may come before the whole list: it must be the whole list's first accounts (their
    // follow age is added once the members are read).
    await page.locator('[aria-busy="true"]').waitFor({ state: 'detached', timeout: 120_000 });
    const whole = await page
      .locator('[role="option"]')
      .evaluateAll((rows) => rows.slice(0, 5).map((row) => row.querySelector('.handle')!.textContent));
    if (JSON.stringify(whole) !== JSON.stringify(first.text))
      throw new Error(
        `the first rows ${JSON.stringify(first.text)} are not the list's ${JSON.stringify(whole)}`,
      );
    const search = page.locator('#review-search');
    await search.focus();
    for (const key of ['g', '1', '2', '3', '4']) {
      const elapsed = await page.evaluate(
        (typed) =>
          new Promise<number>((resolve) => {
            const input = document.getElementById('review-search') as HTMLInputElement;
            const list = document.querySelector('.panel')!;
            const started = performance.now();
            const observer = new MutationObserver(() => {
              observer.disconnect();
              resolve(performance.now() - started);
            });
            observer.observe(list, { childList: true, subtree: true, characterData: true });
            input.value += typed;
            input.dispatchEvent(new InputEvent('input', { bubbles: true, data: typed }));
          }),
        key,
      );
      keystrokes.push(elapsed);
    }
    await page.close();
  }
  record(`side panel: first rows, ${shape}`, firstRows, ms, 300);
  record(`side panel: answer to a search keystroke, ${shape}`, keystrokes, ms, 50);
}

/**
 * Extension pages share one renderer and its heap: the garbage of the pages opened before (eight, each
 * having read the whole ledger) is collected from a page of the extension that runs no script, so the
 * next page's peak is its own.
 */
async function collectPagesGarbage(context: BrowserContext, id: string) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/icon/48.png`);
  const session = await context.newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  await page.close();
}

/** Peak JS heap of the popup until it shows the whole ledger, and of the side panel until its rows are searchable. */
async function benchPageMemory(context: BrowserContext, devtools: Browser, id: string, shape: string) {
  await collectPagesGarbage(context, id);
  const popup = await peakHeap(devtools, `chrome-extension://${id}/popup.html`, async () => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${id}/popup.html`);
    await page.locator('[data-testid="count-fans"]').waitFor();
    await page.locator('[aria-busy="true"]').waitFor({ state: 'detached', timeout: 120_000 });
    await page.waitForTimeout(500);
    await page.close();
  });
  record(`popup: peak JS heap, ${shape}`, popup, mb, POPUP_HEAP);
  await collectPagesGarbage(context, id);
  const panel = await peakHeap(devtools, `chrome-extension://${id}/sidepanel.html`, async () => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${id}/sidepanel.html`);
    await page.locator('[role="option"]').first().waitFor({ timeout: 120_000 });
    // The search keys are folded when the panel is first idle (at the latest 2 s later): counted too.
    await page.waitForTimeout(3000);
    await page.close();
  });
  record(`side panel: peak JS heap, ${shape}`, panel, mb, PANEL_HEAP);
}

/** The content script's share of the page's main thread while the user scrolls a long following list. */
async function benchContentScript(context: BrowserContext) {
  const rows = FULL ? 5000 : 300;
  const following = Array.from({ length: rows }, (_, i) => ({ handle: `acct_${i}`, name: `Account ${i}` }));
  await serveInstagram(context, () => ({
    me: 'bench.me',
    followers: following.slice(0, rows / 2),
    following,
    loadDelayMs: 30,
  }));
  const page = await context.newPage();
  await page.goto('https://www.instagram.com/bench.me/');
  await page
    .locator('main a[href="/bench.me/following/"], header a[href="/bench.me/following/"]')
    .first()
    .click();
  const dialog = page
    .locator('div[role="dialog"]:not([aria-hidden="true"])')
    .filter({ has: page.locator('input') });
  const box = (await dialog.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.65);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const overlay = closedPart(page, '.fl-announce');
  for (let turn = 0; turn < rows * 2; turn++) {
    await page.mouse.wheel(0, 600);
    await page.waitForTimeout(40);
    if (turn % 20 === 0 && /Following (complete|partial) ·/.test((await overlay.text()) ?? '')) break;
  }
  const { profile } = await cdp.send('Profiler.stop');
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const fromExtension = (id: number): boolean => {
    for (let current: number | undefined = id; current !== undefined; current = parent.get(current)) {
      if (byId.get(current)?.callFrame.url.startsWith('chrome-extension://')) return true;
    }
    return false;
  };
  let extensionTime = 0;
  profile.samples!.forEach((sample, index) => {
    if (fromExtension(sample)) extensionTime += profile.timeDeltas![index];
  });
  const share = (extensionTime / (profile.endTime - profile.startTime)) * 100;
  record(
    `content script: main-thread share while a ${rows.toLocaleString('en')}-row list is scrolled (its own samples in a profile)`,
    [share],
    percent,
    2,
  );
  await page.close();
}

/** Black-box: the page's main-thread CPU time with the extension minus without it, the same wheel, in pairs. */
async function benchScrollCost() {
  const rows = FULL ? 3000 : 300;
  const pairs = await scrollCost(EXTENSION, rows, FULL ? 7 : 1);
  record(
    `scrolling a ${rows.toLocaleString('en')}-row followers list with a fast wheel (1,200 px every 30 ms): main-thread CPU time the extension adds, share of wall time (with − without, turn for turn in one browser, ${pairs.length} pairs)`,
    pairs.map(addedShare),
    percent,
    2,
  );
  record(
    "the same scroll without the extension: the page's own main-thread share",
    pairs.map(({ off }) => (off.cpuMs / off.wallMs) * 100),
    percent,
    null,
  );
  // What the instrument says when there is nothing to find: a difference the row above shows within
  // this spread is not the extension's.
  const control = await scrollCost(EXTENSION, rows, FULL ? 3 : 1, true);
  record(
    "the same pairs with the extension in neither page: the instrument's own noise",
    control.map(addedShare),
    percent,
    null,
  );
}

/**
 * From the profile header rendering to the badge beside it, over client-side navigation between
 * profiles of the seeded ledger's account (the first visit reads its lists; later ones use the cache).
 */
async function benchBadge(context: BrowserContext) {
  await context.unrouteAll();
  await serveInstagram(context, () => ({ me: 'big.creator', followers: [], following: [] }));
  const page = await context.newPage();
  await page.addInitScript(() => {
    const times: Record<string, { heading?: number; badge?: number }> = {};
    (globalThis as unknown as { __badge: typeof times }).__badge = times;
    new MutationObserver((records) => {
      const path = location.pathname.replaceAll('/', '');
      const entry = (times[path] ??= {});
      const heading = document.querySelector('header h2');
      if (entry.heading === undefined && heading?.textContent?.trim() === path)
        entry.heading = performance.now();
      const added = records.some((record) =>
        // The badge's host has a random name; HTML's own element names never hold a hyphen.
        [...record.addedNodes].some((node) => node.nodeName.includes('-')),
      );
      if (added && entry.heading !== undefined && entry.badge === undefined) entry.badge = performance.now();
    }).observe(document, { childList: true, subtree: true });
  });
  const profiles = ['fan_1', 'followed_2', 'fan_3', 'followed_4', 'fan_5', 'followed_6', 'fan_7'];
  await page.goto(`https://www.instagram.com/${profiles[0]}/`);
  // The first visit reads the ledger's lists: at a million, on a busy machine, that takes a while.
  await expect.poll(() => closedPart(page, '.fl-badge').count(), { timeout: 120_000 }).toBe(1);
  for (const profile of profiles.slice(1)) {
    await page.evaluate((href) => {
      const link = Object.assign(document.createElement('a'), { href, textContent: href });
      link.style.cssText = 'position:fixed;top:0;left:0;z-index:2147483647';
      document.body.append(link);
      link.click();
      link.remove();
    }, `/${profile}/`);
    await page.waitForFunction((path) => {
      const entry = (globalThis as unknown as { __badge: Record<string, { badge?: number }> }).__badge[path];
      return entry?.badge !== undefined;
    }, profile);
  }
  const times = await page.evaluate(
    () =>
      (globalThis as unknown as { __badge: Record<string, { heading?: number; badge?: number }> }).__badge,
  );
  const delays = Object.values(times).flatMap((entry) =>
    entry.heading !== undefined && entry.badge !== undefined ? [entry.badge - entry.heading] : [],
  );
  record('profile badge shown after the header renders', delays, ms, 100);
  await page.close();
}

async function benchPackage() {
  const gz = async (file: string) => gzipSync(await readFile(path.join(EXTENSION, file))).length;
  record(
    'extension package: content script JS, minified and gzipped',
    await gz('content-scripts/site.js'),
    kb,
    30 * 1024,
  );
  const html = await readFile(path.join(EXTENSION, 'popup.html'), 'utf8');
  const scripts = [...html.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((match) => match[1]);
  let popupBytes = 0;
  for (const script of new Set(scripts)) popupBytes += await gz(script);
  record('extension package: popup JS, minified and gzipped', popupBytes, kb, 60 * 1024);
}

/**
 * Targets for a million followers: ~150 MB of JSON or ~400 MB of HTML to inflate and read, and the
 * ledger written once. A person waits for this once, with a progress bar: under a minute is fine;
 * memory stays under 2 GB so a laptop with 8 GB doesn't swap.
 */
async function benchImports(context: BrowserContext, devtools: Browser) {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  const size = FULL ? 1_000_000 : SIZE;
  for (const format of ['json', 'html'] as const) {
    let timed = { ms: 0, peakBytes: 0 };
    // The worker closes the import's capture of a million in one transaction: its heap is read meanwhile.
    const workerPeak = await peakHeap(devtools, worker.url(), async () => {
      timed = await timeImport(context, id, size, format);
    });
    const { ms: took, peakBytes } = timed;
    const what = `import a data download of ${size.toLocaleString('en')} followers (Instagram ${format.toUpperCase()}, split over 4 files)`;
    record(`${what}: time to stored`, [took], ms, 60_000);
    record(`${what}: peak browser memory over idle`, peakBytes, mb, 2 * 1024 * 1024 * 1024);
    if (format === 'json')
      record(`${what}: the worker's peak JS heap while it closes the capture`, workerPeak, mb, WORKER_HEAP);
  }
}

/** The two scroll rows, in their own browser: the others need a seeded ledger and minutes more. */
async function benchScrollRows() {
  const { context, close } = await launch();
  try {
    await benchContentScript(context);
  } finally {
    await close();
  }
  await benchScrollCost();
}

async function benchAll() {
  await benchViews();
  await benchPackage();
  const { context, devtools, close } = await launch();
  try {
    await benchStoragePage(context);
    await benchExtensionPages(context, devtools);
    await benchContentScript(context);
    await benchBadge(context);
    await benchImports(context, devtools);
  } finally {
    await close();
  }
  await benchScrollCost();
}

async function main() {
  await (ONLY_SCROLL ? benchScrollRows() : benchAll());
  const lines = table(
    `Follow Ledger benchmark · ${new Date().toISOString().slice(0, 10)} · size ${SIZE.toLocaleString('en')} · ${FULL ? 'full' : 'smoke run, targets not judged'}${ONLY_SCROLL ? ' · scroll rows only' : ''}`,
    FULL,
  );
  await mkdir(path.join(ROOT, 'bench-results'), { recursive: true });
  const file = ONLY_SCROLL ? 'scroll.md' : 'latest.md';
  await writeFile(path.join(ROOT, 'bench-results', file), `${lines.join('\n')}\n`);
  console.log(lines.join('\n'));
}

await main();
