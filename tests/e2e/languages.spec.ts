import { type MockAccount, serveInstagram } from './mock-instagram/server';
import { closedPart } from './support/closed-ui';
import { expect, test } from './support/extension';
import { closeList, openOwnList, overlay, overlayButton, wheelUntil } from './support/instagram-user';

const ME = 'baeckerei.nord';
const customers = (count: number): MockAccount[] =>
  Array.from({ length: count }, (_, i) => ({ handle: `kunde_${i}` }));
/** "4. Nov., 15:12": a German date and time. */
const GERMAN_MOMENT = /\d{1,2}\. \p{L}{3,4}\.?,? \d{1,2}:\d{2}/u;

test.describe('in a German browser', () => {
  test.use({ uiLanguage: 'de' });

  test('the overlay, badge, popup, side panel and options speak German, with German numbers and dates', async ({
    context,
    extensionId,
    openPopup,
  }) => {
    // The header says 1,234 followers but the list shows 30: a partial capture, with a four-digit count to format.
    await serveInstagram(context, () => ({
      me: ME,
      followers: customers(30),
      followerCount: 1234,
      following: [{ handle: 'kunde_1' }, { handle: 'kunde_2' }, { handle: 'muehle.sued' }],
    }));
    const page = await context.newPage();
    await openOwnList(page, ME, 'following');
    await expect
      .poll(() => overlay(page).text())
      .toContain(
        'Gefolgte Konten vollständig · 3 von 3 gelesen. Öffne das Follow-Ledger-Popup zur Durchsicht.',
      );
    await closeList(page);

    await openOwnList(page, ME, 'followers');
    await expect.poll(() => overlay(page).text()).toMatch(/Follower werden gelesen · \d+ von 1\.234/);
    await expect.poll(() => overlayButton(page, 'Scrollhilfe').count()).toBe(1);
    await expect.poll(() => overlay(page).attribute('lang')).toBe('de');
    await wheelUntil(page, /Follower unvollständig · 30 von 1\.234 gelesen\./);
    await expect
      .poll(() => overlay(page).text())
      .toContain('Die Liste endete vor der Zahl im Profil: Niemand daraus wird als verloren gezählt.');
    await closeList(page);

    await page.goto('https://www.instagram.com/muehle.sued/');
    const badge = closedPart(page, '.fl-badge');
    await expect
      .poll(() => badge.text())
      .toMatch(
        /^Folgt dir nicht zurück.*Deine Follower wurden zuletzt nur teilweise gelesen \(30 von 1\.234\)/,
      );
    expect(await badge.attribute('title')).toMatch(/— in Follow Ledger öffnen$/);

    const popup = await openPopup();
    await expect(popup.locator('html')).toHaveAttribute('lang', 'de');
    await expect(popup.getByTestId('capture-followers')).toContainText(
      'Follower: 30 von 1.234 gelesen · unvollständig: Die Liste endete vorzeitig',
    );
    await expect(popup.getByTestId('capture-following')).toContainText(
      'Gefolgt: 3 von 3 gelesen · vollständig',
    );
    await expect(popup.getByTestId('capture-following')).toContainText(GERMAN_MOMENT);
    await expect(popup.getByRole('button', { name: 'Follower erfassen' })).toBeVisible();
    await expect(popup.getByRole('tab', { name: /Folgen nicht zurück/ })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await expect(popup.getByRole('tabpanel').getByRole('link')).toHaveText(['@muehle.sued']);
    await popup.getByRole('tab', { name: 'Verlauf' }).click();
    // The history's table (it replaced the list of days): German headers and dates.
    const table = popup.getByRole('region', { name: 'Verlauf als Tabelle' });
    await expect(table.getByRole('button')).toHaveText([/^\d{1,2}\. \p{L}{3,4}\.?$/u]);
    await expect(table.getByRole('columnheader', { name: 'Folgen nicht zurück' })).toBeVisible();
    for (const [series, value] of [
      ['followers', '30'],
      ['following', '3'],
      ['mutuals', '2'],
    ])
      await expect(table.locator(`td[data-series="${series}"]`)).toHaveText(value);
    await popup.close();

    const panel = await context.newPage();
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    await expect(panel).toHaveTitle('Follow Ledger · Durchsicht');
    const list = panel.getByRole('listbox', { name: 'Folgen nicht zurück' });
    await expect(list.getByRole('option')).toHaveAttribute('aria-label', '@muehle.sued, nicht gesichtet');
    await expect(panel.getByTestId('review-progress')).toHaveText('0 von 1 gesichtet');
    await list.getByRole('option').click();
    await panel.getByRole('button', { name: 'Als gesichtet markieren' }).click();
    await expect(panel.getByTestId('review-progress')).toHaveText('1 von 1 gesichtet');
    await expect(list.getByRole('option')).toContainText(/Gesichtet am \d{1,2}\. \p{L}{3,4}/u);

    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(options.getByRole('heading', { name: 'Deine Aufzeichnungen' })).toBeVisible();
    await expect(options.getByTestId('storage-used')).toHaveText(
      /^Belegter Speicher in diesem Browser: \d+,\d\d MB$/,
    );
    await expect(options.getByRole('region', { name: 'Deine Aufzeichnungen' })).toContainText(
      `@${ME} · Instagram · letzte Erfassung`,
    );
  });
});

test.describe('in a Spanish browser', () => {
  test.use({ uiLanguage: 'es' });

  test('the popup greets in Spanish before anything is captured', async ({ openPopup }) => {
    const popup = await openPopup();
    await expect(popup.locator('html')).toHaveAttribute('lang', 'es');
    await expect(
      popup.getByText('Abre tu lista de seguidores en Instagram y desplázate hasta el final.'),
    ).toBeVisible();
    await expect(popup.getByRole('button', { name: 'Abrir TikTok' })).toBeVisible();
  });
});
