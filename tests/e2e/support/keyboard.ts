import type { Locator, Page } from '@playwright/test';

/** Presses Tab until `target` has the focus, as a keyboard user does; fails after `limit` presses. */
export async function tabTo(page: Page, target: Locator, limit = 30): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('Tab never reached the target');
}
