import { readFile } from 'node:fs/promises';

import { capturePastDays } from '../../demo/past-days';
import { type Day, ME } from '../../demo/story';
import { type Follow, follows, igHtml, igPersonalInformation, zipOf } from '../support/downloads';
import { type InstagramScenario, type MockAccount, serveInstagram } from './mock-instagram/server';
import { expect, test } from './support/extension';
import { tabTo } from './support/keyboard';

const QUICK = { batchSize: 24, loadDelayMs: 120 } as const;
const people = (from: number, to: number): MockAccount[] =>
  Array.from({ length: to - from + 1 }, (_, i) => ({ handle: `p${from + i}`, name: `Person ${from + i}` }));
const maya = (handle: string): MockAccount => ({ handle, name: 'Maya Rivers' });
const jo = (handle: string): MockAccount => ({ handle, name: 'Jo Park' });

// Ten days ago: Maya and Jo follow under their old handles. Five days ago both carry new handles with the
// same names; p8 left and p25 came, an ordinary loss and gain beside them.
const before: Day = {
  daysAgo: 10,
  followers: [maya('maya_old'), jo('jo_old'), ...people(1, 24)],
  following: people(1, 20),
};
const after: Day = {
  daysAgo: 5,
  followers: [maya('maya_new'), jo('jo_new'), ...people(1, 7), ...people(9, 25)],
  following: people(1, 20),
};

test.describe.configure({ timeout: 240_000 });

test('a renamed follower shows as one likely rename, confirmed with its note, tag and protection following; another pair split stays lost and new', async ({
  context,
  extensionId,
  openPopup,
}) => {
  let scenario: InstagramScenario = { me: ME, followers: [], following: [] };
  await serveInstagram(context, () => ({ ...scenario, ...QUICK }));
  const site = await context.newPage();
  const show = (day: Day) => (scenario = { me: ME, followers: day.followers, following: day.following });
  await capturePastDays(context, site, show, [before]);

  // The person annotates @maya_old while she still follows under that handle.
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?view=fans&search=maya_old`);
  const detail = panel.getByRole('region', { name: /@maya_old/ });
  await detail.getByLabel('Note').fill('met at the fair');
  await detail.getByRole('button', { name: 'Save note' }).click();
  await detail
    .getByRole('group', { name: 'Tags of @maya_old' })
    .getByRole('button', { name: 'creator' })
    .click();
  await detail.getByRole('button', { name: 'Protect' }).click();
  await expect(panel.getByRole('status')).toHaveText(/protected/i);
  await panel.close();

  await capturePastDays(context, site, show, [after]);

  // The popup's lost followers: the two pairs stand apart from the ordinary loss, and are not counted.
  const popup = await openPopup();
  await popup.getByRole('tab', { name: /^Lost followers/ }).click();
  await expect(popup.getByTestId('count-lostFollowers')).toHaveText('1');
  await expect(popup.getByTestId('count-newFollowers')).toHaveText('1');
  const renames = popup.getByRole('region', { name: 'Likely renames' });
  await expect(renames).toContainText('2 renames (likely or confirmed), not counted as lost or new');
  await expect(renames.getByRole('listitem')).toHaveText([
    /@jo_old → @jo_new, likely renamed/,
    /@maya_old → @maya_new, likely renamed/,
  ]);
  const panelList = popup.locator('#view-panel');
  await expect(panelList.getByRole('link', { name: '@p8' })).toBeVisible();
  await expect(panelList.getByRole('link', { name: '@maya_old' })).toHaveCount(0);

  // Confirmed by keyboard: the annotations follow, and the popup says what happened.
  const confirm = renames.getByRole('button', {
    name: 'Confirm rename: @maya_old is now @maya_new; notes, tags and protection move to @maya_new',
  });
  await tabTo(popup, confirm);
  await popup.keyboard.press('Enter');
  await expect(renames.getByRole('status')).toHaveText(
    'Renamed: the notes, tags and protection of @maya_old moved to @maya_new.',
  );
  await expect(renames.locator('[data-rename="maya_old>maya_new"]')).toHaveText(
    /@maya_old → @maya_new, renamed \(you confirmed\)/,
  );
  await expect(renames.locator('[data-rename="maya_old>maya_new"]').getByRole('button')).toHaveCount(0);

  // Split: Jo's two handles are an ordinary lost and new again, and no longer offered as a pair.
  await renames
    .getByRole('button', { name: 'Not a rename: keep @jo_old as lost and @jo_new as new' })
    .click();
  await expect(renames.getByRole('status')).toHaveText(
    "Kept apart: @jo_old stays lost and @jo_new new; this pair won't be offered again.",
  );
  await expect(renames.locator('[data-rename="jo_old>jo_new"]')).toHaveCount(0);
  await expect(popup.getByTestId('count-lostFollowers')).toHaveText('2');
  await expect(popup.getByTestId('count-newFollowers')).toHaveText('2');
  await expect(panelList.getByRole('link', { name: '@jo_old' })).toBeVisible();
  await expect(renames).toContainText('1 rename (likely or confirmed), not counted as lost or new');

  // The history's day and its period report count the same way.
  await popup.getByRole('tab', { name: 'History' }).click();
  const day = popup.locator('.day-detail');
  await expect(day.getByRole('region', { name: 'Likely renames' })).toContainText(
    '@maya_old → @maya_new, renamed (you confirmed)',
  );
  await expect(day.locator('[data-kind="lost-follower"]')).toHaveText(/@jo_old/);
  await expect(day.locator('[data-kind="lost-follower"]')).not.toContainText('@maya_old');
  const numbers = popup.getByRole('region', { name: 'Period report' }).locator('.report-numbers');
  const value = (label: string) => numbers.locator('div').filter({ hasText: label }).locator('dd');
  await expect(value('Followers lost')).toHaveText('2');
  await expect(value('Followers gained')).toHaveText('2');
  await expect(value('Taken as renames')).toHaveText('1');
  const [reportCsv] = await Promise.all([
    popup.waitForEvent('download'),
    popup.getByRole('region', { name: 'Period report' }).getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  const reportText = await readFile((await reportCsv.path())!, 'utf8');
  expect(reportText).toContain('Followers lost,2\r\n');
  expect(reportText).toContain('Taken as renames (not in gained or lost),1\r\n');

  // Everything is read again from the ledger: the decision stayed, and @maya_new carries Maya's notes.
  const review = await context.newPage();
  await review.goto(`chrome-extension://${extensionId}/sidepanel.html?view=newFollowers`);
  await expect(review.getByRole('region', { name: 'Likely renames' })).toContainText(
    '@maya_old → @maya_new, renamed (you confirmed)',
  );
  const newList = review.getByRole('listbox', { name: 'New followers' });
  await expect(newList.getByRole('option')).toHaveCount(2);
  await expect(newList.getByRole('option', { name: /@jo_new/ })).toBeVisible();
  // The review CSV lists the rename under the new handle, apart from the new followers.
  const [viewCsv] = await Promise.all([
    review.waitForEvent('download'),
    review.getByRole('button', { name: /as CSV/ }).click(),
  ]);
  const viewLines = (await readFile((await viewCsv.path())!, 'utf8')).trim().split('\r\n');
  expect(viewLines).toHaveLength(4);
  expect(viewLines.filter((line) => line.includes(',new follower,'))).toHaveLength(2);
  expect(viewLines.at(-1)).toMatch(
    /^maya_new,,https:\/\/www\.instagram\.com\/maya_new\/,renamed from maya_old \(confirmed\),/,
  );
  await review.goto(`chrome-extension://${extensionId}/sidepanel.html?view=protected`);
  const protectedList = review.getByRole('listbox', { name: 'Protected' });
  await expect(protectedList.getByRole('option')).toHaveCount(1);
  await expect(protectedList.getByRole('option')).toHaveAttribute('aria-label', /@maya_new.*tags: creator/);
  const mayaDetail = review.getByRole('region', { name: /@maya_new/ });
  await expect(mayaDetail.getByLabel('Note')).toHaveValue('met at the fair');
});

