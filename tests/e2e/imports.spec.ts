import { deflateSync } from 'node:zlib';

import type { Page } from '@playwright/test';

import { follows, igClassic, igHtml, igPersonalInformation, tiktokTxt, zipOf } from '../support/downloads';
import { type MockAccount, serveInstagram } from './mock-instagram/server';
import { expect, test } from './support/extension';
import { closeList, openOwnList, wheelUntil } from './support/instagram-user';
import { controlWorker } from './support/worker-control';

const ME = 'studio.lumen';
const accounts = (count: number): MockAccount[] =>
  Array.from({ length: count }, (_, i) => ({
    handle: `p${String(i + 1).padStart(3, '0')}`,
    name: `Person ${i + 1}`,
  }));
const zipFile = (name: string, bytes: Uint8Array) => ({
  name,
  mimeType: 'application/zip',
  buffer: Buffer.from(bytes),
});

async function openOptions(page: Page, extensionId: string) {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  return page.getByRole('region', { name: 'Import your data download' });
}

test('an Instagram HTML zip and a TikTok TXT zip import through the options page; the popup shows their views', async ({
  context,
  extensionId,
  openPopup,
}) => {
  const options = await context.newPage();
  const imports = await openOptions(options, extensionId);
  const root = 'instagram-studio.lumen-2025-11-02-abc/';
  await options.getByLabel('Download files').setInputFiles(
    zipFile(
      'instagram-studio.lumen-2025-11-02-abc.zip',
      zipOf({
        [`${root}connections/followers_and_following/followers_1.html`]: igHtml(
          'Followers',
          follows(['ana', 'bo', '__deleted__qxv', 'cy', 'dee', 'eli']),
        ),
        [`${root}connections/followers_and_following/following.html`]: igHtml(
          'Following',
          follows(['ana', 'bo', 'gus', 'hal'], 10),
          { titled: true },
        ),
        [`${root}personal_information/personal_information/personal_information.json`]:
          igPersonalInformation(ME),
        [`${root}connections/followers_and_following/recently_unfollowed_profiles.html`]: igHtml(
          'Recently unfollowed profiles',
          follows(['cy', 'nobody.known'], 20),
        ),
        [`${root}connections/followers_and_following/pending_follow_requests.html`]: igHtml(
          'Pending follow requests',
          follows(['star.baker'], 25),
        ),
        [`${root}connections/followers_and_following/close_friends.html`]: igHtml(
          'Close friends',
          follows(['ana', 'gus']),
        ),
      }),
    ),
  );
  await expect(imports.getByRole('status')).toContainText('5 followers, 4 following');
  await expect(imports.getByRole('status')).toContainText('Follow dates read for 9 of 9.');
  await expect(imports.getByRole('status')).toContainText('1 deleted or hidden account skipped.');
  await expect(imports.getByRole('status')).toContainText(`The download names its account: @${ME}.`);
  await expect(options.getByLabel('Your Instagram username')).toHaveValue(ME);
  await options.getByRole('radio', { name: /Yes, All time/ }).check();
  await options.getByRole('button', { name: 'Import' }).click();
  await expect(imports.getByRole('status')).toContainText('Followers: 5 read, complete');
  await expect(imports.getByRole('status')).toContainText('Following: 4 read, complete');
  await expect(imports.getByRole('status')).toContainText(
    '1 “you unfollowed” date recorded from the download.',
  );
  // Close friends are offered as protected, never protected silently.
  let popup = await openPopup();
  await expect(popup.getByTestId('count-mutuals')).toHaveText('2');
  await expect(popup.getByTestId('count-notFollowingBack')).toHaveText('2');
  await popup.close();
  await options.getByRole('button', { name: /Protect your 2 close friends/ }).click();
  await expect(imports.getByRole('status').last()).toHaveText('2 close friends protected.');

  await options.getByLabel('Download files').setInputFiles(
    zipFile(
      'TikTok_Data_1732900000.zip',
      zipOf({
        'TikTok_Data_1732900000/Profile and Settings/Follower.txt': tiktokTxt(
          follows(['fan.one', 'N/A', 'fan.two', 'idol']),
          true,
        ),
        'TikTok_Data_1732900000/Profile and Settings/Following.txt': tiktokTxt(follows(['idol', 'star'], 20)),
      }),
    ),
  );
  await expect(imports.getByRole('status')).toContainText('TikTok download of');
  await expect(imports.getByRole('status')).toContainText('3 followers, 2 following');
  await expect(imports.getByRole('status')).toContainText('1 deleted or hidden account skipped.');
  await options.getByLabel('Your TikTok username').fill('@lumen.bakery');
  // Answering "not sure" keeps the download partial: it adds, and takes nobody away.
  await options.getByRole('radio', { name: /No, a date range/ }).check();
  await options.getByRole('button', { name: 'Import' }).click();
  await expect(imports.getByRole('status')).toContainText('Followers: 3 read, partial');

  popup = await openPopup();
  await popup.getByRole('combobox', { name: 'Account' }).selectOption({ label: `@${ME} · Instagram` });
  await expect(popup.getByTestId('count-fans')).toHaveText('3');
  await expect(popup.getByTestId('count-mutuals')).toHaveText('1');
  await expect(popup.getByTestId('count-notFollowingBack')).toHaveText('1');
  await expect(popup.getByTestId('capture-followers')).toContainText(
    '5 read · complete · from your data download',
  );
  await expect(popup.getByTestId('count-requested')).toHaveText('1');
  await popup.getByRole('tab', { name: /Requested/ }).click();
  await expect(popup.getByRole('tabpanel')).toContainText('@star.baker');
  await expect(popup.getByRole('tabpanel')).toContainText('asked Jan 25');
  await popup.getByRole('combobox', { name: 'Account' }).selectOption({ label: '@lumen.bakery · TikTok' });
  await expect(popup.getByTestId('count-mutuals')).toHaveText('1');
  await expect(popup.getByTestId('count-notFollowingBack')).toHaveText('1');
  await expect(popup.getByTestId('capture-followers')).toContainText(
    '3 read · partial: adds, takes nobody away · from your data download',
  );
});

