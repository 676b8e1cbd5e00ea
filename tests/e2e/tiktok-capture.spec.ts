import { serveInstagram } from './mock-instagram/server';
import { type MockTikTokAccount, serveTikTok, type TikTokScenario } from './mock-tiktok/server';
import { expect, test } from './support/extension';
import { captureBothLists, overlay, overlayStatus, wheelTimes, wheelUntil } from './support/instagram-user';
import { listedHandles } from './support/popup-user';
import { closeTikTokList, followDialog, openOwnTikTokList, switchTab } from './support/tiktok-user';

const ME = 'same.name';
const accounts = (prefix: string, from: number, to: number): MockTikTokAccount[] =>
  Array.from({ length: to - from + 1 }, (_, i) => ({
    handle: `${prefix}${from + i}`,
    nickname: `${prefix} ${from + i}`,
  }));

test('TikTok: both lists captured in one dialog by switching tabs; the Instagram ledger of the same name is untouched', async ({
  context,
  openPopup,
}) => {
  // The same person runs @same.name on both sites, with different audiences.
  await serveInstagram(context, () => ({
    me: ME,
    followers: [{ handle: 'ig_fan' }, { handle: 'ig_friend' }],
    following: [{ handle: 'ig_friend' }],
  }));
  const tiktok: TikTokScenario = {
    me: ME,
    followers: accounts('tt', 1, 50),
    following: accounts('tt', 41, 60),
  };
  await serveTikTok(context, () => tiktok);
  const page = await context.newPage();
  await captureBothLists(page, ME);

  await openOwnTikTokList(page, ME, 'followers');
  await wheelUntil(page, /Followers complete · 50 of 50 read/);
  // Switching tabs inside the open dialog switches the list being captured.
  await switchTab(page, 'Following');
  await expect.poll(() => overlay(page).text()).toContain('Reading following');
  await wheelUntil(page, /Following complete · 20 of 20 read/);
  await closeTikTokList(page);

  const popup = await openPopup();
  const picker = popup.getByRole('combobox', { name: 'Account' });
  await expect(picker).toHaveValue(`tiktok:${ME}`);
  await expect(popup.getByTestId('capture-followers')).toContainText('50 of 50 read · complete');
  await expect(popup.getByTestId('count-mutuals')).toHaveText('10');
  expect(await listedHandles(popup, /Not following back/)).toEqual(
    accounts('tt', 51, 60)
      .map((a) => a.handle)
      .sort(),
  );
  expect(await listedHandles(popup, /Mutuals/)).toEqual(
    accounts('tt', 41, 50)
      .map((a) => a.handle)
      .sort(),
  );
  await expect(popup.getByTestId('count-fans')).toHaveText('40');
  await expect(popup.getByRole('link', { name: '@tt41' })).toHaveAttribute(
    'href',
    'https://www.tiktok.com/@tt41',
  );

  await picker.selectOption(`instagram:${ME}`);
  await expect(popup.getByTestId('count-fans')).toHaveText('1');
  await expect(popup.getByTestId('count-mutuals')).toHaveText('1');
  await expect(popup.getByTestId('capture-followers')).toContainText('2 of 2 read · complete');
});

test('TikTok: a web list that stops early is partial and says to import the data download', async ({
  context,
  openPopup,
}) => {
  await serveTikTok(context, () => ({
    me: ME,
    followers: accounts('fan', 1, 90),
    following: [],
    webListLimit: 48,
  }));
  const page = await context.newPage();
  await openOwnTikTokList(page, ME, 'followers');
  await wheelUntil(page, /Followers partial/);
  await expect
    .poll(() => overlay(page).text())
    .toContain('TikTok showed 48 of 90 followers: import your TikTok data download for the full list.');
  const popup = await openPopup();
  await expect(popup.getByTestId('capture-followers')).toContainText(
    '48 of 90 read · partial: the list ended early',
  );
  await expect(popup.getByTestId('capture-followers')).toContainText('import your TikTok data download');
});

test('TikTok: a captcha is shown, stops the capture from ending, and records no empty or complete list', async ({
  context,
  openPopup,
}) => {
  await serveTikTok(context, () => ({
    me: ME,
    followers: accounts('fan', 1, 60),
    following: [],
    captchaAfterBatches: 2,
  }));
  const page = await context.newPage();
  await openOwnTikTokList(page, ME, 'followers');
  await wheelTimes(page, 12);
  await expect
    .poll(() => overlay(page).text())
    .toContain('TikTok is showing a captcha: solve it, then keep scrolling.');
  await expect
    .poll(() => overlayStatus(page).text())
    .toBe('Reading followers. TikTok is showing a captcha: solve it, then keep scrolling.');
  await expect.poll(() => overlay(page).text()).toContain('Reading followers · 32 of 60');
  await page.waitForTimeout(2500);
  await expect.poll(() => overlay(page).text()).toContain('Reading followers');
  await page.keyboard.press('Escape');
  await expect(followDialog(page)).toHaveCount(0);
  await expect.poll(() => overlay(page).text()).toContain('Followers partial · 32 of 60 read');
  const popup = await openPopup();
  await expect(popup.getByTestId('capture-followers')).toContainText(
    '32 of 60 read · partial: end not reached',
  );
});

test('TikTok: logged out, nothing is read', async ({ context }) => {
  await serveTikTok(context, () => ({ me: null, followers: accounts('fan', 1, 10), following: [] }));
  const page = await context.newPage();
  await page.goto(`https://www.tiktok.com/@${ME}`);
  await page.locator('strong[data-e2e="followers-count"]').click();
  await page.waitForTimeout(2000);
  await expect.poll(() => overlay(page).count()).toBe(0);
});
