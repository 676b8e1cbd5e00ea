import { type InstagramScenario, type MockAccount, serveInstagram } from './mock-instagram/server';
import { expect, test } from './support/extension';
import { captureBothLists } from './support/instagram-user';

const accounts = (prefix: string, count: number): MockAccount[] =>
  Array.from({ length: count }, (_, i) => ({ handle: `${prefix}${i}` }));

test('each logged-in account the user captures keeps its own ledger', async ({ context, openPopup }) => {
  const team: Record<string, InstagramScenario> = {
    'brand.one': { me: 'brand.one', followers: accounts('fan_a', 5), following: accounts('fan_a', 2) },
    'brand.two': { me: 'brand.two', followers: accounts('fan_b', 7), following: accounts('other_b', 3) },
  };
  let loggedIn = 'brand.one';
  await serveInstagram(context, () => team[loggedIn]);
  const page = await context.newPage();

  for (const me of ['brand.one', 'brand.two']) {
    loggedIn = me;
    await captureBothLists(page, me);
  }

  const popup = await openPopup();
  const picker = popup.getByRole('combobox', { name: 'Account' });
  await expect(picker.getByRole('option')).toHaveText(['@brand.two · Instagram', '@brand.one · Instagram']);
  await expect(picker).toHaveValue('instagram:brand.two');
  await expect(popup.getByTestId('count-fans')).toHaveText('7');
  await expect(popup.getByTestId('count-notFollowingBack')).toHaveText('3');

  await picker.selectOption('instagram:brand.one');
  await expect(popup.getByTestId('count-fans')).toHaveText('3');
  await expect(popup.getByTestId('count-mutuals')).toHaveText('2');
  await expect(popup.getByTestId('count-notFollowingBack')).toHaveText('0');
  await expect(popup.getByTestId('capture-followers')).toContainText('5 of 5 read · complete');
});
