import { type InstagramScenario, type MockAccount, serveInstagram } from './mock-instagram/server';
import { expect, test } from './support/extension';
import { captureBothLists } from './support/instagram-user';
import { storedCaptures } from './support/ledger-records';
import { listedHandles } from './support/popup-user';

const ME = 'var.studio';
const accounts = (prefix: string, from: number, to: number): MockAccount[] =>
  Array.from({ length: to - from + 1 }, (_, i) => ({
    handle: `${prefix}${from + i}`,
    name: `${prefix} ${from + i}`,
  }));
const LISTS = {
  me: ME,
  followers: accounts('fan', 1, 30),
  following: [...accounts('fan', 21, 30), ...accounts('pal', 1, 10)],
};

/**
 * SITES.md's variants of Instagram's page. Where the spinner is the variant, pages take longer than the
 * end-of-list wait: a spinner that is not seen ends the capture early, as partial.
 */
const VARIANTS: [string, Partial<InstagramScenario>][] = [
  ['the spinner as data-visualcompletion="loading-state"', { spinner: 'loading-state', loadDelayMs: 2000 }],
  ['the spinner as an svg labelled "Loading..."', { spinner: 'svg-label', loadDelayMs: 2000 }],
  [
    'in French: headings Abonnés/Abonnements, the spinner labelled "Chargement..."',
    { language: 'fr', spinner: 'svg-label', loadDelayMs: 2000 },
  ],
  ['nested scroll containers, the inner one scrolling', { scroller: 'nested' }],
  ['the scroll container replaced by the site mid-list', { scroller: 'replaced' }],
];

for (const [name, variant] of VARIANTS) {
  test(`Instagram, ${name}: both lists are captured complete and the views are right`, async ({
    context,
    openPopup,
  }) => {
    await serveInstagram(context, () => ({ ...LISTS, ...variant }));
    const page = await context.newPage();
    await captureBothLists(page, ME);

    const popup = await openPopup();
    expect(await storedCaptures(popup)).toEqual([
      expect.objectContaining({ list: 'followers', read: 30, complete: true }),
      expect.objectContaining({ list: 'following', read: 20, complete: true }),
    ]);
    await expect(popup.getByTestId('count-mutuals')).toHaveText('10');
    await expect(popup.getByTestId('count-fans')).toHaveText('20');
    expect(await listedHandles(popup, /Not following back/)).toEqual(
      accounts('pal', 1, 10)
        .map((a) => a.handle)
        .sort(),
    );
  });
}
