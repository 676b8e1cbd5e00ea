import type { Locator, Page } from '@playwright/test';

import { type MockAccount, serveInstagram } from './mock-instagram/server';
import { expect, test } from './support/extension';
import { captureBothLists } from './support/instagram-user';

const ME = 'gallery.noon';

/** Display names as a hostile account could set them; each must come out as the same text, and nothing else. */
const HOSTILE: { handle: string; name: string; shown: string }[] = [
  {
    handle: 'img.onerror',
    name: `<img src=x onerror="document.title='pwned'">`,
    shown: `<img src=x onerror="document.title='pwned'">`,
  },
  {
    handle: 'script.tag',
    name: `<script>document.title='pwned'</script>`,
    shown: `<script>document.title='pwned'</script>`,
  },
  { handle: 'rtl.override', name: '\u202Eevil\u202C Ana', shown: '\u202Eevil\u202C Ana' },
  { handle: 'zero.width', name: 'Zero\u200Bwidth\u2060', shown: 'Zero\u200Bwidth\u2060' },
  { handle: 'emoji.family', name: '👩🏽‍💻 Dev 🇺🇦 👨‍👩‍👧‍👦', shown: '👩🏽‍💻 Dev 🇺🇦 👨‍👩‍👧‍👦' },
  { handle: 'very.long', name: 'y'.repeat(300), shown: 'y'.repeat(200) },
];
const followers: MockAccount[] = HOSTILE.map(({ handle, name }) => ({ handle, name }));

/** Every name shown as exactly its text, isolated from the text around it; no element or script came with it. */
async function expectInert(page: Page, title: string, names: Locator) {
  await expect(names).toHaveCount(HOSTILE.length);
  const shown = await names.evaluateAll((elements) =>
    elements.map((element) => ({
      text: element.textContent,
      children: element.childElementCount,
      bidi: getComputedStyle(element).unicodeBidi,
    })),
  );
  expect(shown.map((name) => name.text).sort()).toEqual(HOSTILE.map((account) => account.shown).sort());
  expect(shown.every((name) => name.children === 0 && name.bidi === 'isolate')).toBe(true);
  expect(await page.locator('img, script:not([src]), [onerror]').count()).toBe(0);
  await expect(page).toHaveTitle(title);
}

test('hostile display names go through a capture into the popup and the review list as plain text', async ({
  context,
  extensionId,
  openPopup,
}) => {
  await serveInstagram(context, () => ({ me: ME, followers, following: [{ handle: 'one.followed' }] }));
  const site = await context.newPage();
  await captureBothLists(site, ME);

  const popup = await openPopup();
  await popup.getByRole('tab', { name: /Fans/ }).click();
  await expect(popup.getByTestId('count-fans')).toHaveText(String(HOSTILE.length));
  await expectInert(popup, 'Follow Ledger', popup.getByRole('tabpanel').locator('.name'));

  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await panel.getByRole('combobox', { name: 'View' }).selectOption('fans');
  const list = panel.getByRole('listbox', { name: 'Fans' });
  await expect(list.getByRole('option')).toHaveCount(HOSTILE.length);
  for (const { handle, shown } of HOSTILE) {
    await expect(list.locator(`[id="row-${handle}"]`)).toHaveAttribute(
      'aria-label',
      `@${handle}, ${shown}, not reviewed`,
    );
  }
  await expectInert(panel, 'Follow Ledger · Review', list.locator('.name'));
});
