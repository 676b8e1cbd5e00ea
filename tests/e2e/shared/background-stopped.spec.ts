import type { Page } from 'puppeteer-core';

import { type MockAccount, serveInstagram } from '../mock-instagram/server';
import { captureLine, countOf, listedHandles } from '../support/popup-reader';
import { expect, test } from '../support/shared-test';
import {
  closeList,
  expectOverlay,
  openOwnList,
  overlay,
  scrollInstagramTimes,
  scrollInstagramUntil,
} from '../support/site-user';

const ME = 'studio.lumen';
const everyone: MockAccount[] = Array.from({ length: 80 }, (_, i) => ({
  handle: `f${String(i + 1).padStart(3, '0')}`,
}));

async function readSoFar(page: Page): Promise<number> {
  const match = /Reading followers · (\d+)/.exec((await overlay(page).text()) ?? '');
  return match ? Number(match[1]) : 0;
}

async function scrollUntilRead(page: Page, count: number): Promise<void> {
  for (let turn = 0; turn < 60 && (await readSoFar(page)) < count; turn++) {
    await scrollInstagramTimes(page, 1);
  }
  expect(await readSoFar(page)).toBeGreaterThanOrEqual(count);
}

test('the background is stopped twice mid-capture: the capture goes on and ends with every account once', async ({
  ext,
}) => {
  await serveInstagram(ext, () => ({ me: ME, followers: everyone, following: [{ handle: 'f001' }] }));
  const page = await ext.newTab();
  await openOwnList(page, ME, 'following');
  await expectOverlay(page, 'Following complete · 1 of 1 read');
  await closeList(page);

  await openOwnList(page, ME, 'followers');
  for (const readBefore of [24, 48]) {
    await scrollUntilRead(page, readBefore);
    await ext.stopBackground();
    // The next batch wakes it again, with nothing of the capture left in its memory.
    await scrollUntilRead(page, readBefore + 12);
    await expect.poll(() => ext.backgroundRunning()).toBe(true);
  }
  await scrollInstagramUntil(page, /Followers complete/);
  await expectOverlay(page, 'Followers complete · 80 of 80 read');

  const popup = await ext.openPopupOver(page);
  await expect.poll(() => captureLine(popup, 'followers')).toContain('80 of 80 read · complete');
  expect(await countOf(popup, 'fans')).toBe('79');
  expect(await countOf(popup, 'lostFollowers')).toBe('0');
  expect(await listedHandles(popup, /Fans/)).toEqual(everyone.slice(1).map((account) => account.handle));
});
