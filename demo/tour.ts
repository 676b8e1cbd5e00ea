import { type BrowserContext, expect, type Locator, type Page } from '@playwright/test';

import { type InstagramScenario, serveInstagram } from '../tests/e2e/mock-instagram/server';
import { serveTikTok } from '../tests/e2e/mock-tiktok/server';
import { closedPart } from '../tests/e2e/support/closed-ui';
import { extensionIdOf } from '../tests/e2e/support/extension';
import {
  closeList,
  listDialog,
  openOwnList,
  overlay,
  wheelTimes,
  wheelUntil,
} from '../tests/e2e/support/instagram-user';
import { closeTikTokList, openOwnTikTokList, switchTab } from '../tests/e2e/support/tiktok-user';
import { capturePastDays } from './past-days';
import { LOST_FRIEND, ME, PAST_DAYS, QUICK, RENAMED, tiktok, today } from './story';

/** One screen of the extension, at a moment worth showing. */
export interface Surface {
  name: string;
  page: Page;
  /**
   * On a site's page, what the extension put there (the rest is the mock site's): selectors inside its
   * closed shadow roots (see tests/e2e/support/closed-ui); else the whole page.
   */
  extensionParts?: string[];
  /** The part of the page worth a picture; the whole page when absent. */
  frame?: Locator;
}

export const POPUP_SIZE = { width: 420, height: 640 };
export const PANEL_SIZE = { width: 420, height: 900 };

/**
 * Walks every surface of Follow Ledger the way a person would meet them: the popup before any data, three
 * weeks of captures of a bakery's Instagram lists (dated by the worker's clock), today's captures live,
 * the list markers, a profile badge, a TikTok list that stops early, then the popup, the review list and
 * the options page. `visit` is called on each surface; the demo photographs it, the tests audit it.
 */
export async function runTour(
  context: BrowserContext,
  visit: (surface: Surface) => Promise<void>,
): Promise<void> {
  const extensionId = await extensionIdOf(context);
  const extensionPage = async (path: string, size: { width: number; height: number }) => {
    const page = await context.newPage();
    await page.setViewportSize(size);
    await page.goto(`chrome-extension://${extensionId}/${path}`);
    return page;
  };
  let instagram: InstagramScenario = { me: ME, followers: [], following: [] };
  await serveInstagram(context, () => ({ ...instagram, ...QUICK }));
  await serveTikTok(context, () => ({ ...tiktok(), ...QUICK }));

  const firstRun = await extensionPage('popup.html', POPUP_SIZE);
  await expect(firstRun.getByRole('heading', { name: 'Welcome to Follow Ledger' })).toBeVisible();
  await visit({ name: 'popup-first-run', page: firstRun });
  await firstRun.close();
  const emptyPanel = await extensionPage('sidepanel.html', PANEL_SIZE);
  await expect(emptyPanel.getByText(/^Nothing to review yet/)).toBeVisible();
  await visit({ name: 'review-list-first-run', page: emptyPanel });
  await emptyPanel.close();

  const site = await context.newPage();
  await capturePastDays(context, site, (day) => {
    instagram = { me: ME, followers: day.followers, following: day.following };
  });

  instagram = today();
  await openOwnList(site, ME, 'followers');
  await wheelTimes(site, 4);
  await expect.poll(() => overlay(site).text()).toContain('Reading followers');
  await visit({ name: 'overlay-reading', page: site, extensionParts: ['.fl-overlay'] });
  await wheelUntil(site, /Followers complete/);
  await visit({ name: 'overlay-complete', page: site, extensionParts: ['.fl-overlay'] });
  await closeList(site);

  await openOwnList(site, ME, 'following');
  await wheelUntil(site, /Following complete/);
  await expect
    .poll(() => closedPart(site, 'span', { within: 'div[role="dialog"] a' }).text())
    .toBe("doesn't follow back");
  await visit({
    name: 'list-markers',
    page: site,
    extensionParts: ['span'],
    frame: listDialog(site),
  });
  await closeList(site);

  await site.goto(`https://www.instagram.com/${LOST_FRIEND}/`);
  await expect.poll(() => closedPart(site, '.fl-badge').text()).toContain('Unfollowed you');
  await visit({
    name: 'profile-badge',
    page: site,
    extensionParts: ['.fl-badge'],
    frame: site.locator('main header'),
  });

  await openOwnTikTokList(site, ME, 'followers');
  await wheelUntil(site, /Followers partial/);
  await visit({ name: 'overlay-partial', page: site, extensionParts: ['.fl-overlay'] });
  await switchTab(site, 'Following');
  await wheelUntil(site, /Following complete/);
  await closeTikTokList(site);

  const popup = await extensionPage('popup.html', POPUP_SIZE);
  await popup.getByRole('combobox', { name: 'Account' }).selectOption(`instagram:${ME}`);
  await expect(popup.getByTestId('capture-followers')).toContainText('complete');
  await visit({ name: 'popup', page: popup });
  await popup.getByRole('tab', { name: /New followers/ }).click();
  await expect(popup.getByRole('region', { name: 'Likely renames' })).toContainText(
    `@${RENAMED.from.handle} → @${RENAMED.to.handle}, likely renamed`,
  );
  await visit({ name: 'popup-changes', page: popup });
  await popup.getByRole('tab', { name: 'History' }).click();
  await expect(popup.getByRole('region', { name: 'History as a table' }).getByRole('button')).toHaveCount(
    PAST_DAYS.length + 1,
  );
  await visit({ name: 'popup-history', page: popup });

  const panel = await extensionPage(
    `sidepanel.html?account=instagram:${ME}&view=notFollowingBack`,
    PANEL_SIZE,
  );
  const list = panel.getByRole('listbox', { name: 'Not following back' });
  await list.getByRole('option').nth(1).click();
  await panel.getByRole('button', { name: 'Protect' }).click();
  await list.getByRole('option').nth(2).click();
  await panel
    .getByRole('group', { name: /^Tags of/ })
    .getByRole('button')
    .first()
    .click();
  await panel.getByRole('button', { name: 'Mark reviewed' }).click();
  await visit({ name: 'review-list', page: panel });

  const options = await extensionPage('options.html', { width: 900, height: 760 });
  await expect(options.getByRole('region', { name: 'Your ledgers' })).toContainText(`@${ME}`);
  await visit({ name: 'options', page: options });
}