test('the date-range case: a complete capture of 101, then a download of the 30 newest, gives 0 lost followers', async ({
  context,
  extensionId,
  openPopup,
}) => {
  const followers = accounts(101);
  await serveInstagram(context, () => ({ me: ME, followers, following: [] }));
  const page = await context.newPage();
  await openOwnList(page, ME, 'followers');
  await wheelUntil(page, /Followers complete/);
  await closeList(page);

  // The download is made after the capture; a zip dates its files in whole seconds.
  await page.waitForTimeout(1100);
  const options = await context.newPage();
  const imports = await openOptions(options, extensionId);
  const recent = follows(followers.slice(71).map((account) => account.handle));
  await options.getByLabel('Download files').setInputFiles(
    zipFile(
      'instagram-ranged.zip',
      zipOf({
        'connections/followers_and_following/followers_1.json': JSON.stringify(recent.map(igClassic)),
      }),
    ),
  );
  await options.getByLabel('Your Instagram username').fill(ME);
  // The header count is known, so nothing is asked: the download is judged against it.
  await expect(options.getByRole('radio')).toHaveCount(0);
  await options.getByRole('button', { name: 'Import' }).click();
  await expect(imports.getByRole('status')).toContainText(
    'Followers: 30 read, partial (it holds fewer than the count your profile last showed: made for a date range?)',
  );
  const popup = await openPopup();
  await expect(popup.getByTestId('count-lostFollowers')).toHaveText('0');
  await expect(popup.getByTestId('count-newFollowers')).toHaveText('0');
  await expect(popup.getByTestId('capture-followers')).toContainText(
    '30 read · partial: adds, takes nobody away',
  );
});

test('a download dated in the future is dated now; the next complete capture keeps everyone', async ({
  context,
  extensionId,
  openPopup,
}) => {
  const followers = accounts(30);
  const options = await context.newPage();
  const imports = await openOptions(options, extensionId);
  await options.getByLabel('Download files').setInputFiles(
    zipFile(
      'instagram-2030.zip',
      zipOf(
        {
          'connections/followers_and_following/followers_1.json': JSON.stringify(
            follows(followers.map((account) => account.handle)).map(igClassic),
          ),
        },
        new Date(Date.UTC(2030, 0, 1)),
      ),
    ),
  );
  await expect(imports.getByRole('status')).not.toContainText('2030');
  await options.getByLabel('Your Instagram username').fill(ME);
  await options.getByRole('radio', { name: /Yes, All time/ }).check();
  await options.getByRole('button', { name: 'Import' }).click();
  await expect(imports.getByRole('status')).toContainText('Followers: 30 read, complete');
  await expect(imports.getByRole('status')).not.toContainText('2030');

  await serveInstagram(context, () => ({ me: ME, followers, following: [] }));
  const page = await context.newPage();
  await openOwnList(page, ME, 'followers');
  await wheelUntil(page, /Followers complete/);
  const popup = await openPopup();
  await expect(popup.getByTestId('capture-followers')).toContainText('30 of 30 read · complete');
  await expect(popup.getByTestId('count-lostFollowers')).toHaveText('0');
  await expect(popup.getByTestId('count-newFollowers')).toHaveText('0');
});

