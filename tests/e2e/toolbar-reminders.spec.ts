import { type InstagramScenario, type MockAccount, serveInstagram } from './mock-instagram/server';
import { serveTikTok, type TikTokScenario } from './mock-tiktok/server';
import { expect, openPopupOver, test } from './support/extension';
import { captureList, closeList, wheelUntil } from './support/instagram-user';
import { closeTikTokList, openOwnTikTokList, switchTab } from './support/tiktok-user';
import { badgeText, toolbarButton } from './support/toolbar-button';
import { setWorkerDate } from './support/worker-clock';

const ME = 'corner.cafe';
const DAY = 86_400_000;

const people = (prefix: string, from: number, to: number): MockAccount[] =>
  Array.from({ length: to - from + 1 }, (_, i) => ({
    handle: `${prefix}${String(from + i).padStart(2, '0')}`,
  }));

test('the toolbar counts unseen changes, marks a due capture, and the popup says both and takes the tab to the list', async ({
  context,
  extensionId,
}) => {
  const day0 = Date.now() - 12 * DAY;
  let scenario: InstagramScenario = { me: ME, followers: people('p', 1, 10), following: people('p', 6, 12) };
  await serveInstagram(context, () => scenario);
  const page = await context.newPage();

  await setWorkerDate(context, day0);
  await captureList(page, ME, 'followers');
  await captureList(page, ME, 'following');
  // A first capture is a starting point, not a change; both lists are fresh.
  await expect.poll(() => badgeText(page)).toBe('');

  // A day later: n01 and n02 followed, p01 (a fan) left. Three changes nobody has looked at yet.
  scenario = { ...scenario, followers: [...people('n', 1, 2), ...people('p', 2, 10)] };
  await setWorkerDate(context, day0 + DAY);
  await captureList(page, ME, 'followers');
  await expect.poll(() => badgeText(page)).toBe('3');

  // Nine and a half days later the person comes back: the changes are still unseen, and both lists
  // are older than a week (the default rhythm).
  await setWorkerDate(context, day0 + 10.5 * DAY);
  await page.goto(`https://www.instagram.com/${ME}/`);
  await expect.poll(() => badgeText(page)).toBe('3!');
  expect((await toolbarButton(page)).title).toContain('Followers last read completely 9 days ago');

  const popup = await openPopupOver(page, extensionId);
  await expect(popup.getByTestId('reminder-followers')).toContainText(
    'Followers last read completely 9 days ago',
  );
  await expect(popup.getByTestId('reminder-following')).toContainText(
    'Following last read completely 10 days ago',
  );
  const since = popup.getByTestId('since-last-look');
  await expect(since).toContainText('Since your first capture:');
  await since.getByRole('button', { name: '2 new followers' }).click();
  await expect(popup.getByRole('tab', { name: /New followers/ })).toHaveAttribute('aria-selected', 'true');
  await expect(popup.getByRole('tabpanel').getByRole('link', { name: '@n01' })).toBeVisible();
  await since.getByRole('button', { name: '1 lost follower' }).click();
  await expect(popup.getByRole('tab', { name: /Lost followers/ })).toHaveAttribute('aria-selected', 'true');
  // Looking at them counted: only the mark stays.
  await expect.poll(() => badgeText(page)).toBe('!');

  // The reminder's button takes the tab to the list; the person reads both lists and the mark goes.
  await popup.getByTestId('reminder-followers').getByRole('button', { name: 'Go to the list' }).click();
  await expect(page).toHaveURL(`https://www.instagram.com/${ME}/followers/`);
  await popup.close();
  await wheelUntil(page, /Followers complete/);
  await closeList(page);
  await captureList(page, ME, 'following');
  await expect.poll(() => badgeText(page)).toBe('');

  const again = await openPopupOver(page, extensionId);
  await expect(again.getByTestId('since-last-look')).toContainText('Nothing new since you last looked');
  await expect(again.getByTestId('reminder-followers')).toHaveCount(0);
});

test('each tab shows its own account on either site, and the rhythm set on the options page decides the mark', async ({
  context,
  extensionId,
}) => {
  const day0 = Date.now() - 5 * DAY;
  let instagram: InstagramScenario = { me: ME, followers: people('p', 1, 8), following: people('p', 5, 9) };
  const tiktok: TikTokScenario = {
    me: 'studio.tt',
    followers: people('t', 1, 12),
    following: people('t', 9, 14),
  };
  await serveInstagram(context, () => instagram);
  await serveTikTok(context, () => tiktok);
  const insta = await context.newPage();
  const tt = await context.newPage();

  await setWorkerDate(context, day0);
  await captureList(insta, ME, 'followers');
  await captureList(insta, ME, 'following');
  await openOwnTikTokList(tt, 'studio.tt', 'followers');
  await wheelUntil(tt, /Followers complete/);
  await switchTab(tt, 'Following');
  await wheelUntil(tt, /Following complete/);
  await closeTikTokList(tt);

  // Two days later Instagram's followers change and are read; TikTok's lists are two days old.
  instagram = { ...instagram, followers: [...people('n', 1, 1), ...people('p', 1, 8)] };
  await setWorkerDate(context, day0 + 2.5 * DAY);
  await captureList(insta, ME, 'followers');
  await tt.reload();
  await expect.poll(() => badgeText(insta)).toBe('1');
  await expect.poll(() => badgeText(tt)).toBe('');

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const rhythm = options.getByRole('combobox', { name: /Remind me on the toolbar button/ });
  await expect(rhythm).toHaveValue('weekly');
  await rhythm.selectOption({ label: 'Every day' });
  await expect(options.getByRole('status')).toContainText('Saved');

  // Every open tab follows at once. Instagram's following and both of TikTok's lists were last read completely two days ago.
  await expect.poll(() => badgeText(insta)).toBe('1!');
  await expect.poll(() => badgeText(tt)).toBe('!');
  expect((await toolbarButton(tt)).title).toContain('Following last read completely 2 days ago');

  await options.reload();
  await rhythm.selectOption({ label: 'Never' });
  await expect(options.getByRole('status')).toContainText('Saved');
  await expect.poll(() => badgeText(insta)).toBe('1');
  await expect.poll(() => badgeText(tt)).toBe('');
});
