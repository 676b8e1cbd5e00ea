import { type MockTikTokAccount, serveTikTok, type TikTokScenario } from './mock-tiktok/server';
import { expect, test } from './support/extension';
import { overlay, wheelTimes, wheelUntil } from './support/instagram-user';
import { storedCaptures } from './support/ledger-records';
import { listedHandles } from './support/popup-user';
import { closeTikTokList, followDialog, openOwnTikTokList, switchTab } from './support/tiktok-user';

const ME = 'var.shop';
const accounts = (prefix: string, from: number, to: number): MockTikTokAccount[] =>
  Array.from({ length: to - from + 1 }, (_, i) => ({
    handle: `${prefix}${from + i}`,
    nickname: `${prefix} ${from + i}`,
  }));
const handles = (list: MockTikTokAccount[]) => list.map((a) => a.handle).sort();
const LISTS = { me: ME, followers: accounts('tt', 1, 50), following: accounts('tt', 41, 60) };

/** SITES.md's variants of TikTok's page, alone and together. */
const VARIANTS: [string, Partial<TikTokScenario>][] = [
  ['plain div tabs, no role or aria-selected', { tabs: 'plain' }],
  [
    'the dialog as a section in the portal, the profile link inside nav-profile, a DivLoadingContainer row',
    // Pages take longer than the end-of-list wait: a loading row that is not seen ends the capture early.
    { dialog: 'portal', navProfile: 'nav-profile', loading: 'container', loadDelayMs: 2000 },
  ],
  [
    'all of them, with the profile link inside profile-icon',
    { dialog: 'portal', tabs: 'plain', navProfile: 'profile-icon', loading: 'container' },
  ],
];

for (const [name, variant] of VARIANTS) {
  test(`TikTok, ${name}: both lists are captured by switching tabs; Suggested and Friends never are`, async ({
    context,
    openPopup,
  }) => {
    await serveTikTok(context, () => ({ ...LISTS, ...variant }));
    const page = await context.newPage();
    await openOwnTikTokList(page, ME, 'followers');
    await wheelUntil(page, /Followers complete · 50 of 50 read/);
    for (const other of ['Suggested', 'Friends'] as const) {
      await switchTab(page, other);
      await expect.poll(() => overlay(page).count()).toBe(0);
    }
    await switchTab(page, 'Following');
    await expect.poll(() => overlay(page).text()).toContain('Reading following');
    await wheelUntil(page, /Following complete · 20 of 20 read/);
    await closeTikTokList(page);

    const popup = await openPopup();
    expect(await storedCaptures(popup)).toEqual([
      expect.objectContaining({ list: 'followers', read: 50, complete: true }),
      expect.objectContaining({ list: 'following', read: 20, complete: true }),
    ]);
    await expect(popup.getByTestId('count-mutuals')).toHaveText('10');
    await expect(popup.getByTestId('count-fans')).toHaveText('40');
    expect(await listedHandles(popup, /Not following back/)).toEqual(handles(accounts('tt', 51, 60)));
  });
}

test('TikTok, plain tabs in another order than SITES.md says: the list is not placed, the overlay says so, nothing is recorded', async ({
  context,
  openPopup,
}) => {
  await serveTikTok(context, () => ({ ...LISTS, tabs: 'plain', tabOrder: 'followers-first' }));
  const page = await context.newPage();
  await openOwnTikTokList(page, ME, 'followers');
  await expect(followDialog(page).locator('li').first()).toBeVisible();
  await expect.poll(() => overlay(page).text()).toContain("Follow Ledger can't tell which list is open");
  await wheelTimes(page, 8);
  await switchTab(page, 'Following');
  await wheelTimes(page, 8);
  await expect.poll(() => overlay(page).text()).toContain("Follow Ledger can't tell which list is open");
  expect(await storedCaptures(await openPopup())).toEqual([]);
});

test('TikTok in French, plain tabs: Abonnés and Abonnements are captured, Amis and Suggestions never are', async ({
  context,
  openPopup,
}) => {
  await serveTikTok(context, () => ({ ...LISTS, tabs: 'plain', language: 'fr' }));
  const page = await context.newPage();
  await openOwnTikTokList(page, ME, 'followers');
  await wheelUntil(page, /Followers complete · 50 of 50 read/);
  for (const other of ['Suggestions', 'Amis']) {
    await switchTab(page, other);
    await expect.poll(() => overlay(page).count()).toBe(0);
  }
  await switchTab(page, 'Abonnements');
  await wheelUntil(page, /Following complete · 20 of 20 read/);
  const popup = await openPopup();
  expect(await storedCaptures(popup)).toEqual([
    expect.objectContaining({ list: 'followers', read: 50, complete: true }),
    expect.objectContaining({ list: 'following', read: 20, complete: true }),
  ]);
  await expect(popup.getByTestId('count-mutuals')).toHaveText('10');
});
