import type { Page } from '@playwright/test';

import { type InstagramScenario, type MockAccount, serveInstagram } from './mock-instagram/server';
import { expect, test } from './support/extension';
import { closeList, openOwnList, overlay, wheelTimes, wheelUntil } from './support/instagram-user';
import { tabTo } from './support/keyboard';
import { setWorkerDate } from './support/worker-clock';

const ME = 'corner.cafe';
const DAY = 86_400_000;

function people(from: number, to: number): MockAccount[] {
  return Array.from({ length: to - from + 1 }, (_, i) => ({
    handle: `p${String(from + i).padStart(2, '0')}`,
  }));
}
const without = (accounts: MockAccount[], ...handles: string[]) =>
  accounts.filter((a) => !handles.includes(a.handle));

async function captureList(page: Page, list: 'followers' | 'following') {
  await openOwnList(page, ME, list);
  await wheelUntil(
    page,
    list === 'followers' ? /Followers (complete|partial) ·/ : /Following (complete|partial) ·/,
  );
  await closeList(page);
}

async function handlesIn(popup: Page, tab: RegExp): Promise<string[]> {
  await popup.getByRole('tab', { name: tab }).click();
  return (await popup.getByRole('tabpanel').getByRole('link').allTextContents())
    .map((t) => t.slice(1))
    .sort();
}

function localDate(time: number): string {
  const day = new Date(time);
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
}

