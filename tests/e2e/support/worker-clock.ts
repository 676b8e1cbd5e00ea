import type { BrowserContext } from '@playwright/test';

/**
 * Sets the date the extension's background worker sees, so one test can play several days. The worker
 * stamps every capture and change; the pages keep the real clock.
 */
export async function setWorkerDate(context: BrowserContext, time: number): Promise<void> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await worker.evaluate((fixed) => {
    const offset = fixed - Date.now();
    const realNow = Date.now.bind(Date);
    Date.now = () => realNow() + offset;
  }, time);
}
