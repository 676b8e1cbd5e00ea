import type { Page } from '@playwright/test';

import { type InstagramScenario, type MockAccount, serveInstagram } from './mock-instagram/server';
import { serveTikTok } from './mock-tiktok/server';
import { closedPartAcrossPages as closedPart } from './support/closed-ui';
import { expect, openPopupOver, test } from './support/extension';
import { captureBothLists, captureList, wheelUntil } from './support/instagram-user';
import { storedPerson } from './support/ledger-records';
import { closeTikTokList, openOwnTikTokList, switchTab } from './support/tiktok-user';
import { controlWorker } from './support/worker-control';

const ME = 'one.by.one';
const ACCOUNT = `instagram:${ME}`;
const accounts = (...handles: string[]): MockAccount[] => handles.map((handle) => ({ handle }));

const bar = (site: Page) => closedPart(site, '.fl-review');
const barButton = (site: Page, keys: string) =>
  closedPart(site, `.fl-review button[aria-keyshortcuts="${keys}"]`);
const marks = (site: Page) => closedPart(site, '.fl-review .fl-marks');
const position = (site: Page) => closedPart(site, '.fl-review .fl-position');

/** A key pressed on the site's page, with the focus on the page itself, as a person reviewing would. */
async function press(site: Page, key: string) {
  await site.bringToFront();
  await site.keyboard.press(key);
}

