import { type MockAccount, serveInstagram } from '../mock-instagram/server';
import { type MockTikTokAccount, serveTikTok } from '../mock-tiktok/server';
import { captureLine, countOf, listedHandles } from '../support/popup-reader';
import { expect, test } from '../support/shared-test';
import {
  captureBothLists,
  expectOverlay,
  openOwnTikTokList,
  scrollTikTokUntil,
  switchTikTokTab,
} from '../support/site-user';

const ME = 'studio.lumen';
/** p01…p40: followers are p01–p30, following p21–p40, so mutuals are p21–p30. */
const people = (from: number, to: number): MockAccount[] =>
  Array.from({ length: to - from + 1 }, (_, i) => ({
    handle: `p${String(from + i).padStart(2, '0')}`,
    name: `Person ${from + i}`,
  }));
const handles = (from: number, to: number) => people(from, to).map((account) => account.handle);

test('Instagram: scrolling both lists fills the popup with the views', async ({ ext }) => {
  await serveInstagram(ext, () => ({ me: ME, followers: people(1, 30), following: people(21, 40) }));
  const page = await ext.newTab();
  await captureBothLists(page, ME);
  await expectOverlay(page, /Following complete · 20 of 20 read/);

  const popup = await ext.openPopupOver(page);
  await expect.poll(() => captureLine(popup, 'followers')).toContain('30 of 30 read · complete');
  expect(await captureLine(popup, 'following')).toContain('20 of 20 read · complete');
  expect(await countOf(popup, 'notFollowingBack')).toBe('10');
  expect(await countOf(popup, 'fans')).toBe('20');
  expect(await countOf(popup, 'mutuals')).toBe('10');
  expect(await listedHandles(popup, /Not following back/)).toEqual(handles(31, 40));
  expect(await listedHandles(popup, /Fans/)).toEqual(handles(1, 20));
  expect(await listedHandles(popup, /Mutuals/)).toEqual(handles(21, 30));
  const href = await popup.$eval('[role="tabpanel"] a', (a) => a.getAttribute('href'));
  expect(href).toBe('https://www.instagram.com/p21/');
});

const tiktokAccounts = (from: number, to: number): MockTikTokAccount[] =>
  Array.from({ length: to - from + 1 }, (_, i) => ({ handle: `tt${from + i}`, nickname: `TT ${from + i}` }));

test('TikTok: both lists captured in one dialog by switching tabs', async ({ ext }) => {
  await serveTikTok(ext, () => ({
    me: ME,
    followers: tiktokAccounts(1, 50),
    following: tiktokAccounts(41, 60),
  }));
  const page = await ext.newTab();
  await openOwnTikTokList(page, ME, 'followers');
  await scrollTikTokUntil(page, /Followers complete · 50 of 50 read/);
  await switchTikTokTab(page, 'Following');
  await scrollTikTokUntil(page, /Following complete · 20 of 20 read/);

  const popup = await ext.openPopupOver(page);
  await expect.poll(() => captureLine(popup, 'followers')).toContain('50 of 50 read · complete');
  expect(await countOf(popup, 'mutuals')).toBe('10');
  expect(await countOf(popup, 'fans')).toBe('40');
  expect(await listedHandles(popup, /Not following back/)).toEqual(
    tiktokAccounts(51, 60)
      .map((a) => a.handle)
      .sort(),
  );
});
