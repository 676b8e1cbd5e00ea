import type { BrowserContext, Page } from '@playwright/test';

import { type MockAccount, serveInstagram } from './mock-instagram/server';
import { expect, test } from './support/extension';
import { captureBothLists } from './support/instagram-user';
import { tabTo } from './support/keyboard';

const ME = 'quick.counts';
const accounts = (prefix: string, count: number): MockAccount[] =>
  Array.from({ length: count }, (_, i) => ({ handle: `${prefix}${i}` }));
// Fans fan0–fan5, mutuals both0–both2, not following back nfb0–nfb3.
const scenario = {
  me: ME,
  followers: [...accounts('fan', 6), ...accounts('both', 3)],
  following: [...accounts('both', 3), ...accounts('nfb', 4)],
};

/**
 * Keeps a write to the members open from another extension page, as the background does while it
 * closes a long capture: anything that reads the members waits until `release`.
 */
async function holdMembers(
  context: BrowserContext,
  extensionId: string,
): Promise<{ release: () => Promise<void> }> {
  const holder = await context.newPage();
  await holder.goto(`chrome-extension://${extensionId}/options.html`);
  await holder.evaluate(
    () =>
      new Promise<void>((held) => {
        const opening = indexedDB.open('follow-ledger');
        opening.onsuccess = () => {
          const store = opening.result.transaction('memberChunks', 'readwrite').objectStore('memberChunks');
          const state = globalThis as unknown as { holding: boolean };
          state.holding = true;
          const spin = () => {
            if (state.holding) store.get(['none', 'none', 0]).onsuccess = spin;
          };
          spin();
          held();
        };
      }),
  );
  return {
    release: async () => {
      await holder.evaluate(() => void ((globalThis as unknown as { holding: boolean }).holding = false));
      await holder.close();
    },
  };
}

/** How many accounts the stored relations of the ledger say each view holds, read from an extension page. */
function storedCounts(page: Page) {
  return page.evaluate(
    (accountId) =>
      new Promise<unknown>((resolve) => {
        const opening = indexedDB.open('follow-ledger');
        opening.onsuccess = () => {
          const reading = opening.result.transaction('relations').objectStore('relations').get(accountId);
          reading.onsuccess = () =>
            resolve(
              reading.result
                ? { counts: reading.result.counts, protectedHandles: reading.result.protectedHandles }
                : null,
            );
        };
      }),
    `instagram:${ME}`,
  );
}

test('the popup shows its counts while the lists are still being read, then the list', async ({
  context,
  extensionId,
  openPopup,
}) => {
  await serveInstagram(context, () => scenario);
  await captureBothLists(await context.newPage(), ME);

  const hold = await holdMembers(context, extensionId);
  const popup = await openPopup();
  await expect(popup.getByTestId('count-notFollowingBack')).toHaveText('4');
  await expect(popup.getByTestId('count-fans')).toHaveText('6');
  await expect(popup.getByTestId('count-mutuals')).toHaveText('3');
  const panel = popup.getByRole('tabpanel');
  await expect(panel).toContainText('Loading…');
  await expect(panel.getByRole('link')).toHaveCount(0);

  await hold.release();
  await expect(panel.getByRole('list', { name: 'Not following back' }).getByRole('listitem')).toHaveCount(4);
  await expect(panel).not.toContainText('Loading…');
  await expect(popup.getByTestId('count-notFollowingBack')).toHaveText('4');
});

test('counts stay true when the user protects someone, and when the stored relations are missing', async ({
  context,
  extensionId,
  openPopup,
}) => {
  await serveInstagram(context, () => scenario);
  await captureBothLists(await context.newPage(), ME);

  // Protect the first account that doesn't follow back, from the review list.
  const review = await context.newPage();
  await review.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  const list = review.getByRole('listbox', { name: 'Not following back' });
  await expect(list.getByRole('option')).toHaveCount(4);
  await tabTo(review, list);
  await review.keyboard.press('p');
  await expect(review.getByText(/^Protected @nfb\d$/)).toBeVisible();

  // Even with the members held up, the popup counts the protected account out.
  let hold = await holdMembers(context, extensionId);
  let popup = await openPopup();
  await expect(popup.getByTestId('count-notFollowingBack')).toHaveText('3');
  await expect(popup.getByTestId('count-protected')).toHaveText('1');
  await expect(popup.getByRole('tabpanel')).toContainText('Loading…');
  await hold.release();
  await popup.close();

  // A ledger kept by an older version has no relations: the popup still counts right, and the
  // background works them out for the next time.
  await review.evaluate(
    (accountId) =>
      new Promise((done) => {
        const opening = indexedDB.open('follow-ledger');
        opening.onsuccess = () => {
          const tx = opening.result.transaction('relations', 'readwrite');
          tx.objectStore('relations').delete(accountId);
          tx.oncomplete = done;
        };
      }),
    `instagram:${ME}`,
  );
  expect(await storedCounts(review)).toBeNull();
  popup = await openPopup();
  await expect(popup.getByTestId('count-notFollowingBack')).toHaveText('3');
  await expect(popup.getByRole('tabpanel').getByRole('listitem')).toHaveCount(3);
  await expect
    .poll(() => storedCounts(review))
    .toEqual({
      counts: { notFollowingBack: 4, fans: 6, mutuals: 3 },
      protectedHandles: [expect.stringMatching(/^nfb\d$/)],
    });
  await popup.close();

  hold = await holdMembers(context, extensionId);
  popup = await openPopup();
  await expect(popup.getByTestId('count-notFollowingBack')).toHaveText('3');
  await expect(popup.getByTestId('count-fans')).toHaveText('6');
  await hold.release();
});

test('the review list draws its first screen while the lists are still being read, and answers nothing else from it', async ({
  context,
  extensionId,
}) => {
  await serveInstagram(context, () => scenario);
  await captureBothLists(await context.newPage(), ME);
  const review = `chrome-extension://${extensionId}/sidepanel.html`;
  const rowsOf = (page: Page) =>
    page
      .getByRole('listbox', { name: 'Not following back' })
      .getByRole('option')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('aria-label')));
  const read = await context.newPage();
  await read.goto(review);
  await expect(read.getByTestId('review-progress')).toHaveText('0 of 4 reviewed');
  const whole = await rowsOf(read);
  expect(whole).toHaveLength(4);
  await read.close();

  const hold = await holdMembers(context, extensionId);
  const panel = await context.newPage();
  await panel.goto(review);
  const list = panel.getByRole('listbox', { name: 'Not following back' });
  await expect(list.getByRole('option')).toHaveCount(4);
  expect(await rowsOf(panel)).toEqual(whole);
  await expect(panel.getByTestId('review-progress')).toHaveText('Loading…');
  await expect(panel.getByRole('button', { name: /^Export/ })).toBeDisabled();
  // A search is answered from the whole list only, never from the first rows.
  await panel.locator('#review-search').fill('nfb1');
  await expect(list).toHaveCount(0);
  await expect(panel.getByText('Loading…')).toHaveCount(2);

  await hold.release();
  await expect(list.getByRole('option')).toHaveCount(1);
  await expect(list.getByRole('option')).toHaveAttribute('aria-label', /@nfb1/);
  await expect(panel.getByTestId('review-progress')).toHaveText('0 of 4 reviewed · 1 match');
});
