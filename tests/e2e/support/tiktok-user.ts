import { expect, type Page } from '@playwright/test';

/** What a person does on TikTok: open their profile, click a count to open the list, switch tabs, scroll. */

export function followDialog(page: Page) {
  return page.locator('div[role="dialog"][data-e2e="follow-info-popup"]');
}

export async function openOwnTikTokList(
  page: Page,
  me: string,
  list: 'followers' | 'following',
): Promise<void> {
  await page.goto(`https://www.tiktok.com/@${me}`);
  await expect(page.locator('a[data-e2e="nav-profile"]')).toBeVisible();
  await page.locator(`strong[data-e2e="${list}-count"]`).click();
  await expect(followDialog(page)).toBeVisible();
}

export async function switchTab(page: Page, label: 'Followers' | 'Following'): Promise<void> {
  await followDialog(page)
    .getByRole('tab', { name: new RegExp(`^${label}`) })
    .click();
}

export async function closeTikTokList(page: Page): Promise<void> {
  await page.locator('[data-e2e="follow-popup-close"]').click();
  await expect(followDialog(page)).toHaveCount(0);
}
