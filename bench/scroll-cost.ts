/**
 * What the extension adds to the page's main thread while a person scrolls, measured black-box: the
 * same fast wheel through the same mock followers list in a browser with the extension and in one
 * without, in pairs, comparing the renderer's own task time (CDP Performance metrics) as a share of
 * the wall time each scroll took. Whatever the content script does (reading rows, sending batches,
 * drawing its overlay, the browser's own work for them) is in the difference.
 */
import { type BrowserContext, chromium } from '@playwright/test';

import { serveInstagram } from '../tests/e2e/mock-instagram/server';
import { plainChromium, withExtension } from '../tests/e2e/support/chromium';

const ME = 'bench.me';
/** SITES.md: the mock's default "Suggested for you" rows come after the list's end. */
const AFTER_THE_END = 'a[href="/maren.holt/"]';

export interface ScrollPair {
  /** Main-thread task time as a share of wall time, in %. */
  on: number;
  off: number;
}

async function scrollOnce(context: BrowserContext, rows: number): Promise<number> {
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
  await cdp.send('Performance.enable');
  const taskTime = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((metric) => metric.name === 'TaskDuration')!.value * 1000;
  };
  const tasksBefore = await taskTime();
  const started = performance.now();
  for (let turn = 0; ; turn++) {
    await page.mouse.wheel(0, 1200);
    await page.waitForTimeout(30);
    if (turn % 10 === 9 && (await dialog.locator(AFTER_THE_END).count())) break;
    if (turn > rows) throw new Error('the mock list never reached its end');
  }
  const wall = performance.now() - started;
  const share = ((await taskTime()) - tasksBefore) / wall;
  await page.close();
  return share * 100;
}

/** `pairs` scrolls with the extension and without, alternating, each browser fresh. */
export async function scrollCost(extension: string, rows: number, pairs: number): Promise<ScrollPair[]> {
  const results: ScrollPair[] = [];
  for (let pair = 0; pair < pairs; pair++) {
    const shares: Partial<ScrollPair> = {};
    for (const side of pair % 2 ? (['off', 'on'] as const) : (['on', 'off'] as const)) {
      const options = side === 'on' ? withExtension(extension) : plainChromium();
      const context = await chromium.launchPersistentContext('', options);
      try {
        if (side === 'on') {
          // The extension's worker first, so its start is not counted against the scroll.
          if (!context.serviceWorkers().length)
            await context.waitForEvent('serviceworker', { timeout: 120_000 });
        }
        shares[side] = await scrollOnce(context, rows);
      } finally {
        await context.close();
      }
    }
    results.push(shares as ScrollPair);
  }
  return results;
}