test('review one by one: keys on the profiles, the side panel follows, a summary; the own word is settled by the next capture', async ({
  context,
  extensionId,
  openPopup,
}) => {
  test.setTimeout(180_000);
  // n1–n4 don't follow back; m1 is mutual; f1 only follows.
  let scenario: InstagramScenario = {
    me: ME,
    followers: accounts('f1', 'm1'),
    following: accounts('m1', 'n1', 'n2', 'n3', 'n4'),
  };
  await serveInstagram(context, () => scenario);
  const site = await context.newPage();
  await captureBothLists(site, ME);

  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  const list = panel.getByRole('listbox', { name: 'Not following back' });
  await expect(list.getByRole('option')).toHaveCount(4);
  // The queue is the list as shown, in its order.
  const queue = await list
    .getByRole('option')
    .evaluateAll((rows) => rows.map((row) => row.id.replace('row-', '')));
  expect([...queue].sort()).toEqual(['n1', 'n2', 'n3', 'n4']);
  const [first, second, third, fourth] = queue;
  const status = panel.getByTestId('one-by-one-status');
  const detail = (handle: string) => panel.getByRole('region', { name: `Review @${handle}` });

  await panel.getByRole('button', { name: 'Review one by one' }).click();
  // The first account's profile opens in the tab the person reviews in, not in a new one.
  await expect(site).toHaveURL(`https://www.instagram.com/${first}/`);
  expect(context.pages().filter((page) => page.url().startsWith('https://www.instagram.com'))).toHaveLength(
    1,
  );
  await expect.poll(() => position(site).text()).toBe('1 of 4');
  await expect.poll(() => closedPart(site, '.fl-review .fl-handle').text()).toBe(`@${first}`);
  await expect.poll(() => bar(site).attribute('aria-describedby')).toBe('fl-review-keys');
  await expect.poll(() => closedPart(site, '#fl-review-keys').text()).toMatch(/P protect.*J next/);
  await expect(status).toHaveText(`Reviewing one by one: 1 of 4 (@${first})`);
  await expect(list).toHaveAttribute('aria-activedescendant', `row-${first}`);
  await expect(detail(first)).toBeVisible();

  // Keys typed into the site's own field are the site's: nothing moves, nothing is marked.
  await site.bringToFront();
  await site.evaluate(() => {
    const field = Object.assign(document.createElement('input'), { id: 'site-field', type: 'text' });
    field.style.cssText = 'position:fixed;top:0;right:0;z-index:2147483647';
    document.body.append(field);
  });
  await site.locator('#site-field').click();
  await site.keyboard.type('jpu');
  await expect(site.locator('#site-field')).toHaveValue('jpu');
  await site.waitForTimeout(500);
  await expect(site).toHaveURL(`https://www.instagram.com/${first}/`);
  expect(await marks(site).text()).toBe('');
  await site.locator('#site-field').blur();

  await press(site, 'p'); // protect the first
  await expect.poll(() => barButton(site, 'P').attribute('aria-pressed')).toBe('true');
  await expect.poll(() => marks(site).text()).toBe('protected');

  // The worker stops, as Chrome stops an idle one: the review keeps its place.
  await (await controlWorker(site, extensionId)).stop();

  await press(site, 'j'); // next
  await expect(site).toHaveURL(`https://www.instagram.com/${second}/`);
  await expect.poll(() => position(site).text()).toBe('2 of 4');
  await expect(status).toHaveText(`Reviewing one by one: 2 of 4 (@${second})`);
  await expect(detail(second)).toBeVisible();
  await expect(list).toHaveAttribute('aria-activedescendant', `row-${second}`);

  await press(site, 'r'); // reviewed
  await expect.poll(() => barButton(site, 'R').attribute('aria-pressed')).toBe('true');
  await press(site, 'ArrowRight');
  await expect(site).toHaveURL(`https://www.instagram.com/${third}/`);
  await expect.poll(() => position(site).text()).toBe('3 of 4');
  await press(site, 'k'); // previous: the second again, still marked reviewed
  await expect(site).toHaveURL(`https://www.instagram.com/${second}/`);
  await expect.poll(() => position(site).text()).toBe('2 of 4');
  await expect.poll(() => marks(site).text()).toBe('reviewed');
  await expect(status).toHaveText(`Reviewing one by one: 2 of 4 (@${second})`);
  await press(site, 'ArrowRight');
  await expect.poll(() => position(site).text()).toBe('3 of 4');

  await press(site, 'u'); // "I unfollowed" the third: the person's own word
  await expect.poll(() => barButton(site, 'U').attribute('aria-pressed')).toBe('true');
  await expect.poll(() => marks(site).text()).toBe('you said you unfollowed');
  await expect(detail(third)).toContainText(/You said you unfollowed on \w+ \d+/);
  await expect(panel.getByTestId('review-progress')).toContainText('not counting 1 you said you unfollowed');

  await press(site, 'j');
  await expect.poll(() => position(site).text()).toBe('4 of 4');
  await barButton(site, 'R').click(); // the mouse does what the key does
  await expect.poll(() => barButton(site, 'R').attribute('aria-pressed')).toBe('true');
  await press(site, 'u');
  await expect.poll(() => barButton(site, 'U').attribute('aria-pressed')).toBe('true');

  await press(site, 'j'); // Next on the last one: the summary, here and in the side panel
  const summary = 'Review finished: 2 reviewed, 1 protected, 2 unfollowed by hand, of 4';
  await expect.poll(() => closedPart(site, '.fl-summary').text()).toBe(summary);
  await expect(status).toHaveText(summary);
  await expect(site).toHaveURL(`https://www.instagram.com/${fourth}/`);
  // Not following back: the protected one is out, and so are the two the person said they unfollowed.
  await expect(list.getByRole('option')).toHaveCount(1);
  await expect(panel.getByTestId('review-progress')).toHaveText(
    '1 of 1 reviewed · 1 protected not shown · not counting 2 you said you unfollowed',
  );

  // The popup counts them out too, and says so.
  const popup = await openPopup();
  await popup.getByRole('tab', { name: /Not following back/ }).click();
  await expect(popup.getByTestId('count-notFollowingBack')).toHaveText('1');
  await expect(popup.getByTestId('own-word-left-out')).toHaveText('not counting 2 you said you unfollowed');
  await popup.close();

  // Done: the bar gives way to the ordinary badge, and keys are the site's again.
  await closedPart(site, '.fl-review button').click();
  await expect.poll(() => closedPart(site, '.fl-badge').text()).toMatch(/^Doesn't follow you back/);
  expect(await bar(site).count()).toBe(0);
  await press(site, 'j');
  await site.waitForTimeout(500);
  await expect(site).toHaveURL(`https://www.instagram.com/${fourth}/`);

  // The person really unfollowed the third; the fourth is still followed. The next complete capture says so.
  expect(await storedPerson(panel, ACCOUNT, third)).toHaveProperty('saidUnfollowedAt');
  scenario = { ...scenario, following: accounts('m1', ...queue.filter((handle) => handle !== third)) };
  await site.goto(`https://www.instagram.com/${ME}/`);
  await captureList(site, ME, 'following');

  await panel.reload();
  // Confirmed: the word is cleared, the capture's own "you unfollowed" tells it from now on.
  await expect.poll(() => storedPerson(panel, ACCOUNT, third)).toBeNull();
  // Corrected: still followed, and the person is told so; it counts again.
  await expect(list.getByRole('option')).toHaveCount(2);
  await expect(panel.getByTestId('review-progress')).toHaveText('2 of 2 reviewed · 1 protected not shown');
  await list.getByRole('option', { name: new RegExp(`@${fourth}`) }).click();
  await expect(detail(fourth)).toContainText(/Still in your following list as of \w+ \d+/);
  await expect(detail(fourth)).not.toContainText('You said you unfollowed');
});

test("from the popup too; the site's own script can't drive the review bar: made-up keys and clicks change nothing", async ({
  context,
  extensionId,
}) => {
  await serveInstagram(context, () => ({
    me: ME,
    followers: accounts('f1'),
    following: accounts('n1', 'n2'),
  }));
  const site = await context.newPage();
  await captureBothLists(site, ME);
  // Started from the popup this time: its view list is a queue too, and its current tab is the site's.
  const popup = await openPopupOver(site, extensionId);
  await popup.getByRole('tab', { name: /Not following back/ }).click();
  await popup.getByRole('button', { name: 'Review one by one' }).click();
  await expect(site).toHaveURL(/instagram\.com\/n[12]\/$/);
  await expect.poll(() => popup.isClosed()).toBe(true);
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  const at = site.url();
  await expect.poll(() => position(site).text()).toBe('1 of 2');

  // The page's script sends the bar's keys everywhere it can, and clicks every element it does not know.
  await site.evaluate(() => {
    const strangers = [...document.querySelectorAll('*')].filter(
      (el) => el.localName.includes('-') && !customElements.get(el.localName),
    );
    for (const target of [window, document, document.body, ...strangers])
      for (const key of ['p', 'r', 'u', 'j', 'ArrowRight'])
        target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
    for (const target of strangers) {
      (target as HTMLElement).click();
      target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    }
  });
  await site.waitForTimeout(1000);
  expect(site.url()).toBe(at);
  expect(await position(site).text()).toBe('1 of 2');
  expect(await marks(site).text()).toBe('');
  const handle = new URL(at).pathname.replaceAll('/', '');
  expect(await storedPerson(panel, ACCOUNT, handle)).toBeNull();
  // The person's own key still works.
  await press(site, 'p');
  await expect.poll(() => marks(site).text()).toBe('protected');
});

test('on TikTok too: the bar on its profiles, Next and Previous move the tab between them', async ({
  context,
  extensionId,
}) => {
  await serveTikTok(context, () => ({
    me: ME,
    followers: accounts('tt_fan'),
    following: accounts('tt_idol1', 'tt_idol2'),
  }));
  const site = await context.newPage();
  await openOwnTikTokList(site, ME, 'following');
  await wheelUntil(site, /Following complete/);
  await switchTab(site, 'Followers');
  await wheelUntil(site, /Followers complete/);
  await closeTikTokList(site);

  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  const list = panel.getByRole('listbox', { name: 'Not following back' });
  await expect(list.getByRole('option')).toHaveCount(2);
  const [first, second] = await list
    .getByRole('option')
    .evaluateAll((rows) => rows.map((row) => row.id.replace('row-', '')));
  await panel.getByRole('button', { name: 'Review one by one' }).click();
  await expect(site).toHaveURL(`https://www.tiktok.com/@${first}`);
  await expect.poll(() => position(site).text()).toBe('1 of 2');
  await press(site, 'ArrowRight');
  await expect(site).toHaveURL(`https://www.tiktok.com/@${second}`);
  await expect.poll(() => position(site).text()).toBe('2 of 2');
  await expect(panel.getByTestId('one-by-one-status')).toHaveText(
    `Reviewing one by one: 2 of 2 (@${second})`,
  );
  await press(site, 'ArrowLeft');
  await expect(site).toHaveURL(`https://www.tiktok.com/@${first}`);
  await expect.poll(() => position(site).text()).toBe('1 of 2');
});
