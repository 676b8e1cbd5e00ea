import type { Page } from '@playwright/test';

import { expect, test } from './support/extension';

/** A followers download of one made-up account, as Instagram's followers_1.json holds it. */
const FOLLOWERS = Buffer.from(
  JSON.stringify([
    {
      title: '',
      media_list_data: [],
      string_list_data: [{ href: 'https://www.instagram.com/ana', value: 'ana', timestamp: 1735900000 }],
    },
  ]),
);

/** How many times this page has asked IndexedDB to open the ledger. */
const ledgerOpens = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as { ledgerOpens: number }).ledgerOpens);

test('the options page keeps one connection to the ledger however often it reads it again', async ({
  context,
  extensionId,
}) => {
  await context.addInitScript(() => {
    const counted = globalThis as unknown as { ledgerOpens: number };
    counted.ledgerOpens = 0;
    const open = indexedDB.open.bind(indexedDB);
    indexedDB.open = (name: string, version?: number) => {
      if (name === 'follow-ledger') counted.ledgerOpens++;
      return open(name, version);
    };
  });
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const ledgers = options.getByRole('region', { name: 'Your ledgers' });
  const imports = options.getByRole('region', { name: 'Import your data download' });
  await expect(ledgers).toBeVisible();
  await expect.poll(() => ledgerOpens(options)).toBe(1);

  // Each import and deletion reads the ledgers again, through the same connection.
  for (const round of [1, 2]) {
    await options.getByLabel('Download files').setInputFiles({
      name: `followers_1.json`,
      mimeType: 'application/json',
      buffer: FOLLOWERS,
    });
    await options.getByLabel('Your Instagram username').fill('@studio.lumen');
    await options.getByRole('radio', { name: /Yes, All time/ }).check();
    await options.getByRole('button', { name: 'Import' }).click();
    await expect(imports.getByRole('status')).toContainText('Followers: 1 read, complete');
    await expect(ledgers).toContainText('@studio.lumen · Instagram');
    await options.getByRole('button', { name: 'Delete everything' }).click();
    await options.getByRole('button', { name: /Really delete everything/ }).click();
    await expect(ledgers.getByRole('status')).toHaveText('Deleted every ledger.');
    await expect(ledgers).not.toContainText('@studio.lumen · Instagram');
    expect(await ledgerOpens(options), `after round ${round}`).toBe(1);
  }
});
