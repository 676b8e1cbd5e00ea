import type { Page } from '@playwright/test';

import { type MockAccount, serveInstagram } from './mock-instagram/server';
import { expect, test } from './support/extension';
import { overlay, wheelTimes, wheelUntil } from './support/instagram-user';
import { storedCaptures } from './support/ledger-records';

const ME = 'me.shop';
const accounts = (prefix: string, count: number): MockAccount[] =>
  Array.from({ length: count }, (_, i) => ({ handle: `${prefix}${i + 1}`, name: `${prefix} ${i + 1}` }));
const CANT_TELL = "Follow Ledger can't tell which list is open";
const tenOfEach = () => ({ me: ME, followers: accounts('fan', 10), following: accounts('pal', 10) });

test("the issue's repro: a URL naming followers over the following dialog records nothing, and no storm", async ({
  context,
  openPopup,
}) => {
  await serveInstagram(context, tenOfEach);
  const page = await context.newPage();
  // 1. Open /me/followers/ (read to its end, a true capture), and press Esc.
  await page.goto(`https://www.instagram.com/${ME}/followers/`);
  await wheelUntil(page, /Followers complete · 10 of 10 read/);
  await page.keyboard.press('Escape');
  await expect(page.locator('div[role="dialog"]:not([aria-hidden="true"])')).toHaveCount(0);
  // 2. The URL names followers again, without the page showing them.
  await page.evaluate((me) => history.pushState(null, '', `/${me}/followers/`), ME);
  // 3. Click the following count: the following list opens under a URL that says followers.
  await page.locator(`main a[href="/${ME}/following/"]`).click();
  await expect(page.getByRole('heading', { name: 'Following' })).toBeVisible();
  await expect.poll(() => overlay(page).text()).toContain(CANT_TELL);
  await wheelTimes(page, 10);
  await page.waitForTimeout(4000);
  await expect.poll(() => overlay(page).text()).toContain(CANT_TELL);

  const popup = await openPopup();
  // Only the capture of step 1: no session of the following list under any name, and no storm.
  expect(await storedCaptures(popup)).toEqual([
    { list: 'followers', read: 10, complete: true, header: { value: 10, unit: 1 } },
  ]);
  await expect(popup.getByTestId('capture-followers')).toContainText('10 of 10 read · complete');
});

/** Esc, and at once a click on a count, in one task: both happen before the extension next looks. */
async function closeAndOpenAtOnce(page: Page, urlBefore: string, list: 'followers' | 'following') {
  await page.evaluate(
    ({ path, href }) => {
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      history.pushState(null, '', path);
      document.querySelector<HTMLElement>(`main a[href="${href}"]`)!.click();
    },
    { path: urlBefore, href: `/${ME}/${list}/` },
  );
}

test('one list closed and the other opened before the extension looks: the new one is still placed', async ({
  context,
  openPopup,
}) => {
  await serveInstagram(context, tenOfEach);
  const page = await context.newPage();
  await page.goto(`https://www.instagram.com/${ME}/`);
  await page.locator(`main a[href="/${ME}/followers/"]`).click();
  await wheelUntil(page, /Followers complete · 10 of 10 read/);
  // The URL and the click agree (the profile's URL names no list): the following list is read.
  await closeAndOpenAtOnce(page, `/${ME}/`, 'following');
  await expect(page.getByRole('heading', { name: 'Following' })).toBeVisible();
  await wheelUntil(page, /Following complete · 10 of 10 read/);
  // The URL names followers over the following dialog: nothing of it is read, and the overlay says why.
  await closeAndOpenAtOnce(page, `/${ME}/followers/`, 'following');
  await expect(page.getByRole('heading', { name: 'Following' })).toBeVisible();
  await expect.poll(() => overlay(page).text()).toContain(CANT_TELL);

  expect(
    (await storedCaptures(await openPopup())).map(({ list, read, complete }) => ({ list, read, complete })),
  ).toEqual([
    { list: 'followers', read: 10, complete: true },
    { list: 'following', read: 10, complete: true },
  ]);
});

test('two list dialogs open at once: nothing is recorded, and the overlay says it cannot tell which list is open', async ({
  context,
  openPopup,
}) => {
  await serveInstagram(context, () => ({
    me: ME,
    followers: accounts('fan', 30),
    following: accounts('pal', 30),
    extraListDialog: true,
  }));
  const page = await context.newPage();
  await page.goto(`https://www.instagram.com/${ME}/`);
  await page.locator(`main a[href="/${ME}/followers/"]`).click();
  await expect(page.locator('div[role="dialog"]:not([aria-hidden="true"])')).toHaveCount(2);
  await expect.poll(() => overlay(page).text()).toContain(CANT_TELL);
  await page.mouse.move(640, 400);
  for (let turn = 0; turn < 20; turn++) {
    await page.mouse.wheel(0, 300);
    await page.waitForTimeout(150);
  }
  await page.waitForTimeout(3000);
  await expect.poll(() => overlay(page).text()).toContain(CANT_TELL);
  expect(await storedCaptures(await openPopup())).toEqual([]);
});

test('the header count rises during the capture: the verdict uses the count at the end, and the move is shown', async ({
  context,
  openPopup,
}) => {
  await serveInstagram(context, () => ({
    me: ME,
    followers: accounts('fan', 40),
    following: [],
    followerCountLater: { afterBatches: 2, count: 400 },
  }));
  const page = await context.newPage();
  await page.goto(`https://www.instagram.com/${ME}/`);
  await expect(page.locator(`main a[href="/${ME}/followers/"]`)).toContainText('40');
  await page.locator(`main a[href="/${ME}/followers/"]`).click();
  await wheelUntil(page, /Followers partial · 40 of 400 read/);
  await expect
    .poll(() => overlay(page).text())
    .toContain("The profile's count changed from 40 to 400 while the list was read.");
  const popup = await openPopup();
  expect(await storedCaptures(popup)).toEqual([
    { list: 'followers', read: 40, complete: false, header: { value: 400, unit: 1 } },
  ]);
  await expect(popup.getByTestId('capture-followers')).toContainText('40 of 400 read · partial');
});

test('a page whose heading flips between the lists starts at most 6 readings a minute, all of the list clicked, and then says so', async ({
  context,
  openPopup,
}) => {
  await serveInstagram(context, () => ({
    me: ME,
    followers: accounts('fan', 30),
    following: accounts('pal', 30),
  }));
  const page = await context.newPage();
  await page.goto(`https://www.instagram.com/${ME}/`);
  await page.locator(`main a[href="/${ME}/followers/"]`).click();
  await expect.poll(() => overlay(page).text()).toContain('Reading followers');
  // A hostile page: the dialog's heading says the other list, then this one again, five times a second.
  await page.evaluate(() => {
    const heading = document.querySelector('div[role="dialog"]:not([aria-hidden="true"]) [role="heading"]')!;
    let flips = 0;
    const timer = setInterval(() => {
      heading.textContent = flips % 2 === 0 ? 'Following' : 'Followers';
      if (++flips === 40) clearInterval(timer);
    }, 200);
  });
  await expect
    .poll(() => overlay(page).text(), { timeout: 15_000 })
    .toContain('The open list keeps changing');
  await page.waitForTimeout(5000);
  const captures = await storedCaptures(await openPopup());
  expect(captures.length).toBeGreaterThan(0);
  expect(captures.length).toBeLessThanOrEqual(6);
  // Each reading was of the list the click opened, cut short: nobody is lost for it.
  for (const capture of captures) expect(capture).toMatchObject({ list: 'followers', complete: false });
});
