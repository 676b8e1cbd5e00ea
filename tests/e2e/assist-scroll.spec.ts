import type { BrowserContext } from '@playwright/test';

import { type InstagramTroubleSign, type MockAccount, serveInstagram } from './mock-instagram/server';
import { serveTikTok } from './mock-tiktok/server';
import { expect, test } from './support/extension';
import { listDialog, listScrollTop, openOwnList, overlay, overlayButton } from './support/instagram-user';
import { openOwnTikTokList } from './support/tiktok-user';

const ME = 'night.owl.bakery';
const accounts = (count: number): MockAccount[] =>
  Array.from({ length: count }, (_, i) => ({ handle: `guest_${i}`, name: `Guest ${i}` }));

test('Assist scroll reads the whole list by itself and stops at the end', async ({ context, openPopup }) => {
  await serveInstagram(context, () => ({ me: ME, followers: accounts(40), following: [] }));
  const page = await context.newPage();
  await openOwnList(page, ME, 'followers');
  await overlayButton(page, 'Assist scroll').click();
  await expect.poll(() => overlayButton(page, 'Stop').attribute('aria-pressed')).toBe('true');
  await expect
    .poll(() => overlay(page).text(), { timeout: 60_000 })
    .toContain('Followers complete · 40 of 40 read');
  await expect.poll(() => overlayButton(page).count()).toBe(1); // only "Hide": no scroll control after the end

  const popup = await openPopup();
  await expect(popup.getByTestId('capture-followers')).toContainText('40 of 40 read · complete');
});

test('Assist scroll stops the moment the user scrolls, saying so', async ({ context }) => {
  await serveInstagram(context, () => ({ me: ME, followers: accounts(60), following: [] }));
  const page = await context.newPage();
  await openOwnList(page, ME, 'followers');

  await overlayButton(page, 'Assist scroll').click();
  await expect
    .poll(() => overlay(page).text(), {
      timeout: 20_000,
    })
    .toMatch(/Reading followers · (1[3-9]|[2-9]\d) of 60/);
  const box = await listDialog(page).first().boundingBox();
  await page.mouse.move(box!.x + box!.width / 2, box!.y + box!.height / 2);
  await page.mouse.wheel(0, 100);
  await expect.poll(() => overlay(page).text()).toContain('Assist scroll stopped: you took over.');
  await expect.poll(() => overlayButton(page, 'Assist scroll').attribute('aria-pressed')).toBe('false');
});

/**
 * Each sign of trouble stops Assist scroll at once and says why. A sign shown over the list leaves the
 * list where it was; one that takes the page away (challenge, login) ends the capture as partial.
 */
const TROUBLE: {
  site: 'Instagram' | 'TikTok';
  sign: string;
  says: string;
  listStays: boolean;
  serve: (context: BrowserContext) => Promise<void>;
}[] = [
  ...(
    [
      ['try-again-later', 'Instagram says "Try Again Later".', true],
      ['action-blocked', 'Instagram says "Action Blocked".', true],
      ['please-wait', 'Instagram says "Please wait a few minutes".', true],
      ['automated-activity', 'Instagram says "automated activity".', true],
      ['challenge', 'Instagram is asking you to confirm it is you.', false],
      ['logged-out', 'You are logged out of Instagram.', false],
    ] as [InstagramTroubleSign, string, boolean][]
  ).map(([sign, says, listStays]) => ({
    site: 'Instagram' as const,
    sign,
    says,
    listStays,
    serve: (context: BrowserContext) =>
      serveInstagram(context, () => ({
        me: ME,
        followers: accounts(60),
        following: [],
        troubleAfterBatches: 2,
        troubleSign: sign,
      })),
  })),
  {
    // The sign in the page's own language: Instagram in French.
    site: 'Instagram',
    sign: 'try-again-later, in French',
    says: 'Instagram says "Réessayer plus tard".',
    listStays: true,
    serve: (context) =>
      serveInstagram(context, () => ({
        me: ME,
        followers: accounts(60),
        following: [],
        troubleAfterBatches: 2,
        language: 'fr',
      })),
  },
  {
    site: 'TikTok',
    sign: 'captcha',
    says: 'TikTok is showing a captcha: solve it, then keep scrolling.',
    listStays: true,
    serve: (context) =>
      serveTikTok(context, () => ({
        me: ME,
        followers: accounts(60),
        following: [],
        captchaAfterBatches: 2,
      })),
  },
  {
    site: 'TikTok',
    sign: 'logged-out',
    says: 'You are logged out of TikTok.',
    listStays: true,
    serve: (context) =>
      serveTikTok(context, () => ({
        me: ME,
        followers: accounts(60),
        following: [],
        loggedOutAfterBatches: 2,
      })),
  },
];

for (const { site, sign, says, listStays, serve } of TROUBLE) {
  test(`${site}, ${sign}: Assist scroll stops at once and says why`, async ({ context }) => {
    await serve(context);
    const page = await context.newPage();
    if (site === 'Instagram') await openOwnList(page, ME, 'followers');
    else await openOwnTikTokList(page, ME, 'followers');
    await overlayButton(page, 'Assist scroll').click();
    await expect
      .poll(() => overlay(page).text(), { timeout: 30_000 })
      .toContain(`Assist scroll stopped. ${says}`);
    if (listStays) {
      await expect.poll(() => overlay(page).text()).toContain('Reading followers');
      await expect.poll(() => overlayButton(page, 'Assist scroll').attribute('aria-pressed')).toBe('false');
      const top = await listScrollTop(page);
      expect(top).toBeGreaterThan(0);
      await page.waitForTimeout(2500);
      expect(await listScrollTop(page)).toBe(top);
    } else {
      await expect.poll(() => overlay(page).text()).toMatch(/Followers partial · \d+ of 60 read/);
    }
  });
}

test('a list that ends well short of the header count is saved as partial and loses nobody', async ({
  context,
  openPopup,
}) => {
  let followerCount = 20;
  let followers = accounts(20);
  await serveInstagram(context, () => ({
    me: ME,
    followers,
    following: [{ handle: 'flour.supplier' }],
    followerCount,
  }));
  const page = await context.newPage();
  // A one-row list fits without scrolling: reaching its end is just opening it.
  await openOwnList(page, ME, 'following');
  await expect.poll(() => overlay(page).text()).toContain('Following complete · 1 of 1 read');
  await openOwnList(page, ME, 'followers');
  await overlayButton(page, 'Assist scroll').click();
  await expect
    .poll(() => overlay(page).text(), { timeout: 30_000 })
    .toContain('Followers complete · 20 of 20 read');

  // The next day the site shows only 12 of 20: the list stops early.
  followers = accounts(12);
  followerCount = 20;
  await openOwnList(page, ME, 'followers');
  await overlayButton(page, 'Assist scroll').click();
  await expect
    .poll(() => overlay(page).text(), {
      timeout: 15_000,
    })
    .toContain('Followers partial · 12 of 20 read. The list ended before the header count');
  const popup = await openPopup();
  await expect(popup.getByTestId('capture-followers')).toContainText(
    '12 of 20 read · partial: the list ended early',
  );
  await expect(popup.getByTestId('count-fans')).toHaveText('20');
  await expect(popup.getByTestId('count-lostFollowers')).toHaveText('0');
});
