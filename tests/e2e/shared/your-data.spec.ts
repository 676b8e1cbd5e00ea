import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { instagramDownload } from '../support/instagram-download';
import { clickText, control, expectText } from '../support/page-user';
import { captureLine, countOf } from '../support/popup-reader';
import { expect, test } from '../support/shared-test';

/** A backup in the public format (DESIGN.md), as another tool or an older version would write it. */
function tiktokBackup(): string {
  const person = (handle: string, followsMe: boolean, iFollow: boolean) => ({
    handle,
    followsMe,
    iFollow,
    protected: false,
  });
  const capture = (list: string, read: number) => ({
    list,
    startedAt: '2026-11-01T10:00:00.000Z',
    endedAt: '2026-11-01T10:05:00.000Z',
    read,
    headerCount: read,
    endReached: true,
    complete: true,
  });
  return JSON.stringify({
    format: 'follow-ledger-backup',
    version: 1,
    exportedAt: '2026-11-02T00:00:00.000Z',
    accounts: [
      {
        platform: 'tiktok',
        handle: 'same.name',
        people: [
          person('ana', true, true),
          person('bo', true, false),
          person('cy', true, false),
          person('gus', false, true),
        ],
        events: [],
        captures: [capture('followers', 3), capture('following', 2)],
        daily: [{ date: '2026-11-01', followers: 3, following: 2, mutuals: 1 }],
      },
    ],
  });
}

test('an official data download is imported, and a backup restored, through the options page', async ({
  ext,
}) => {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'follow-ledger-files-'));
  const download = path.join(folder, 'instagram-studio.lumen.zip');
  const backup = path.join(folder, 'follow-ledger-backup.json');
  await writeFile(download, instagramDownload());
  await writeFile(backup, tiktokBackup());

  const options = await ext.openExtensionPage('options.html');
  await (await control(options, 'Download files')).uploadFile(download);
  await expectText(options, 'section[aria-labelledby="import"] [role="status"]', '6 followers, 4 following');
  await (await control(options, 'Your Instagram username')).type('@studio.lumen');
  // No header count is known yet, so the page asks whether the download holds everyone.
  await clickText(options, 'section[aria-labelledby="import"] fieldset label', /Yes, All time/);
  await clickText(options, 'section[aria-labelledby="import"] button', /^Import$/);
  await expectText(
    options,
    'section[aria-labelledby="import"] [role="status"]',
    'Followers: 6 read, complete',
  );

  let popup = await ext.openExtensionPage('popup.html');
  await expect
    .poll(() => captureLine(popup, 'followers'))
    .toContain('6 read · complete · from your data download');
  expect(await countOf(popup, 'fans')).toBe('4');
  expect(await countOf(popup, 'mutuals')).toBe('2');
  expect(await countOf(popup, 'notFollowingBack')).toBe('2');
  await popup.close();

  await (await control(options, 'Restore from a backup file')).uploadFile(backup);
  await clickText(options, 'section[aria-labelledby="backup"] button', /^Restore this backup$/);
  await expectText(options, 'section[aria-labelledby="backup"] [role="status"]', 'Restored.');
  await expectText(options, 'section[aria-labelledby="ledgers"]', '@same.name · TikTok');

  popup = await ext.openExtensionPage('popup.html');
  await popup.waitForSelector('select');
  await popup.select('select', 'tiktok:same.name');
  await expect.poll(() => captureLine(popup, 'followers')).toContain('3 of 3 read · complete');
  expect(await countOf(popup, 'fans')).toBe('2');
  expect(await countOf(popup, 'mutuals')).toBe('1');
  expect(await countOf(popup, 'notFollowingBack')).toBe('1');
});
