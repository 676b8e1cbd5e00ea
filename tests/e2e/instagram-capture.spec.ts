import { type InstagramScenario, type MockAccount, serveInstagram } from './mock-instagram/server';
import { expect, openTabUrls, test } from './support/extension';
import {
  captureBothLists,
  closeList,
  openOwnList,
  overlay,
  wheelTimes,
  wheelUntil,
} from './support/instagram-user';
import { storedCaptures } from './support/ledger-records';
import { listedHandles } from './support/popup-user';

const ME = 'studio.lumen';
const HOSTILE_NAME = '<img src=x onerror="document.title=\'pwned\'"> Ana';

/** p01…p40: followers are p01–p30, following p21–p40, so mutuals are p21–p30. */
function people(from: number, to: number): MockAccount[] {
  const accounts: MockAccount[] = [];
  for (let n = from; n <= to; n++) {
    const handle = `p${String(n).padStart(2, '0')}`;
    accounts.push({ handle, name: n === 5 ? HOSTILE_NAME : `Person ${n}`, verified: n === 7 });
  }
  return accounts;
}
const handles = (from: number, to: number) => people(from, to).map((account) => account.handle);

test('scrolling both lists fills the popup; a second day shows new and lost followers; a half capture loses nobody', async ({
  context,
  openPopup,
}) => {
  let scenario: InstagramScenario = { me: ME, followers: people(1, 30), following: people(21, 40) };
  await serveInstagram(context, () => scenario);
  const page = await context.newPage();

  // Day 1: the list opens as a dialog over the profile without the URL changing.
  await openOwnList(page, ME, 'followers');
  expect(new URL(page.url()).pathname).toBe(`/${ME}/`);
  await expect.poll(() => overlay(page).text()).toMatch(/Reading followers · \d+ of 30/);
  await wheelUntil(page, /Followers complete/);
  await expect.poll(() => overlay(page).text()).toContain('30 of 30');
  await closeList(page);
  await openOwnList(page, ME, 'following');
  await wheelUntil(page, /Following complete/);
  await closeList(page);

  let popup = await openPopup();
  await expect(popup.getByTestId('capture-followers')).toContainText('30 of 30 read · complete');
  await expect(popup.getByTestId('capture-following')).toContainText('20 of 20 read · complete');
  await expect(popup.getByTestId('count-notFollowingBack')).toHaveText('10');
  await expect(popup.getByTestId('count-fans')).toHaveText('20');
  await expect(popup.getByTestId('count-mutuals')).toHaveText('10');
  await expect(popup.getByTestId('count-newFollowers')).toHaveText('0');
  await expect(popup.getByTestId('count-lostFollowers')).toHaveText('0');
  expect(await listedHandles(popup, /Not following back/)).toEqual(handles(31, 40));
  expect(await listedHandles(popup, /Fans/)).toEqual(handles(1, 20));
  expect(await listedHandles(popup, /Mutuals/)).toEqual(handles(21, 30));
  // Each account links to its profile for a manual review; a hostile display name is only text.
  await popup.getByRole('tab', { name: /Fans/ }).click();
  await expect(popup.getByRole('link', { name: '@p01' })).toHaveAttribute(
    'href',
    'https://www.instagram.com/p01/',
  );
  await expect(popup.getByText(HOSTILE_NAME)).toBeVisible();
  expect(await popup.locator('.people img').count()).toBe(0);
  await popup.close();

  // Day 2: p02, p03 and p22 unfollowed; n01 and n02 followed.
  const leaving = new Set(['p02', 'p03', 'p22']);
  scenario = {
    ...scenario,
    followers: [
      { handle: 'n01', name: 'New One' },
      { handle: 'n02' },
      ...people(1, 30).filter((a) => !leaving.has(a.handle)),
    ],
  };
  await captureBothLists(page, ME);
  popup = await openPopup();
  await expect(popup.getByTestId('capture-followers')).toContainText('29 of 29 read · complete');
  await expect(popup.getByTestId('count-newFollowers')).toHaveText('2');
  await expect(popup.getByTestId('count-lostFollowers')).toHaveText('3');
  expect(await listedHandles(popup, /New followers/)).toEqual(['n01', 'n02']);
  expect(await listedHandles(popup, /Lost followers/)).toEqual(['p02', 'p03', 'p22']);
  await expect(popup.getByTestId('count-mutuals')).toHaveText('9');
  await popup.close();

  // Day 3: ten more people leave, but the user scrolls only a little and closes the list.
  scenario = { ...scenario, followers: scenario.followers.slice(0, 19) };
  await openOwnList(page, ME, 'followers');
  await wheelTimes(page, 2);
  await closeList(page);
  await expect.poll(() => overlay(page).text()).toMatch(/Followers partial · \d+ of 19 read/);
  popup = await openPopup();
  await expect(popup.getByTestId('capture-followers')).toContainText(
    'partial: end not reached, keep scrolling',
  );
  await expect(popup.getByTestId('count-lostFollowers')).toHaveText('3');
  expect(await listedHandles(popup, /Lost followers/)).toEqual(['p02', 'p03', 'p22']);
  await expect(popup.getByTestId('count-fans')).toHaveText('20');
});

