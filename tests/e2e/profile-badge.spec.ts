import type { Page } from '@playwright/test';

import { type InstagramScenario, type MockAccount, serveInstagram } from './mock-instagram/server';
import { serveTikTok } from './mock-tiktok/server';
import { closedPart } from './support/closed-ui';
import { expect, test } from './support/extension';
import { captureList, listDialog, openOwnList, wheelUntil } from './support/instagram-user';
import { closeTikTokList, openOwnTikTokList, switchTab } from './support/tiktok-user';

const ME = 'studio.lumen';
const accounts = (...handles: string[]): MockAccount[] => handles.map((handle) => ({ handle }));

function badge(page: Page) {
  return closedPart(page, '.fl-badge');
}

/** Follows a link inside the site, the way a mention or a search result takes the user to a profile. */
async function followInAppLink(page: Page, path: string) {
  await page.evaluate((href) => {
    const link = Object.assign(document.createElement('a'), { href, textContent: `go ${href}` });
    link.id = 'test-link';
    link.style.cssText = 'position:fixed;top:0;right:0;z-index:2147483647;background:#fff';
    document.getElementById('test-link')?.remove();
    document.body.append(link);
  }, path);
  await page.locator('#test-link').click();
  await expect(page).toHaveURL(`https://www.instagram.com${path}`);
}

test('the badge follows client-side navigation between profiles, once, and never on the user or non-profiles', async ({
  context,
}) => {
  // fan1 follows only; pal1 mutual; idol1 doesn't follow back; gone1 followed, then left.
  let scenario: InstagramScenario = {
    me: ME,
    followers: accounts('fan1', 'pal1', 'gone1'),
    following: accounts('pal1', 'idol1'),
  };
  await serveInstagram(context, () => scenario);
  const page = await context.newPage();
  await captureList(page, ME, 'followers');
  await captureList(page, ME, 'following');
  scenario = { ...scenario, followers: accounts('fan1', 'pal1') };
  await captureList(page, ME, 'followers');

  await expect.poll(() => badge(page).count()).toBe(0); // the user's own profile

  // From the user's own followers list to a follower's profile, without a page load.
  await openOwnList(page, ME, 'followers');
  await listDialog(page).getByRole('link', { name: 'fan1', exact: true }).click();
  await expect(page).toHaveURL('https://www.instagram.com/fan1/');
  await expect.poll(() => badge(page).text()).toMatch(/^Follows you · you don't follow them/);
  await expect.poll(() => badge(page).count()).toBe(1);

  await followInAppLink(page, '/pal1/');
  await expect.poll(() => badge(page).text()).toMatch(/^Mutual · you follow each other/);
  await expect.poll(() => badge(page).count()).toBe(1);

  await followInAppLink(page, '/idol1/');
  await expect.poll(() => badge(page).text()).toMatch(/^Doesn't follow you back/);

  await followInAppLink(page, '/gone1/');
  await expect.poll(() => badge(page).text()).toMatch(/^Unfollowed you (on|between) /);

  await followInAppLink(page, '/someone.new/');
  await expect.poll(() => badge(page).text()).toMatch(/^Not in your lists yet/);
  await expect.poll(() => badge(page).count()).toBe(1);

  // Back and forward: each profile's own badge, never the previous one.
  await page.goBack();
  await expect(page).toHaveURL('https://www.instagram.com/gone1/');
  await expect.poll(() => badge(page).text()).toMatch(/^Unfollowed you/);
  await page.goBack();
  await expect.poll(() => badge(page).text()).toMatch(/^Doesn't follow you back/);
  await page.goForward();
  await expect.poll(() => badge(page).text()).toMatch(/^Unfollowed you/);
  await expect.poll(() => badge(page).count()).toBe(1);

  await followInAppLink(page, '/explore/');
  await expect.poll(() => badge(page).count()).toBe(0);
  await followInAppLink(page, `/${ME}/`);
  await page.waitForTimeout(500);
  await expect.poll(() => badge(page).count()).toBe(0);

  // A click on the badge opens that account in the review list, beside this tab.
  await followInAppLink(page, '/idol1/');
  await badge(page).click();
  const worker = context.serviceWorkers()[0];
  await expect
    .poll(() =>
      worker.evaluate(async () => {
        const { chrome } = globalThis as unknown as {
          chrome: {
            tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
            sidePanel: { getOptions(o: object): Promise<{ path?: string }> };
          };
        };
        const [tab] = await chrome.tabs.query({ url: 'https://www.instagram.com/idol1/' });
        return (await chrome.sidePanel.getOptions({ tabId: tab.id })).path;
      }),
    )
    .toBe('sidepanel.html?account=instagram%3Astudio.lumen&view=everyone&search=idol1');
});

test('the badge works on TikTok too, and says when the followers were read only in part', async ({
  context,
}) => {
  await serveTikTok(context, () => ({
    me: ME,
    followers: Array.from({ length: 60 }, (_, i) => ({ handle: `tt_fan${i}` })),
    following: [{ handle: 'tt_fan1' }, { handle: 'tt_idol' }],
  }));
  const page = await context.newPage();
  await openOwnTikTokList(page, ME, 'following');
  await wheelUntil(page, /Following complete/);
  await switchTab(page, 'Followers');
  await page.waitForTimeout(1500); // the first page only: a partial capture
  await closeTikTokList(page);

  await page.goto('https://www.tiktok.com/@tt_idol');
  await expect
    .poll(() => badge(page).text())
    .toMatch(/Doesn't follow you back.*Your followers were last read in part \(\d+ of 60\)/);
  await page.goto('https://www.tiktok.com/@tt_fan1');
  await expect.poll(() => badge(page).text()).toMatch(/^Mutual · you follow each other/);
  await expect.poll(() => badge(page).count()).toBe(1);
});