/** A zip whose one list file inflates to 450 MB of zeros: 450 KB on disk. */
function zipBomb(): Buffer {
  const name = Buffer.from('connections/followers_and_following/followers_1.json');
  const size = 450 * 1024 * 1024;
  const data = deflateSync(Buffer.alloc(size), { level: 9, raw: true } as never);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(size, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(size, 24);
  central.writeUInt16LE(name.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + name.length, 12);
  end.writeUInt32LE(30 + name.length + data.length, 16);
  return Buffer.concat([local, name, data, central, name, end]);
}

test('a zip bomb is refused from its directory, and nothing is stored', async ({
  context,
  extensionId,
  openPopup,
}) => {
  const options = await context.newPage();
  await openOptions(options, extensionId);
  await options.getByLabel('Download files').setInputFiles(zipFile('instagram-bomb.zip', zipBomb()));
  await expect(options.getByRole('alert')).toHaveText(
    "Nothing was imported. instagram-bomb.zip: connections/followers_and_following/followers_1.json would unpack to more than a data download's lists ever need (a damaged or hostile zip?). Nothing was read from it and nothing was imported.",
    { timeout: 5000 },
  );
  await expect(options.getByRole('button', { name: 'Import' })).toHaveCount(0);
  const popup = await openPopup();
  await expect(popup.getByText('Open your followers list on Instagram and scroll to the end.')).toBeVisible();
});

test('a live capture during a 1,000,000-row import: both are stored whole', async ({
  context,
  extensionId,
  openPopup,
}) => {
  test.setTimeout(300_000);
  const big = Array.from({ length: 1_000_000 }, (_, i) => ({ name: `big.${i}`, at: 1_700_000_000 + i }));
  const options = await context.newPage();
  const imports = await openOptions(options, extensionId);
  await options
    .getByLabel('Download files')
    .setInputFiles(
      zipFile(
        'instagram-big.zip',
        zipOf({ 'connections/followers_and_following/followers_1.json': JSON.stringify(big.map(igClassic)) }),
      ),
    );
  await expect(imports.getByRole('status')).toContainText('1,000,000 followers', { timeout: 120_000 });
  await options.getByLabel('Your Instagram username').fill(ME);
  await options.getByRole('radio', { name: /Yes, All time/ }).check();

  await serveInstagram(context, () => ({ me: ME, followers: [], following: accounts(40) }));
  const page = await context.newPage();
  await openOwnList(page, ME, 'following');
  const importing = options.getByRole('button', { name: 'Import' }).click();
  await wheelUntil(page, /Following complete/);
  await importing;
  await expect(imports.getByRole('status')).toContainText('Followers: 1,000,000 read, complete', {
    timeout: 120_000,
  });

  const popup = await openPopup();
  await expect(popup.getByTestId('capture-followers')).toContainText(
    '1,000,000 read · complete · from your data download',
    { timeout: 30_000 },
  );
  await expect(popup.getByTestId('capture-following')).toContainText('40 of 40 read · complete');
  await expect(popup.getByTestId('count-notFollowingBack')).toHaveText('40');
});

test('a large download is read off the page with a progress bar, and Cancel stops it with nothing written', async ({
  context,
  extensionId,
  openPopup,
}) => {
  const rows = Array.from({ length: 600_000 }, (_, i) => ({ name: `big.${i}`, at: 1_700_000_000 + i }));
  const options = await context.newPage();
  const imports = await openOptions(options, extensionId);
  await options.getByLabel('Download files').setInputFiles(
    zipFile(
      'instagram-large.zip',
      zipOf({
        'connections/followers_and_following/followers_1.json': JSON.stringify(rows.map(igClassic)),
      }),
    ),
  );
  await expect(options.getByRole('progressbar', { name: 'Reading the download' })).toBeVisible();
  await options.getByRole('button', { name: 'Cancel' }).click();
  await expect(imports.getByRole('status')).toHaveText('Cancelled: nothing was imported.');
  await expect(options.getByRole('progressbar')).toHaveCount(0);
  await expect(options.getByRole('button', { name: 'Import' })).toHaveCount(0);
  const popup = await openPopup();
  await expect(popup.getByText('Open your followers list on Instagram and scroll to the end.')).toBeVisible();
});

test('a worker stopped while a 1,000,000-row import is on its way stores nothing and says so; importing again stores it whole', async ({
  context,
  extensionId,
  openPopup,
}) => {
  test.setTimeout(300_000);
  const rows = Array.from({ length: 1_000_000 }, (_, i) => ({ name: `big.${i}`, at: 1_700_000_000 + i }));
  const options = await context.newPage();
  const imports = await openOptions(options, extensionId);
  await options.getByLabel('Download files').setInputFiles(
    zipFile(
      'instagram-big.zip',
      zipOf({
        'connections/followers_and_following/followers_1.json': JSON.stringify(rows.map(igClassic)),
      }),
    ),
  );
  await expect(imports.getByRole('status')).toContainText('1,000,000 followers', { timeout: 120_000 });
  await options.getByLabel('Your Instagram username').fill(ME);
  await options.getByRole('radio', { name: /Yes, All time/ }).check();

  const worker = await controlWorker(options, extensionId);
  await worker.pause();
  await expect.poll(() => worker.isPaused()).toBe(false);
  await options.getByRole('button', { name: 'Import' }).click();
  await expect.poll(() => worker.isPaused(), { timeout: 60_000 }).toBe(true);
  await worker.stop();
  await expect(imports.getByRole('alert')).toContainText('Nothing was imported.');
  let popup = await openPopup();
  await expect(popup.getByText('Open your followers list on Instagram and scroll to the end.')).toBeVisible();
  await popup.close();

  await options.getByRole('button', { name: 'Import' }).click();
  await expect(imports.getByRole('status')).toContainText('Followers: 1,000,000 read, complete', {
    timeout: 120_000,
  });
  popup = await openPopup();
  await expect(popup.getByTestId('capture-followers')).toContainText('1,000,000 read · complete', {
    timeout: 30_000,
  });
});
