import { type InstagramLayout, type MockAccount, serveInstagram } from './mock-instagram/server';
import { serveTikTok } from './mock-tiktok/server';
import { expect, openPopupOver, test } from './support/extension';
import {
  closeList,
  openOwnList,
  overlay,
  overlayButton,
  wheelTimes,
  wheelUntil,
} from './support/instagram-user';
import { openOwnTikTokList } from './support/tiktok-user';

/**
 * The site changed its layout: the adapter's self-check names the landmark it did not find, the overlay
 * and the popup say the list can't be read, and nothing is recorded — no capture, no lost follower.
 */

const ME = 'kiln.and.co';
const accounts = (count: number): MockAccount[] =>
  Array.from({ length: count }, (_, i) => ({ handle: `buyer_${i}`, name: `Buyer ${i}` }));
const CANT_READ = "Follow Ledger can't read this list right now.";

const INSTAGRAM_CHANGES: { layout: InstagramLayout; missing: string }[] = [
  { layout: 'dialog-without-role', missing: "the list's window" },
  { layout: 'search-in-scroller', missing: "the list's scroll area" },
  { layout: 'rows-without-links', missing: 'the accounts in the list' },
  { layout: 'no-counts', missing: 'the followers count' },
];

for (const { layout, missing } of INSTAGRAM_CHANGES) {
  test(`Instagram layout "${layout}": the list can't be read, ${missing} is named, and the last capture stands`, async ({
    context,
    extensionId,
  }) => {
    let scenario = {
      me: ME,
      followers: accounts(30),
      following: [] as MockAccount[],
      layout: 'current' as InstagramLayout,
    };
    await serveInstagram(context, () => scenario);
    const page = await context.newPage();
    await openOwnList(page, ME, 'followers');
    await wheelUntil(page, /Followers complete · 30 of 30 read/);
    await closeList(page);

    // The next day ten people left, and the site changed its layout.
    scenario = { ...scenario, followers: accounts(20), layout };
    await page.goto(`https://www.instagram.com/${ME}/followers/`);
    await expect.poll(() => overlay(page).text(), { timeout: 15_000 }).toContain(CANT_READ);
    await expect.poll(() => overlay(page).text()).toContain(`It did not find ${missing} where it expects it`);
    await expect.poll(() => overlay(page).text()).toContain('nothing was recorded');
    await expect.poll(() => overlayButton(page, 'Assist scroll').count()).toBe(0);

    const popup = await openPopupOver(page, extensionId);
    await expect(popup.getByTestId('unreadable-list')).toContainText(
      `${CANT_READ} It did not find ${missing}`,
    );
    await expect(popup.getByTestId('capture-followers')).toContainText('30 of 30 read · complete');
    await expect(popup.getByTestId('count-lostFollowers')).toHaveText('0');
  });
}

test('TikTok layout without list items: the rows are named missing and no capture is recorded', async ({
  context,
  extensionId,
}) => {
  await serveTikTok(context, () => ({
    me: ME,
    followers: accounts(40),
    following: [],
    layout: 'rows-without-items',
  }));
  const page = await context.newPage();
  await openOwnTikTokList(page, ME, 'followers');
  await wheelTimes(page, 6);
  await expect
    .poll(() => overlay(page).text(), {
      timeout: 15_000,
    })
    .toContain(`${CANT_READ} It did not find the accounts in the list where it expects it`);
  const popup = await openPopupOver(page, extensionId);
  await expect(popup.getByTestId('unreadable-list')).toContainText(
    'It did not find the accounts in the list',
  );
  // Nothing was recorded: the popup still explains how to make a first capture.
  await expect(popup.getByText('Open your followers list on Instagram and scroll to the end.')).toBeVisible();
});
