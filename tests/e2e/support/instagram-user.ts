import { expect, type Page } from '@playwright/test';

import { closedPart } from './closed-ui';
import { START_UNREAD } from './overlay-words';

/** What a person does on Instagram, step by step: open their profile, open a list, scroll it with the wheel. */

export async function openOwnList(page: Page, me: string, list: 'followers' | 'following'): Promise<void> {
  await page.goto(`https://www.instagram.com/${me}/`);
  await page.locator(`main a[href="/${me}/${list}/"], header a[href="/${me}/${list}/"]`).first().click();
  await expect(listDialog(page)).toBeVisible();
}

/** The open list's dialog on either site: Instagram's has a search input, TikTok's a close button with a data-e2e hook. */
export function listDialog(page: Page) {
  return page
    .locator('[role="dialog"]:not([aria-hidden="true"])')
    .filter({ has: page.locator('input, [data-e2e="follow-popup-close"]') });
}

/** Where the open list is scrolled to, on either site: its one scrolling element inside the visible dialog. */
export function listScrollTop(page: Page): Promise<number> {
  return page.evaluate(() => {
    const dialogs = [...document.querySelectorAll('div[role="dialog"]')].filter(
      (dialog) => !dialog.closest('[aria-hidden="true"]'),
    );
    for (const dialog of dialogs) {
      for (const element of dialog.querySelectorAll('div')) {
        if (['auto', 'scroll'].includes(getComputedStyle(element).overflowY)) return element.scrollTop;
      }
    }
    return -1;
  });
}

/** The extension's box in the page (in a closed shadow root: see closed-ui). */
export function overlay(page: Page) {
  return closedPart(page, '.fl-overlay');
}

/** A button of the box, by its label. */
export function overlayButton(page: Page, name?: string) {
  return closedPart(page, '.fl-overlay button', { name });
}

/** The box's status line, what a screen reader announces. */
export function overlayStatus(page: Page) {
  return closedPart(page, '.fl-announce');
}

/** Wheels over the open list until the overlay shows `until`, as a person keeps scrolling until told it is done. */
export async function wheelUntil(page: Page, until: RegExp, maxTurns = 400): Promise<void> {
  const box = await listDialog(page).boundingBox();
  if (!box) throw new Error('No list dialog on the page');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.65);
  for (let turn = 0; turn < maxTurns; turn++) {
    const said = (await overlay(page).text()) ?? '';
    if (until.test(said)) return;
    // The box may ask for the list's first rows (a wheel turn scrolled them away before they were read):
    // a person scrolls back to the top, and on.
    if (said.includes(START_UNREAD)) for (let back = 0; back < 12; back++) await page.mouse.wheel(0, -600);
    await page.mouse.wheel(0, 360);
    await page.waitForTimeout(120);
  }
  await expect.poll(() => overlay(page).text()).toMatch(until);
}

/** Wheels a fixed number of times: a person who stops halfway. */
export async function wheelTimes(page: Page, turns: number): Promise<void> {
  const box = await listDialog(page).boundingBox();
  if (!box) throw new Error('No list dialog on the page');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.65);
  for (let turn = 0; turn < turns; turn++) {
    await page.mouse.wheel(0, 300);
    await page.waitForTimeout(150);
  }
}

export async function closeList(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await expect(listDialog(page)).toHaveCount(0);
}

/** Scrolls both of the user's own lists to the end, one after the other. */
/** Opens one of the user's own lists, scrolls it to its end, and closes it. */
export async function captureList(page: Page, me: string, list: 'followers' | 'following'): Promise<void> {
  await openOwnList(page, me, list);
  await wheelUntil(page, list === 'followers' ? /Followers complete/ : /Following complete/);
  await closeList(page);
}

export async function captureBothLists(page: Page, me: string): Promise<void> {
  for (const list of ['followers', 'following'] as const) await captureList(page, me, list);
}
