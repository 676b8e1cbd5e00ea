import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import type { Page } from '@playwright/test';

import { type InstagramScenario, type MockAccount, serveInstagram } from './mock-instagram/server';
import {
  expect,
  extensionIdOf,
  launchWithExtension,
  openPopupOver,
  reloadExtension,
  test,
} from './support/extension';
import {
  closeList,
  listScrollTop,
  openOwnList,
  overlay,
  wheelTimes,
  wheelUntil,
} from './support/instagram-user';
import { listedHandles } from './support/popup-user';
import { controlWorker } from './support/worker-control';

const ME = 'harbor.ceramics';
const followers = (count: number, prefix = 'fan'): MockAccount[] =>
  Array.from({ length: count }, (_, i) => ({
    handle: `${prefix}_${String(i).padStart(3, '0')}`,
    name: `${prefix} ${i}`,
  }));
const ONE_FOLLOWED: MockAccount[] = [{ handle: 'clay.supplier' }];

/** How many accounts the overlay says were read so far. */
async function readSoFar(page: Page): Promise<number> {
  const match = /· (\d+) of/.exec((await overlay(page).text()) ?? '');
  return match ? Number(match[1]) : 0;
}

/** Wheels the open list until the overlay has counted at least `count` accounts. */
async function wheelUntilRead(page: Page, count: number): Promise<void> {
  for (let turn = 0; turn < 60 && (await readSoFar(page)) < count; turn++) await wheelTimes(page, 1);
  expect(await readSoFar(page)).toBeGreaterThanOrEqual(count);
}

/** A one-row following list is complete as soon as it opens: it makes the Fans view exactly the followers. */
async function captureOneFollowed(page: Page): Promise<void> {
  await openOwnList(page, ME, 'following');
  await expect.poll(() => overlay(page).text()).toContain('Following complete · 1 of 1 read');
  await closeList(page);
}

test('the worker is stopped twice mid-capture, once with a batch unanswered: the capture goes on and ends with every account once', async ({
  context,
  extensionId,
  openPopup,
}) => {
  const everyone = followers(80);
  await serveInstagram(context, () => ({ me: ME, followers: everyone, following: ONE_FOLLOWED }));
  const page = await context.newPage();
  await captureOneFollowed(page);
  const worker = await controlWorker(page, extensionId);

  await openOwnList(page, ME, 'followers');
  await wheelUntilRead(page, 24);
  // Stopped while idle between two batches, as Chrome does after 30 s without events.
  await worker.stop();
  await wheelUntilRead(page, 40);
  await expect.poll(() => worker.restartedSinceStop()).toBe(true);

  // Frozen, then stopped, with a batch sent in between: that batch was never acknowledged.
  await worker.pause();
  const readAtPause = await readSoFar(page);
  await wheelUntilRead(page, readAtPause + 12);
  await expect.poll(() => worker.isPaused()).toBe(true);
  await page.waitForTimeout(500);
  await worker.stop();

  await wheelUntil(page, /Followers complete/);
  await expect.poll(() => overlay(page).text()).toContain('Followers complete · 80 of 80 read');
  const popup = await openPopup();
  await expect(popup.getByTestId('capture-followers')).toContainText('80 of 80 read · complete');
  await expect(popup.getByTestId('count-fans')).toHaveText('80');
  expect(await listedHandles(popup, /Fans/)).toEqual(everyone.map((account) => account.handle));
  await expect(popup.getByTestId('count-lostFollowers')).toHaveText('0');
});

