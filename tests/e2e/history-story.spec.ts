import { readFile } from 'node:fs/promises';

import { capturePastDays } from '../../demo/past-days';
import { BOTS, type Day, LOST_FRIEND, ME, PAST_DAYS, QUICK } from '../../demo/story';
import { igPersonalInformation, igTitled, zipOf } from '../support/downloads';
import { type InstagramScenario, serveInstagram } from './mock-instagram/server';
import { expect, test } from './support/extension';
import { tabTo } from './support/keyboard';

const DAY = 86_400_000;

function localDate(time: number): string {
  const day = new Date(time);
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
}
const dateOf = (daysAgo: number) => localDate(Date.now() - daysAgo * DAY);
const shortDay = (daysAgo: number) =>
  new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric' }).format(Date.now() - daysAgo * DAY);
const day = (daysAgo: number) => PAST_DAYS.find((one) => one.daysAgo === daysAgo) as Day;
const handles = (accounts: { handle: string }[]) => new Set(accounts.map((account) => account.handle));

// The story's clean-up three days ago: who left since the capture before it (five days ago).
const cleanupLost = day(5).followers.filter((account) => !handles(day(3).followers).has(account.handle));
const namelessLost = cleanupLost.filter((account) => account.name === undefined);

test.describe.configure({ timeout: 300_000 });

