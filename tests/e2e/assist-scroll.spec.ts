import { serveInstagram, type MockAccount } from './mock-instagram/server';
import { expect, test } from './support/extension';
import { listDialog, openOwnList, overlay } from './support/instagram-user';

const ME = 'night.owl.bakery';
const accounts = (count: number): MockAccount[] =>
  Array.from({ length: count }, (_, i) => ({ handle: `guest_${i}`, name: `Guest ${i}` }));

test('Assist scroll reads the whole list by itself and stops at the end', async ({ context, openPopup }) => {
  await serveInstagram(context, () => ({ me: ME, followers: accounts(40), following: [] }));
  const page = await context.newPage();
  await openOwnList(page, ME, 'followers');
  await overlay(page).getByRole('button', { name: 'Assist scroll' }).click();
  await expect(overlay(page).getByRole('button', { name: 'Stop' })).toHaveAttribute('aria-pressed', 'true');
  await expect(overlay(page)).toContainText('Followers complete · 40 of 40 read', { timeout: 60_000 });
  await expect(overlay(page).getByRole('button')).toHaveCount(1); // only "Hide": no scroll control after the end

  const popup = await openPopup();
  await expect(popup.getByTestId('capture-followers')).toContainText('40 of 40 read · complete');
});

test('Assist scroll stops the moment the user scrolls, and on a sign of trouble, saying why', async ({ context }) => {
  await serveInstagram(context, () => ({ me: ME, followers: accounts(60), following: [], troubleAfterBatches: 3 }));
  const page = await context.newPage();
  await openOwnList(page, ME, 'followers');

  await overlay(page).getByRole('button', { name: 'Assist scroll' }).click();
  await expect(overlay(page)).toContainText(/Reading followers · (1[3-9]|[2-9]\d) of 60/, { timeout: 20_000 });
  const box = await listDialog(page).first().boundingBox();
  await page.mouse.move(box!.x + box!.width / 2, box!.y + box!.height / 2);
  await page.mouse.wheel(0, 100);
  await expect(overlay(page)).toContainText('Assist scroll stopped: you took over.');
  await expect(overlay(page).getByRole('button', { name: 'Assist scroll' })).toHaveAttribute('aria-pressed', 'false');

  await overlay(page).getByRole('button', { name: 'Assist scroll' }).click();
  await expect(overlay(page)).toContainText('Assist scroll stopped. Instagram says "Try Again Later".', { timeout: 30_000 });
  await expect(overlay(page)).toContainText('Reading followers · 36 of 60');
  // Stopped for good: the list stays where the trouble left it.
  const top = await page.evaluate(() => document.querySelector('[role="dialog"] div[style*="overflow"]')?.scrollTop ?? -1);
  await page.waitForTimeout(2500);
  expect(await page.evaluate(() => document.querySelector('[role="dialog"] div[style*="overflow"]')?.scrollTop ?? -1)).toBe(top);
});

test('a list that ends well short of the header count is saved as partial and loses nobody', async ({ context, openPopup }) => {
  let followerCount = 20;
  let followers = accounts(20);
  await serveInstagram(context, () => ({ me: ME, followers, following: [{ handle: 'flour.supplier' }], followerCount }));
  const page = await context.newPage();
  // A one-row list fits without scrolling: reaching its end is just opening it.
  await openOwnList(page, ME, 'following');
  await expect(overlay(page)).toContainText('Following complete · 1 of 1 read');
  await openOwnList(page, ME, 'followers');
  await overlay(page).getByRole('button', { name: 'Assist scroll' }).click();
  await expect(overlay(page)).toContainText('Followers complete · 20 of 20 read', { timeout: 30_000 });

  // The next day the site shows only 12 of 20: the list stops early.
  followers = accounts(12);
  followerCount = 20;
  await openOwnList(page, ME, 'followers');
  await overlay(page).getByRole('button', { name: 'Assist scroll' }).click();
  await expect(overlay(page)).toContainText('Followers partial · 12 of 20 read. The list ended before the header count', {
    timeout: 15_000,
  });
  const popup = await openPopup();
  await expect(popup.getByTestId('capture-followers')).toContainText('12 of 20 read · partial: the list ended early');
  await expect(popup.getByTestId('count-fans')).toHaveText('20');
  await expect(popup.getByTestId('count-lostFollowers')).toHaveText('0');
});