test("opening the list URL directly captures it; someone else's list is never read", async ({
  context,
  openPopup,
}) => {
  await serveInstagram(context, () => ({ me: ME, followers: people(1, 14), following: people(10, 12) }));
  const page = await context.newPage();

  await page.goto(`https://www.instagram.com/someone.else/followers/`);
  await page.waitForTimeout(2500);
  await expect.poll(() => overlay(page).count()).toBe(0);

  await page.goto(`https://www.instagram.com/${ME}/followers/`);
  await wheelUntil(page, /Followers complete/);
  await expect.poll(() => overlay(page).text()).toContain('14 of 14');

  const popup = await openPopup();
  await expect(popup.getByTestId('capture-followers')).toContainText('14 of 14 read · complete');
  await expect(popup.getByTestId('capture-following')).toContainText('not captured yet');
  // Fans compare both lists: with one never captured, the popup says so instead of a wrong number.
  await expect(popup.getByTestId('count-fans')).toHaveText('–');
  await popup.getByRole('tab', { name: /Fans/ }).click();
  await expect(popup.getByRole('tabpanel')).toHaveText('Capture your following list to see this view.');
  await expect(popup.getByRole('combobox', { name: 'Account' })).toHaveValue(`instagram:${ME}`);

  // The popup's button takes the user to their following list, where they scroll it themselves.
  const [listPage] = await Promise.all([
    context.waitForEvent('page'),
    popup.getByRole('button', { name: 'Capture following' }).click(),
  ]);
  const listUrl = `https://www.instagram.com/${ME}/following/`;
  // A tab the extension creates starts loading before Playwright's routing attaches to it, so its first
  // load fails here; the tab still holds the URL the button chose, and a reload is served by the mock.
  await expect.poll(() => openTabUrls(context)).toContain(listUrl);
  if (listPage.url() !== listUrl) await listPage.reload();
  await expect(listPage).toHaveURL(listUrl);
  await expect.poll(() => overlay(listPage).text()).toContain('Following complete · 3 of 3 read');
});

test('the popup explains what to do before anything was captured', async ({ openPopup }) => {
  const popup = await openPopup();
  await expect(popup.getByText('Open your followers list on Instagram and scroll to the end.')).toBeVisible();
  await expect(popup.getByRole('button', { name: 'Open Instagram' })).toBeEnabled();
});

test('a list that opens already scrolled down is not complete until its first rows were read: the box asks for them', async ({
  context,
  openPopup,
}) => {
  await serveInstagram(context, () => ({
    me: ME,
    followers: people(1, 30),
    following: [],
    opensScrolledTo: 400,
  }));
  const page = await context.newPage();
  await openOwnList(page, ME, 'followers');
  await expect.poll(() => overlay(page).text()).toContain('scroll back to the top of the list');
  // At the end, without the first rows: no end.
  await wheelTimes(page, 12);
  await page.waitForTimeout(3000);
  expect(await overlay(page).text()).toMatch(/Reading followers.*scroll back to the top of the list/);
  // Back to the top, and to the end again.
  for (let turn = 0; turn < 15; turn++) {
    await page.mouse.wheel(0, -600);
    await page.waitForTimeout(100);
  }
  await wheelUntil(page, /Followers complete · 30 of 30 read/);

  const popup = await openPopup();
  expect(await storedCaptures(popup)).toEqual([
    { list: 'followers', read: 30, complete: true, header: { value: 30, unit: 1 } },
  ]);
});
