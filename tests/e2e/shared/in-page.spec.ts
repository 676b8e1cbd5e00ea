import type { Page } from 'puppeteer-core';

import { type MockAccount, serveInstagram } from '../mock-instagram/server';
import { expect, test } from '../support/shared-test';
import {
  badge,
  captureBothLists,
  closeList,
  openOwnList,
  rowMarks,
  scrollInstagramUntil,
} from '../support/site-user';

const ME = 'studio.lumen';
const accounts = (...handles: string[]): MockAccount[] => handles.map((handle) => ({ handle }));
const fans = Array.from({ length: 14 }, (_, i) => `fan${i + 1}`);
const idols = Array.from({ length: 14 }, (_, i) => `idol${i + 1}`);

/** The handles of the rendered rows of the open list that carry the "doesn't follow back" marker. */
async function markedRows(page: Page): Promise<string[]> {
  const links = (await rowMarks(page).seen()).map((mark) => mark.link!.href.replaceAll('/', ''));
  return [...new Set(links)].sort();
}

function renderedRows(page: Page): Promise<string[]> {
  return page.$$eval('div[role="dialog"] a[href]', (links) =>
    [...new Set(links.map((link) => link.getAttribute('href')!.replaceAll('/', '')))].sort(),
  );
}

test("the following list marks who doesn't follow back; profiles carry the badge", async ({ ext }) => {
  let followers = accounts('pal1', 'gone1', ...fans);
  await serveInstagram(ext, () => ({
    me: ME,
    followers,
    following: accounts('pal1', ...idols),
  }));
  const page = await ext.newTab();
  await captureBothLists(page, ME);

  // The following list again: exactly the rendered non-followers are marked, whatever rows are drawn.
  await openOwnList(page, ME, 'following');
  await scrollInstagramUntil(page, /Following complete/);
  await expect
    .poll(async () => {
      const expected = (await renderedRows(page)).filter((handle) => handle.startsWith('idol'));
      return expected.length > 0 && JSON.stringify(expected) === JSON.stringify(await markedRows(page));
    })
    .toBe(true);
  expect(await markedRows(page)).not.toContain('pal1');
  expect(new Set(await rowMarks(page).texts())).toEqual(new Set(["doesn't follow back"]));
  await closeList(page);

  // gone1 unfollows: the next complete capture dates it.
  followers = accounts('pal1', ...fans);
  await openOwnList(page, ME, 'followers');
  await scrollInstagramUntil(page, /Followers complete/);
  await closeList(page);

  const expectBadge = (expected: RegExp) => expect.poll(() => badge(page).text()).toMatch(expected);
  await page.goto('https://www.instagram.com/fan1/');
  await expectBadge(/^Follows you · you don't follow them/);
  await page.goto('https://www.instagram.com/pal1/');
  await expectBadge(/^Mutual · you follow each other/);
  await page.goto('https://www.instagram.com/idol3/');
  await expectBadge(/^Doesn't follow you back/);
  await page.goto('https://www.instagram.com/gone1/');
  await expectBadge(/^Unfollowed you (on|between) /);
  await page.goto(`https://www.instagram.com/${ME}/`);
  await page.waitForSelector('main');
  // The badge shows within ~30 ms of a profile's header (npm run bench): a second is ample to be absent.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  expect(await badge(page).count()).toBe(0);
});