test('three days of captures, one partial and one short of the header, give exact change views and chart', async ({
  context,
  openPopup,
}) => {
  const day1 = Date.now() - 2 * DAY;
  const [d1, d2, d3] = [day1, day1 + DAY, day1 + 2 * DAY].map(localDate);
  let scenario: InstagramScenario = { me: ME, followers: people(1, 30), following: people(21, 40) };
  await serveInstagram(context, () => scenario);
  const page = await context.newPage();

  // Day 1: both lists whole. Followers p01–p30, following p21–p40, mutuals p21–p30.
  await setWorkerDate(context, day1);
  await captureList(page, 'followers');
  await captureList(page, 'following');

  // Day 2: p02 (a fan) and p22 (a mutual) are not in the list, n01 and p31 followed; the header counts
  // one deactivated account the list never shows, so the capture is complete but short: p02 and p22
  // are only missing. The user unfollowed p21 (a mutual) and p40.
  scenario = {
    ...scenario,
    followers: [{ handle: 'n01' }, { handle: 'p31' }, ...without(people(1, 30), 'p02', 'p22')],
    followerCount: 31,
    following: without(people(21, 40), 'p21', 'p40'),
  };
  await setWorkerDate(context, day1 + DAY);
  await captureList(page, 'followers');
  await expect.poll(() => overlay(page).text()).toContain('Followers complete · 30 of 31 read');
  await captureList(page, 'following');

  // Day 3: a capture abandoned after two turns of the wheel, then a whole one: p02 is still gone (now
  // lost), p22 is back (missing cleared, no event).
  scenario = {
    ...scenario,
    followers: [{ handle: 'n01' }, { handle: 'p31' }, ...without(people(1, 30), 'p02')],
  };
  await setWorkerDate(context, day1 + 2 * DAY);
  await openOwnList(page, ME, 'followers');
  await wheelTimes(page, 2);
  await closeList(page);
  await expect.poll(() => overlay(page).text()).toContain('Followers partial');
  await captureList(page, 'followers');
  await expect.poll(() => overlay(page).text()).toContain('Followers complete · 31 of 31 read');

  const popup = await openPopup();
  await popup.getByRole('tab', { name: /New followers/ }).click();
  await popup.getByRole('combobox', { name: 'Show changes' }).selectOption('30d');
  expect(await handlesIn(popup, /New followers/)).toEqual(['n01', 'p31']);
  expect(await handlesIn(popup, /Lost followers/)).toEqual(['p02']);
  expect(await handlesIn(popup, /New friends/)).toEqual(['p31']);
  expect(await handlesIn(popup, /Lost friends/)).toEqual(['p21']);
  await expect(popup.getByRole('tabpanel').getByRole('listitem')).toContainText('You unfollowed them');
  await expect(popup.getByTestId('count-mutuals')).toHaveText('10');
  await expect(popup.getByTestId('count-notFollowingBack')).toHaveText('8');

  // "Since the last capture": only what the last whole capture of each list proved.
  await popup.getByRole('tab', { name: /Lost followers/ }).click();
  await popup.getByRole('combobox', { name: 'Show changes' }).selectOption('last-capture');
  await expect(popup.getByTestId('count-lostFollowers')).toHaveText('1');
  await expect(popup.getByTestId('count-newFollowers')).toHaveText('0');

  // The history: one row per day, its sizes in the table, and a day's detail with its changes and its
  // captures' coverage.
  await popup.getByRole('tab', { name: 'History' }).click();
  const table = popup.getByRole('region', { name: 'History as a table' });
  await expect(table.getByRole('button')).toHaveCount(3);
  const sizes = (date: string) =>
    ['followers', 'following', 'mutuals'].map((series) =>
      table.locator(`tr[data-date="${date}"] td[data-series="${series}"]`),
    );
  const expectSizes = async (date: string, values: string[]) => {
    for (const [index, cell] of sizes(date).entries()) await expect(cell).toHaveText(values[index]);
  };
  await expectSizes(d1, ['30', '20', '10']);
  await expectSizes(d2, ['32', '18', '10']);
  await expectSizes(d3, ['31', '18', '10']);

  const detail = popup.locator('.day-detail');
  await expect(detail).toHaveAttribute('data-date', d3);
  await expect(detail.locator('[data-kind="lost-follower"]')).toHaveText('Lost followers: @p02');
  await expect(detail).toContainText(/Followers: \d+ of 31 read · partial: end not reached/);
  await expect(detail).toContainText('Followers: 31 of 31 read · complete');

  await popup.locator(`button[data-date="${d2}"]`).click();
  await expect(detail).toHaveAttribute('data-date', d2);
  await expect(detail.locator('[data-kind="new-follower"]')).toHaveText('New followers: @n01, @p31');
  await expect(detail.locator('[data-kind="new-friend"]')).toHaveText('New friends: @p31');
  await expect(detail.locator('[data-kind="unfollowed"]')).toHaveText('You unfollowed: @p21, @p40');
  await expect(detail.locator('[data-kind="lost-friend"]')).toHaveText('Lost friends: @p21');
  await expect(detail.locator('[data-kind="lost-follower"]')).toHaveCount(0);
  await expect(detail).toContainText('Followers: 30 of 31 read · complete');

  // The chart is drawn, and a click on its first day opens that day.
  const plotArea = popup.locator('.chart .u-over');
  const box = await plotArea.boundingBox();
  await popup.mouse.move(box!.x + 2, box!.y + box!.height / 2);
  await popup.mouse.click(box!.x + 2, box!.y + box!.height / 2);
  await expect(detail).toHaveAttribute('data-date', d1);
  await expect(detail).toContainText('No changes recorded this day.');

  // The chart takes the browser's theme, and takes it again when the theme changes with the popup open.
  const followersKey = popup.locator('.chart .u-legend .u-series').nth(1).locator('.u-marker');
  await popup.emulateMedia({ colorScheme: 'light' });
  await expect(followersKey).toHaveCSS('border-top-color', 'rgb(59, 91, 219)');
  await popup.emulateMedia({ colorScheme: 'dark' });
  await expect(followersKey).toHaveCSS('border-top-color', 'rgb(157, 176, 255)');

  // Each line of the chart is hidden and shown from its legend entry, by keyboard as by mouse.
  const followersLine = popup.getByRole('button', { name: 'Followers', exact: true });
  await expect(followersLine).toHaveAttribute('aria-pressed', 'true');
  await tabTo(popup, followersLine);
  await popup.keyboard.press('Enter');
  await expect(followersLine).toHaveAttribute('aria-pressed', 'false');
  await expect(popup.locator('.chart .u-legend .u-series').nth(1)).toHaveClass(/u-off/);
  await popup.keyboard.press(' ');
  await expect(followersLine).toHaveAttribute('aria-pressed', 'true');
  await expect(popup.locator('.chart .u-legend .u-series').nth(1)).not.toHaveClass(/u-off/);
  await expect(popup.getByRole('img', { name: /^Daily history: list sizes as lines/ })).toBeVisible();
});
