import { readFile } from 'node:fs/promises';

import type { Page } from '@playwright/test';

import { expect, test } from './support/extension';
import { instagramDownload } from './support/instagram-download';

const ME = 'studio.lumen';

async function expectViews(popup: Page) {
  await expect(popup.getByTestId('count-fans')).toHaveText('4');
  await expect(popup.getByTestId('count-mutuals')).toHaveText('2');
  await expect(popup.getByTestId('count-notFollowingBack')).toHaveText('2');
}

test('import a data download, back up, wipe, restore; export a view to CSV', async ({
  context,
  extensionId,
  openPopup,
}) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const ledgers = options.getByRole('region', { name: 'Your ledgers' });
  const backups = options.getByRole('region', { name: 'Back up and restore' });
  const imports = options.getByRole('region', { name: 'Import your data download' });
  await options.getByLabel('Download files').setInputFiles({
    name: 'instagram-studio.lumen.zip',
    mimeType: 'application/zip',
    buffer: instagramDownload(),
  });
  await expect(imports.getByRole('status')).toContainText('Instagram download of');
  await expect(imports.getByRole('status')).toContainText('6 followers, 4 following');
  await options.getByLabel('Your Instagram username').fill(`@${ME}`);
  // No header count is known for this account yet: only the person can say the download holds everyone.
  await expect(options.getByRole('button', { name: 'Import' })).toBeDisabled();
  await options.getByRole('radio', { name: /Yes, All time/ }).check();
  await options.getByRole('button', { name: 'Import' }).click();
  await expect(imports.getByRole('status')).toContainText(`Imported into @${ME}'s Instagram ledger, dated`);
  await expect(imports.getByRole('status')).toContainText(
    'Followers: 6 read, complete (you said it was made for All time).',
  );
  await expect(ledgers).toContainText(`@${ME} · Instagram`);

  let popup = await openPopup();
  await expectViews(popup);
  await expect(popup.getByTestId('capture-followers')).toContainText(
    '6 read · complete · from your data download',
  );
  await popup.close();

  // A note that a spreadsheet would run as a formula, to see it neutralized in the CSV.
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?view=notFollowingBack`);
  await panel.getByRole('option', { name: /@gus/ }).click();
  await panel.getByLabel('Note').fill('=HYPERLINK("http://evil.example","click")');
  await panel.getByRole('button', { name: 'Save note' }).click();
  await expect(panel.getByRole('option', { name: /@gus/ })).toHaveAttribute('aria-label', /note: =HYPERLINK/);
  const [csvDownload] = await Promise.all([
    panel.waitForEvent('download'),
    panel.getByRole('button', { name: 'Export these 2 as CSV' }).click(),
  ]);
  expect(csvDownload.suggestedFilename()).toMatch(/^follow-ledger-notFollowingBack-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile(await csvDownload.path(), 'utf8');
  expect(csv).toBe(
    '\uFEFFhandle,display name,profile URL,relationship,since,protected,tags,note\r\n' +
      'hal,,https://www.instagram.com/hal/,not following back,2025-01-10,no,,\r\n' +
      `gus,,https://www.instagram.com/gus/,not following back,2025-01-09,no,,"'=HYPERLINK(""http://evil.example"",""click"")"\r\n`,
  );

  // Back up, delete everything, restore: the same views.
  const [backupDownload] = await Promise.all([
    options.waitForEvent('download'),
    options.getByRole('button', { name: 'Download a backup' }).click(),
  ]);
  const backupPath = await backupDownload.path();
  const backup = JSON.parse(await readFile(backupPath, 'utf8'));
  expect(backup).toMatchObject({
    format: 'follow-ledger-backup',
    version: 1,
    accounts: [{ platform: 'instagram', handle: ME }],
  });
  expect(backup.accounts[0].people).toHaveLength(8);

  await options.getByRole('button', { name: 'Delete everything' }).click();
  await options.getByRole('button', { name: /Really delete everything/ }).click();
  await expect(ledgers.getByRole('status')).toHaveText('Deleted every ledger.');
  popup = await openPopup();
  await expect(popup.getByText('Open your followers list on Instagram and scroll to the end.')).toBeVisible();
  await popup.close();

  // A broken file is refused with the reason, and changes nothing.
  const text = await readFile(backupPath, 'utf8');
  await options.getByLabel('Restore from a backup file').setInputFiles({
    name: 'cut.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text.slice(0, 300)),
  });
  await expect(backups.getByRole('alert')).toContainText(
    'cut.json was not restored. The file ends early, on line',
  );
  await expect(options.getByRole('button', { name: 'Restore this backup' })).toHaveCount(0);

  await options.getByLabel('Restore from a backup file').setInputFiles(backupPath);
  await options.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(backups.getByRole('status')).toHaveText('Restored.');
  popup = await openPopup();
  await expectViews(popup);
  await popup.getByRole('tab', { name: /Not following back/ }).click();
  await expect(popup.getByRole('tabpanel').getByRole('link')).toHaveText(['@gus', '@hal']);
});

test('a download with an unreadable entry imports nothing, and says which', async ({
  context,
  extensionId,
  openPopup,
}) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel('Download files').setInputFiles({
    name: 'followers_1.json',
    mimeType: 'application/json',
    buffer: Buffer.from('[{"string_list_data": [{"value": "<b>x</b>"}]}]'),
  });
  await expect(options.getByRole('alert')).toHaveText(
    'Nothing was imported. followers_1.json, entry 1: no valid username.',
  );
  const popup = await openPopup();
  await expect(popup.getByText('Open your followers list on Instagram and scroll to the end.')).toBeVisible();
});