test('two data downloads: a follower under a new handle with the same follow date is a likely rename', async ({
  context,
  extensionId,
  openPopup,
}) => {
  const DAY = 86_400_000;
  const [mayaFollowed] = follows(['maya_old'], 2);
  const download = (followers: Follow[], modified: Date) => ({
    name: 'instagram-download.zip',
    mimeType: 'application/zip',
    buffer: Buffer.from(
      zipOf(
        {
          'connections/followers_and_following/followers_1.html': igHtml('Followers', followers),
          'connections/followers_and_following/following.html': igHtml('Following', follows(['ana'], 1)),
          'personal_information/personal_information/personal_information.json': igPersonalInformation(ME),
        },
        modified,
      ),
    ),
  });
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const imports = options.getByRole('region', { name: 'Import your data download' });
  const importAllTime = async (followers: Follow[], modified: Date) => {
    await options.getByLabel('Download files').setInputFiles(download(followers, modified));
    await options.getByRole('radio', { name: /Yes, All time/ }).check();
    await options.getByRole('button', { name: 'Import' }).click();
    await expect(imports.getByRole('status')).toContainText('Followers: 4 read, complete');
  };
  // Maya's follow date is the same in both; Cy left and Dee came, on dates of their own.
  await importAllTime(
    [...follows(['ana'], 1), mayaFollowed, ...follows(['bo', 'cy'], 3)],
    new Date(Date.now() - 3 * DAY),
  );
  await importAllTime(
    [
      ...follows(['ana'], 1),
      { name: 'maya_new', at: mayaFollowed.at },
      ...follows(['bo'], 3),
      ...follows(['dee'], 9),
    ],
    new Date(),
  );

  const popup = await openPopup();
  await popup.getByRole('tab', { name: /^Lost followers/ }).click();
  await expect(popup.getByTestId('count-lostFollowers')).toHaveText('1');
  await expect(popup.getByTestId('count-newFollowers')).toHaveText('1');
  const renames = popup.getByRole('region', { name: 'Likely renames' });
  await expect(renames.getByRole('listitem')).toHaveText([/@maya_old → @maya_new, likely renamed/]);
  await expect(popup.locator('#view-panel').getByRole('link', { name: '@cy' })).toBeVisible();
});
