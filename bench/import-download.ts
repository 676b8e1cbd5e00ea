/**
 * Importing an official data download of `size` followers through the built options page, as a person
 * does: pick the zip, answer "All time", press Import. Measured: the time until the page says what it
 * stored, and the peak resident memory of the whole browser meanwhile (page, parsing worker and
 * background), over what it used before.
 */
import { readdir, readFile } from 'node:fs/promises';

import type { BrowserContext } from '@playwright/test';

import { igClassic, igHtml, zipOf } from '../tests/support/downloads';

const PARTS = 4;

/** The download split over followers_1…N, as Instagram splits a large account's list. */
export function largeDownload(size: number, format: 'json' | 'html'): Buffer {
  const files: Record<string, string> = {};
  const per = Math.ceil(size / PARTS);
  for (let part = 0; part < PARTS; part++) {
    const entries = Array.from({ length: Math.min(per, size - part * per) }, (_, i) => ({
      name: `acct.${part * per + i}`,
      at: 1_600_000_000 + part * per + i,
    }));
    files[`connections/followers_and_following/followers_${part + 1}.${format}`] =
      format === 'json' ? JSON.stringify(entries.map(igClassic)) : igHtml('Followers', entries);
  }
  return Buffer.from(zipOf(files));
}

/** Resident memory of every process under this one (the browser and its renderers), in bytes. */
async function treeRss(): Promise<number> {
  const parents = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const name of await readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const status = await readFile(`/proc/${name}/status`, 'utf8').catch(() => '');
    const ppid = /PPid:\s+(\d+)/.exec(status);
    const resident = /VmRSS:\s+(\d+) kB/.exec(status);
    if (ppid) parents.set(Number(name), Number(ppid[1]));
    if (resident) rss.set(Number(name), Number(resident[1]) * 1024);
  }
  let total = 0;
  for (const [pid, bytes] of rss) {
    for (let up = parents.get(pid); up !== undefined && up > 1; up = parents.get(up))
      if (up === process.pid) {
        total += bytes;
        break;
      }
  }
  return total;
}

export async function timeImport(
  context: BrowserContext,
  extensionId: string,
  size: number,
  format: 'json' | 'html',
): Promise<{ ms: number; peakBytes: number }> {
  const zip = largeDownload(size, format);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const before = await treeRss();
  let peak = before;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      peak = Math.max(peak, await treeRss());
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  const started = performance.now();
  await page
    .getByLabel('Download files')
    .setInputFiles({ name: `bench-${format}.zip`, mimeType: 'application/zip', buffer: zip });
  await page.getByLabel('Your Instagram username').fill(`bench.${format}`, { timeout: 300_000 });
  await page.getByRole('radio', { name: /Yes, All time/ }).check();
  await page.getByRole('button', { name: 'Import' }).click();
  await page
    .getByRole('region', { name: 'Import your data download' })
    .getByRole('status')
    .filter({ hasText: `Followers: ${size.toLocaleString('en')} read, complete` })
    .waitFor({ timeout: 600_000 });
  const elapsed = performance.now() - started;
  sampling = false;
  await sampler;
  await page.close();
  return { ms: elapsed, peakBytes: peak - before };
}
