import { expect, type Page } from '@playwright/test';

/** What a person does on TikTok: open their profile, click a count to open the list, switch tabs, scroll. */

/** The follow dialog, hooked or (a SITES variant) an unhooked modal section in TikTok's portal. */
export function followDialog(page: Page) {
  return page.locator(
    'div[role="dialog"][data-e2e="follow-info-popup"], #tux-portal-container section[role="dialog"][aria-modal="true"]',
  );
}

export async function openOwnTikTokList(
  page: Page,
  me: string,
  list: 'followers' | 'following',
): Promise<void> {
  await page.goto(`https://www.tiktok.com/@${me}`);
  await expect(page.locator('[data-e2e="nav-profile"], [data-e2e="profile-icon"]')).toBeVisible();
  await page.locator(`strong[data-e2e="${list}-count"]`).click();
  await expect(followDialog(page)).toBeVisible();
}

/** Clicks a tab by its label, as a person does, whether or not the tabs are marked up as tabs. */
export async function switchTab(page: Page, label: string): Promise<void> {
  // The tabs come before the rows, whose buttons may say "Friends" too.
  await followDialog(page).getByText(label, { exact: true }).first().click();
}

export async function closeTikTokList(page: Page): Promise<void> {
  await page.locator('[data-e2e="follow-popup-close"]').click();
  await expect(followDialog(page)).toHaveCount(0);
}