test('the browser closes mid-capture: the next start closes that capture as partial, and a later full pass completes it', async () => {
  const profile = await mkdtemp(path.join(os.tmpdir(), 'follow-ledger-profile-'));
  let scenario: InstagramScenario = { me: ME, followers: followers(40), following: ONE_FOLLOWED };
  const launch = async () => {
    const launched = await launchWithExtension({ userDataDir: profile });
    await serveInstagram(launched, () => scenario);
    return { context: launched, extensionId: await extensionIdOf(launched) };
  };
  const openPopup = async (context: Awaited<ReturnType<typeof launch>>['context'], extensionId: string) => {
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    return popup;
  };
  try {
    let { context, extensionId } = await launch();
    let page = await context.newPage();
    await captureOneFollowed(page);
    await openOwnList(page, ME, 'followers');
    await wheelUntil(page, /Followers complete · 40 of 40 read/);
    await closeList(page);

    // Ten people unfollow; the browser is closed while the list is a third read.
    scenario = { ...scenario, followers: followers(40).slice(10) };
    await openOwnList(page, ME, 'followers');
    await wheelUntilRead(page, 12);
    await page.waitForTimeout(500);
    await context.close();

    ({ context, extensionId } = await launch());
    let popup = await openPopup(context, extensionId);
    await expect(popup.getByTestId('capture-followers')).toContainText(
      /\d+ of 30 read · partial: end not reached/,
    );
    await expect(popup.getByTestId('count-lostFollowers')).toHaveText('0');
    await expect(popup.getByTestId('count-fans')).toHaveText('40');
    await popup.close();

    page = await context.newPage();
    await openOwnList(page, ME, 'followers');
    await wheelUntil(page, /Followers complete · 30 of 30 read/);
    popup = await openPopup(context, extensionId);
    await expect(popup.getByTestId('count-lostFollowers')).toHaveText('10');
    await expect(popup.getByTestId('count-fans')).toHaveText('30');
    await context.close();
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
});

test('two tabs capture the same list at once: each change is recorded once', async ({
  context,
  openPopup,
}) => {
  let scenario: InstagramScenario = { me: ME, followers: followers(50), following: ONE_FOLLOWED };
  await serveInstagram(context, () => scenario);
  const first = await context.newPage();
  await captureOneFollowed(first);
  await openOwnList(first, ME, 'followers');
  await wheelUntil(first, /Followers complete · 50 of 50 read/);
  await closeList(first);

  // Five unfollow, eight follow; the user scrolls the list in two tabs, turn about.
  scenario = { ...scenario, followers: [...followers(8, 'new'), ...followers(50).slice(5)] };
  const second = await context.newPage();
  await openOwnList(first, ME, 'followers');
  await openOwnList(second, ME, 'followers');
  const done = /Followers complete · 53 of 53 read/;
  for (let turn = 0; turn < 80; turn++) {
    const texts = await Promise.all([first, second].map((page) => overlay(page).text()));
    if (texts.every((text) => done.test(text ?? ''))) break;
    for (const [index, page] of [first, second].entries())
      if (!done.test(texts[index] ?? '')) await wheelTimes(page, 1);
  }
  for (const page of [first, second])
    await expect.poll(() => overlay(page).text()).toContain('Followers complete · 53 of 53 read');

  const popup = await openPopup();
  await expect(popup.getByTestId('capture-followers')).toContainText('53 of 53 read · complete');
  await expect(popup.getByTestId('count-newFollowers')).toHaveText('8');
  await expect(popup.getByTestId('count-lostFollowers')).toHaveText('5');
  expect(await listedHandles(popup, /Lost followers/)).toEqual(followers(5).map((account) => account.handle));
  await expect(popup.getByTestId('count-fans')).toHaveText('53');
});

test('the user switches accounts mid-capture: the capture stops, and nothing reaches the other account', async ({
  context,
  extensionId,
}) => {
  const other = 'ceramics.shop.two';
  await serveInstagram(context, () => ({
    me: ME,
    followers: followers(60),
    following: ONE_FOLLOWED,
    switchTo: other,
  }));
  const page = await context.newPage();
  await captureOneFollowed(page);
  await openOwnList(page, ME, 'followers');
  await wheelUntilRead(page, 24);
  const readBeforeSwitch = await readSoFar(page);
  // The open list covers the navigation: the switcher's click is dispatched to it directly.
  await page.getByRole('button', { name: 'Switch accounts' }).dispatchEvent('click');
  await expect
    .poll(() => overlay(page).text())
    .toContain(`You switched accounts: what was read of @${ME}'s followers is kept as a partial capture.`);
  // The list stays open and keeps loading as the user scrolls; none of it is read any more.
  await wheelTimes(page, 6);

  const popup = await openPopupOver(page, extensionId);
  const picker = popup.getByRole('combobox', { name: 'Account' });
  await expect(picker.getByRole('option')).toHaveText([`@${ME} · Instagram`]);
  const saved = popup.getByTestId('capture-followers');
  await expect(saved).toContainText(/\d+ of 60 read · partial: end not reached/);
  const savedCount = Number(/(\d+) of 60/.exec((await saved.textContent()) ?? '')![1]);
  expect(savedCount).toBeGreaterThan(0);
  expect(savedCount).toBeLessThanOrEqual(readBeforeSwitch);
});

test('the extension is reloaded while a list is open: the page keeps working, the overlay says to reload, and the next visit captures again', async ({
  context,
  openPopup,
}) => {
  await serveInstagram(context, () => ({
    me: ME,
    followers: followers(30),
    following: followers(40, 'idol'),
  }));
  const page = await context.newPage();
  // Followers first, so that the following list asks the background which rows to mark.
  await openOwnList(page, ME, 'followers');
  await wheelUntil(page, /Followers complete · 30 of 30 read/);
  await closeList(page);
  await openOwnList(page, ME, 'following');
  await wheelUntilRead(page, 12);

  await reloadExtension(context);
  await page.bringToFront();
  const scrolledBefore = await listScrollTop(page);
  await wheelTimes(page, 8);
  await expect
    .poll(() => overlay(page).text())
    .toContain('Follow Ledger was updated or restarted. Reload this page to keep reading.');
  // The site itself is untouched: its list still scrolls, and its links still work.
  expect(await listScrollTop(page)).toBeGreaterThan(scrolledBefore);
  await closeList(page);
  await page.getByRole('link', { name: 'Explore' }).click();
  await expect(page).toHaveURL('https://www.instagram.com/explore/');
  // The reloaded extension closed the capture its old page could no longer end: partial, never complete.
  let popup = await openPopup();
  await expect(popup.getByTestId('capture-following')).toContainText(
    /\d+ of 40 read · partial: end not reached/,
  );
  await popup.close();

  await page.bringToFront();
  await page.reload();
  await openOwnList(page, ME, 'following');
  await wheelUntil(page, /Following complete · 40 of 40 read/);
  popup = await openPopup();
  await expect(popup.getByTestId('capture-following')).toContainText('40 of 40 read · complete');
  await expect(popup.getByTestId('count-notFollowingBack')).toHaveText('40');
});
