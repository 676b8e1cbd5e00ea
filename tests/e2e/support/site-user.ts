import { expect } from '@playwright/test';
import type { Page } from 'puppeteer-core';

import { closedPart } from './closed-parts';
import { click, clickText, wheelOver, wheelUntil } from './page-user';

/** What a person does on the mock sites, as Puppeteer steps shared by Chromium and Firefox. */

/** The Follow Ledger box: a section labelled with the extension's name (an implicit region). */
export const overlay = (page: Page) => closedPart(page, 'section[aria-label="Follow Ledger"]');
/** The relationship badge on someone's profile: the button in its closed root. */
export const badge = (page: Page) => closedPart(page, '.fl-badge');
/** The markers on the rows of the open list: a label in a closed root inside the row's link. */
export const rowMarks = (page: Page) => closedPart(page, 'span', { within: 'div[role="dialog"] a[href]' });

/** Waits until the Follow Ledger box says `expected`; a failure lists everything it said meanwhile. */
export async function expectOverlay(page: Page, expected: RegExp | string): Promise<void> {
  const said = new Set<string>();
  const read = async () => {
    const text = (await overlay(page).text()) ?? '';
    said.add(text || '(no box)');
    return text;
  };
  try {
    await expect.poll(read, { timeout: 15_000 }).toMatch(expected);
  } catch (error) {
    throw new Error(`${(error as Error).message}\nThe box said: ${[...said].join(' | ')}`);
  }
}
const INSTAGRAM_DIALOG = 'div[role="dialog"]:not([aria-hidden="true"]):has(input)';
const TIKTOK_DIALOG = 'div[role="dialog"][data-e2e="follow-info-popup"]';

export async function openOwnList(page: Page, me: string, list: 'followers' | 'following'): Promise<void> {
  await page.goto(`https://www.instagram.com/${me}/`);
  await click(page, `main a[href="/${me}/${list}/"], header a[href="/${me}/${list}/"]`);
  await page.waitForSelector(INSTAGRAM_DIALOG, { visible: true });
}

/** Scrolls the open Instagram list with the wheel until the Follow Ledger box says `until`. */
export const scrollInstagramUntil = (page: Page, until: RegExp) =>
  wheelUntil(page, INSTAGRAM_DIALOG, () => overlay(page).text(), until);

/** Turns the wheel over the open Instagram list a fixed number of times: a person who stops halfway. */
export const scrollInstagramTimes = (page: Page, turns: number) => wheelOver(page, INSTAGRAM_DIALOG, turns);

export async function closeList(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.waitForSelector(INSTAGRAM_DIALOG, { hidden: true });
}

/** Scrolls both of the user's own Instagram lists to the end, one after the other. */
export async function captureBothLists(page: Page, me: string): Promise<void> {
  for (const list of ['followers', 'following'] as const) {
    await openOwnList(page, me, list);
    await scrollInstagramUntil(page, list === 'followers' ? /Followers complete/ : /Following complete/);
    await closeList(page);
  }
}

export async function openOwnTikTokList(
  page: Page,
  me: string,
  list: 'followers' | 'following',
): Promise<void> {
  await page.goto(`https://www.tiktok.com/@${me}`);
  await page.waitForSelector('a[data-e2e="nav-profile"]', { visible: true });
  await click(page, `strong[data-e2e="${list}-count"]`);
  await page.waitForSelector(TIKTOK_DIALOG, { visible: true });
}

export async function switchTikTokTab(page: Page, label: 'Followers' | 'Following'): Promise<void> {
  await clickText(page, `${TIKTOK_DIALOG} [role="tab"]`, new RegExp(`^\\s*${label}`));
  await expectOverlay(page, `Reading ${label.toLowerCase()}`);
}

export const scrollTikTokUntil = (page: Page, until: RegExp) =>
  wheelUntil(page, TIKTOK_DIALOG, () => overlay(page).text(), until);