test('three weeks of captures: every view day by day, gaps for days without one, the bot clean-up explained, a period report, and how long you have followed each account', async ({
  context,
  extensionId,
  openPopup,
}) => {
  let scenario: InstagramScenario = { me: ME, followers: [], following: [] };
  await serveInstagram(context, () => ({ ...scenario, ...QUICK }));
  await capturePastDays(context, await context.newPage(), (past) => {
    scenario = { me: ME, followers: past.followers, following: past.following };
  });
  // The oracle: every bot left on that day, with two people; all the bots and one person had no name.
  expect(cleanupLost).toHaveLength(14);
  expect(namelessLost).toHaveLength(13);
  expect(handles(BOTS).size).toBe(12);

  // The popup flags the spike where the person looks first, with the rule that flagged it.
  const popup = await openPopup();
  const spikes = popup.getByRole('region', { name: 'Loss spikes' });
  await expect(spikes.locator('.spike')).toHaveCount(1);
  await expect(spikes).toContainText(
    `Loss spike between ${shortDay(5)} and ${shortDay(3)}: 14 followers lost (usually 2 per capture)`,
  );
  await expect(spikes).toContainText(
    '13 of the 14 show signs of a bot or abandoned account (no display name ever seen, or a generated-looking handle).',
  );
  await expect(spikes).toContainText('likely a platform clean-up');
  await expect(spikes).not.toContainText(/\bis a bot\b|\bare bots\b/);
  await expect(spikes).toContainText(
    'Flagged because at least 10 followers were lost, more than 3× the median of the previous 8 complete captures (at least 3 needed).',
  );
  const toReview = spikes.getByRole('list', { name: 'Accounts to review' });
  expect((await toReview.getByRole('link').allTextContents()).sort()).toEqual(
    namelessLost.map((account) => `@${account.handle}`).sort(),
  );
  await expect(toReview.getByRole('listitem').filter({ hasText: `@${BOTS[0].handle}` })).toContainText(
    'no display name ever seen, generated-looking handle',
  );
  const namedLost = cleanupLost.find((account) => account.name !== undefined)!;
  await expect(toReview).not.toContainText(`@${namedLost.handle}`);

  // The history: a row for every day from the first capture to the last; days without one are gaps.
  await popup.getByRole('tab', { name: 'History' }).click();
  const table = popup.getByRole('region', { name: 'History as a table' });
  await expect(table.locator('tbody tr')).toHaveCount(20);
  await expect(table.getByRole('button')).toHaveCount(PAST_DAYS.length);
  const row = (daysAgo: number) => table.locator(`tr[data-date="${dateOf(daysAgo)}"]`);
  const cell = (daysAgo: number, series: string) => row(daysAgo).locator(`td[data-series="${series}"]`);
  await expect(row(20)).toContainText('no capture this day');
  await expect(row(20).locator('td[data-series]')).toHaveCount(0);
  await expect(row(4)).toContainText('no capture this day');

  // Sizes of every view on the first day: 102 followers (12 bots), 60 following, 30 mutuals.
  for (const [series, value] of Object.entries({
    followers: '102',
    following: '60',
    mutuals: '30',
    notFollowingBack: '30',
    fans: '72',
  }))
    await expect(cell(21, series)).toHaveText(value);
  // Changes, on the day of the capture that proved them: five came and two left between days 17 and 14.
  await expect(cell(14, 'newFollowers')).toHaveText('5');
  await expect(cell(14, 'lostFollowers')).toHaveText('2');
  await expect(cell(17, 'lostFollowers')).toHaveText('1');
  await expect(cell(3, 'lostFollowers')).toHaveText('14');
  await expect(cell(3, 'newFollowers')).toHaveText('0');
  await expect(cell(3, 'followers')).toHaveText(String(day(3).followers.length));
  await expect(cell(3, 'fans')).toHaveText(
    String(day(3).followers.filter((account) => !handles(day(3).following).has(account.handle)).length),
  );
  // The flag sits on the spike's day and nowhere else.
  await expect(row(3)).toContainText('loss spike');
  await expect(table.locator('tr.flagged')).toHaveCount(1);
  await expect(popup.getByRole('region', { name: 'Loss spikes' })).toHaveCount(1);

  // Every view is a series the person can hide or show from the legend, by keyboard; the pick stays
  // when the chart is drawn again (here, for a change of theme).
  const legend = popup.locator('.chart .u-legend');
  for (const name of [
    'Followers',
    'Following',
    'Mutuals',
    'Not following back',
    'Fans',
    'New followers',
    'Lost followers',
    'New friends',
    'Lost friends',
  ])
    await expect(legend.getByRole('button', { name, exact: true })).toHaveAttribute('aria-pressed', 'true');
  const fans = legend.getByRole('button', { name: 'Fans', exact: true });
  await tabTo(popup, fans);
  await popup.keyboard.press('Enter');
  await expect(fans).toHaveAttribute('aria-pressed', 'false');
  await popup.emulateMedia({ colorScheme: 'dark' });
  await expect(popup.locator('.chart .u-legend .u-series').nth(5)).toHaveClass(/u-off/);
  await expect(legend.getByRole('button', { name: 'Fans', exact: true })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  await expect(legend.getByRole('button', { name: 'Mutuals', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  // The keyboard reaches the table and its days; Enter on a day shows that day's changes.
  await tabTo(popup, table);
  await tabTo(popup, row(3).getByRole('button'));
  await popup.keyboard.press('Enter');
  const detail = popup.locator('.day-detail');
  await expect(detail).toHaveAttribute('data-date', dateOf(3));
  await expect(detail.locator('[data-kind="lost-follower"]')).toContainText(`@${BOTS[5].handle}`);

  await expect(popup.getByRole('img', { name: /^Daily history: list sizes as lines/ })).toBeVisible();

  // The period report, for the last 7 days by default: days 5, 3 and 2. Gained: 2 on day 5, 5 on day 2;
  // lost: 2, 14 and 1. The churn is against the 108 followers the ledger held before (day 9's partial
  // capture added four to day 14's 104). Two friendships ended on day 5, one from each side.
  const report = popup.getByRole('region', { name: 'Period report' });
  const numbers = report.locator('.report-numbers');
  const expectNumbers = async (values: Record<string, string>) => {
    for (const [label, value] of Object.entries(values))
      await expect(numbers.locator('div').filter({ hasText: label }).locator('dd')).toHaveText(value);
  };
  await expect(report).toContainText(`from ${shortDay(6)} to ${shortDay(0)}`);
  await expectNumbers({
    'Followers gained': '7',
    'Followers lost': '17',
    Net: '-10',
    'Churn rate (lost ÷ followers at the start)': '15.7%',
    'Lost friends': '2',
    // Amir's new handle two days ago (the story's rename) is neither gained nor lost.
    'Taken as renames (not in gained or lost)': '1',
  });
  const unfollowedByMe = day(9).following.find((account) => !handles(day(5).following).has(account.handle))!;
  expect(
    (await report.getByRole('list', { name: 'Lost friends' }).getByRole('listitem').allInnerTexts()).sort(),
  ).toEqual(
    [`@${LOST_FRIEND} · they unfollowed you`, `@${unfollowedByMe.handle} · you unfollowed them`].sort(),
  );
  await expect(report.getByRole('list', { name: 'Biggest days' }).getByRole('listitem')).toHaveText([
    `${shortDay(3)}: +0 / −14 followers`,
    `${shortDay(2)}: +5 / −1 followers`,
    `${shortDay(5)}: +2 / −2 followers`,
  ]);

  // Exported as CSV, and as a PNG of the chart with its numbers.
  const [csv] = await Promise.all([
    popup.waitForEvent('download'),
    report.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  const csvText = await readFile((await csv.path())!, 'utf8');
  expect(csvText).toContain('Followers lost,17\r\n');
  expect(csvText).toContain(`Account,${ME}\r\n`);
  expect(csvText).toContain(`Lost friend,${LOST_FRIEND},they unfollowed you\r\n`);
  expect(csvText).toContain(`Biggest day,${dateOf(3)},0,14\r\n`);
  const [png] = await Promise.all([
    popup.waitForEvent('download'),
    report.getByRole('button', { name: 'Export PNG' }).click(),
  ]);
  expect(png.suggestedFilename()).toBe(`follow-ledger-report-${dateOf(6)}-to-${dateOf(0)}.png`);
  const picture = await readFile((await png.path())!);
  expect(picture.subarray(1, 4).toString()).toBe('PNG');
  expect(picture.readUInt32BE(16)).toBeGreaterThanOrEqual(640);

  // Any range: the first week, before which nothing was captured, so its churn is unknown.
  await report.getByLabel('From').fill(dateOf(21));
  await report.getByLabel('To').fill(dateOf(15));
  await expectNumbers({ 'Followers gained': '0', 'Followers lost': '1', Net: '-1', 'Lost friends': '0' });
  await expect(numbers.locator('div').filter({ hasText: 'Churn rate' }).locator('dd')).toHaveText('–');
  // A start after the end is refused in words, and the report stays as it was.
  await report.getByLabel('From').fill(dateOf(2));
  await expect(report.getByRole('alert')).toHaveText(
    'Pick a start date on or before the end date. The report still shows the last period picked.',
  );
  await expectNumbers({ 'Followers lost': '1' });
  await expect(report).toContainText(`from ${shortDay(21)} to ${shortDay(15)}`);

  // Follow age. A download of the following list made for a date range gives three of those who don't
  // follow back a follow date; everyone else is dated by the capture that first saw them, and says so.
  const followers = handles(day(2).followers);
  const notFollowingBack = day(2).following.filter((account) => !followers.has(account.handle));
  const dated = [notFollowingBack[5], notFollowingBack[12], notFollowingBack[20]].map((account, index) => ({
    handle: account.handle,
    daysAgo: [200, 150, 90][index],
  }));
  const hour = 3_600_000;
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel('Download files').setInputFiles({
    name: 'instagram-following.zip',
    mimeType: 'application/zip',
    buffer: Buffer.from(
      zipOf({
        'connections/followers_and_following/following.json': JSON.stringify({
          relationships_following: dated.map(({ handle, daysAgo }) =>
            igTitled({ name: handle, at: Math.floor((Date.now() - daysAgo * DAY - hour) / 1000) }),
          ),
        }),
        'personal_information/personal_information/personal_information.json': igPersonalInformation(ME),
      }),
    ),
  });
  const imports = options.getByRole('region', { name: 'Import your data download' });
  await options.getByRole('button', { name: 'Import' }).click();
  await expect(imports.getByRole('status')).toContainText('Following: 3 read, partial');

  const again = await openPopup();
  const entry = (handle: string) =>
    again
      .getByRole('tabpanel')
      .getByRole('listitem')
      .filter({ hasText: `@${handle}` });
  for (const { handle, daysAgo } of dated)
    await expect(entry(handle)).toContainText(
      `followed ${daysAgo} days ago (${shortDay(daysAgo)}, date from your download), doesn't follow back`,
    );
  const capturedOnly = notFollowingBack.find((account) => day(21).following.includes(account))!;
  await expect(entry(capturedOnly.handle)).toContainText(
    `first seen in your following 21 days ago (${shortDay(21)}), doesn't follow back`,
  );

  // The review list sorts those who don't follow back by it: the longest followed first.
  const panel = await context.newPage();
  await panel.goto(
    `chrome-extension://${extensionId}/sidepanel.html?account=instagram:${ME}&view=notFollowingBack`,
  );
  await panel
    .getByRole('combobox', { name: 'Sort' })
    .selectOption({ label: 'Followed longest (follow date, or first seen)' });
  const rows = panel.getByRole('listbox', { name: 'Not following back' }).getByRole('option');
  for (const [index, { handle, daysAgo }] of dated.entries()) {
    await expect(rows.nth(index)).toContainText(`@${handle}`);
    await expect(rows.nth(index)).toContainText(`followed ${daysAgo} days ago`);
  }
  await expect(rows.nth(3)).toContainText('first seen in your following 21 days ago');
});
