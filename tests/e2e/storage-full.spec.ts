import { type InstagramScenario, type MockAccount, serveInstagram } from './mock-instagram/server';
import { expect, test } from './support/extension';
import { captureBothLists, closeList, openOwnList, overlay, wheelUntil } from './support/instagram-user';

const ME = 'studio.lumen';
const accounts = (from: number, to: number): MockAccount[] =>
  Array.from({ length: to - from + 1 }, (_, i) => ({ handle: `p${from + i}`, name: `Person ${from + i}` }));

test('with the browser out of storage, a capture says so and the ledger keeps what it had', async ({
  context,
  openPopup,
}) => {
  let scenario: InstagramScenario = { me: ME, followers: accounts(1, 30), following: accounts(21, 40) };
  await serveInstagram(context, () => scenario);
  const page = await context.newPage();
  await captureBothLists(page, ME);

  // The disk fills up: from now on IndexedDB refuses every write of the worker as over quota. (Chromium's
  // quota override does not reach extension origins, so the refusal is made where IndexedDB is called.)
  const worker = context.serviceWorkers()[0];
  await worker.evaluate(() => {
    const scope = globalThis as unknown as { realPut?: typeof IDBObjectStore.prototype.put };
    scope.realPut = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });

  scenario = { ...scenario, followers: accounts(11, 45) };
  await openOwnList(page, ME, 'followers');
  await wheelUntil(page, /no storage left/);
  await expect.poll(() => overlay(page).text()).toContain('Everything saved before is intact');
  await closeList(page);

  // What the popup shows is still the first day: nobody lost, nobody new.
  const popup = await openPopup();
  await expect(popup.getByTestId('capture-followers')).toContainText('30 of 30 read · complete');
  await expect(popup.getByTestId('count-fans')).toHaveText('20');
  await expect(popup.getByTestId('count-lostFollowers')).toHaveText('0');
  await expect(popup.getByTestId('count-newFollowers')).toHaveText('0');

  // With room again, the next pass is recorded as usual.
  await worker.evaluate(() => {
    IDBObjectStore.prototype.put = (
      globalThis as unknown as { realPut: typeof IDBObjectStore.prototype.put }
    ).realPut;
  });
  await openOwnList(page, ME, 'followers');
  await wheelUntil(page, /Followers complete/);
  await closeList(page);
  await popup.reload();
  await expect(popup.getByTestId('count-lostFollowers')).toHaveText('10');
  await expect(popup.getByTestId('count-newFollowers')).toHaveText('15');
});
