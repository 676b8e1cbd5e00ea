import { type MockAccount, serveInstagram } from '../mock-instagram/server';
import type { ExtensionBrowser } from '../support/browsers';
import { clickText } from '../support/page-user';
import { expect, test } from '../support/shared-test';
import { badge, captureBothLists } from '../support/site-user';

const ME = 'studio.lumen';
const accounts = (...handles: string[]): MockAccount[] => handles.map((handle) => ({ handle }));
const OPTIONS = '[role="listbox"] [role="option"]';
const handlesIn = (labels: string[]) => labels.map((label) => /@([a-z0-9._]+)/.exec(label)?.[1]).sort();

test("the review list opens in the browser's panel: from the popup, and from a profile's badge", async ({
  ext,
}) => {
  await serveInstagram(ext, () => ({
    me: ME,
    followers: accounts('pal1', 'fan1', 'fan2'),
    following: accounts('pal1', 'idol1', 'idol2', 'idol3'),
  }));
  const page = await ext.newTab();
  await captureBothLists(page, ME);
  await ext.closeReviewPanel();
  expect(await ext.reviewPanel(OPTIONS)).toBeNull();

  const popup = await ext.openPopupOver(page);
  await clickText(popup, 'button', /^Open the review list$/);
  // The panel's queue: not following back, first.
  await expect
    .poll(async () => handlesIn((await ext.reviewPanel(OPTIONS))?.labels ?? []))
    .toEqual(['idol1', 'idol2', 'idol3']);
  expect((await ext.reviewPanel(OPTIONS))!.url).toMatch(/\/sidepanel\.html/);

  // A click on a profile's badge shows that account in the panel.
  await page.bringToFront();
  await page.goto('https://www.instagram.com/idol2/');
  await badge(page).click();
  await expect.poll(async () => (await ext.reviewPanel(OPTIONS))?.url).toMatch(/search=idol2/);
  await expect.poll(async () => handlesIn((await ext.reviewPanel(OPTIONS))?.labels ?? [])).toEqual(['idol2']);

  // With the panel closed, the badge still shows the account: in the panel where the browser lets a page's
  // click open it (Chrome), else in a tab (Firefox opens its sidebar only from its own UI).
  await ext.closeReviewPanel();
  await page.goto('https://www.instagram.com/idol3/');
  await badge(page).click();
  await expect.poll(() => reviewListShowing(ext)).toEqual(['idol3']);
});

/** The handles the review list shows for the last badge click, in the browser's panel or in a tab. */
async function reviewListShowing(ext: ExtensionBrowser): Promise<(string | undefined)[] | null> {
  const panel = await ext.reviewPanel(OPTIONS);
  if (panel) return handlesIn(panel.labels);
  for (const tab of await ext.browser.pages()) {
    const href = await tab.evaluate(() => location.href).catch(() => '');
    if (/\/sidepanel\.html\?/.test(href)) {
      return handlesIn(
        await tab.$$eval(OPTIONS, (found) => found.map((o) => o.getAttribute('aria-label') ?? '')),
      );
    }
  }
  return null;
}
