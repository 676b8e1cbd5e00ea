/**
 * Peak JavaScript heap of one of the extension's own pages or of its worker, sampled over the
 * DevTools protocol while something happens. Playwright's sessions reach pages only, so the bench's
 * browser also opens a DevTools port that Puppeteer joins: through it the worker's heap is readable too.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';

import puppeteer, { type Browser, type CDPSession, type Target } from 'puppeteer-core';

/** The browser launched with `--remote-debugging-port=0` on `userDataDir`, joined over its port. */
export async function joinOverDevtools(userDataDir: string): Promise<Browser> {
  const [port] = (await readFile(path.join(userDataDir, 'DevToolsActivePort'), 'utf8')).split('\n');
  return puppeteer.connect({ browserURL: `http://127.0.0.1:${port}`, defaultViewport: null });
}

/**
 * The highest used JS heap, in bytes, of every target whose URL starts with `urlPrefix` (a page that
 * opens meanwhile included) while `during` runs, sampled every 25 ms. A sample waits for the target's
 * current task, so a peak inside one long task is read at its end, when what it built is still held.
 */
export async function peakHeap(browser: Browser, urlPrefix: string, during: () => Promise<void>) {
  const sessions = new Map<Target, Promise<CDPSession | null>>();
  let peak = 0;
  let sampling = true;
  const sample = async (target: Target) => {
    if (!sessions.has(target))
      sessions.set(
        target,
        target.createCDPSession().catch(() => null),
      );
    const session = await sessions.get(target);
    const usage = await session?.send('Runtime.getHeapUsage').catch(() => null);
    if (usage) peak = Math.max(peak, usage.usedSize);
  };
  const sampler = (async () => {
    while (sampling) {
      const targets = browser.targets().filter((target) => target.url().startsWith(urlPrefix));
      await Promise.all(targets.map(sample));
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  })();
  try {
    await during();
  } finally {
    sampling = false;
    await sampler;
    for (const session of sessions.values()) await (await session)?.detach().catch(() => undefined);
  }
  if (!peak) throw new Error(`no heap sample of ${urlPrefix}`);
  return peak;
}
