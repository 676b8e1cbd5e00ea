import type { Page, Request } from '@playwright/test';

import { type MockAccount, serveInstagram } from './mock-instagram/server';
import { closedPart } from './support/closed-ui';
import { expect, test } from './support/extension';
import { captureBothLists } from './support/instagram-user';
import { controlWorker } from './support/worker-control';

const ME = 'quiet.press';
const accounts = (prefix: string, count: number): MockAccount[] =>
  Array.from({ length: count }, (_, i) => ({ handle: `${prefix}${i}` }));

/** What the mock site's own page asks for: its documents, its two scripts and inline images. */
function isTheSitesOwn(request: Request): boolean {
  const url = new URL(request.url());
  if (url.protocol === 'data:') return true;
  if (url.origin !== 'https://www.instagram.com') return false;
  return request.resourceType() === 'document' || /^\/static\/mock-(dom|app)\.js$/.test(url.pathname);
}

test('the extension makes no network request of its own: not from its pages, not from its worker, not to the site', async ({
  context,
  extensionId,
}) => {
  const own = `chrome-extension://${extensionId}/`;
  await serveInstagram(context, () => ({
    me: ME,
    followers: accounts('fan', 30),
    following: accounts('fan', 10),
  }));
  const site = await context.newPage();
  const siteRequests: Request[] = [];
  site.on('request', (request) => siteRequests.push(request));
  const worker = await (await controlWorker(site, extensionId)).watchNetwork();
  // The watcher sees the worker's requests: one made on purpose, to the extension's own files.
  await context
    .serviceWorkers()[0]
    .evaluate((url) => fetch(url).then(() => undefined), `${own}manifest.json`);
  await expect.poll(() => worker.requests).toContain(`${own}manifest.json`);

  await captureBothLists(site, ME);
  await site.goto(`https://www.instagram.com/fan3/`);
  await expect.poll(() => closedPart(site, '.fl-badge').text()).toContain('Mutual');

  const pageRequests: string[] = [];
  // A request the pages' CSP blocks never goes out, but its attempt is logged: that counts too.
  const refusedByPolicy: string[] = [];
  const openExtensionPage = async (path: string): Promise<Page> => {
    const page = await context.newPage();
    page.on('request', (request) => pageRequests.push(request.url()));
    page.on('console', (message) => {
      if (/Content Security Policy/.test(message.text())) refusedByPolicy.push(message.text());
    });
    await page.goto(`${own}${path}`);
    return page;
  };
  const popup = await openExtensionPage('popup.html');
  for (const tab of await popup.getByRole('tab').all()) await tab.click();
  const panel = await openExtensionPage('sidepanel.html');
  await panel.getByRole('combobox', { name: 'View' }).selectOption('fans');
  await expect(panel.getByTestId('review-progress')).toHaveText('0 of 20 reviewed');
  await openExtensionPage('options.html');
  for (const page of [popup, panel]) await page.waitForLoadState('networkidle');

  // The watcher sees the pages' requests: each loads its own script.
  for (const page of ['popup', 'sidepanel', 'options'])
    expect(pageRequests).toContainEqual(expect.stringMatching(new RegExp(`^${own}chunks/${page}-`)));
  expect(pageRequests.filter((url) => !url.startsWith(own) && !url.startsWith('data:'))).toEqual([]);
  expect(refusedByPolicy).toEqual([]);
  expect(worker.requests.filter((url) => !url.startsWith(own))).toEqual([]);
  expect(worker.refusedByPolicy).toEqual([]);
  // From the site page: only what the site itself loads (the watcher sees those); nothing from the
  // extension, whose in-page parts carry their styles inline.
  expect(siteRequests.filter(isTheSitesOwn).length).toBeGreaterThan(0);
  expect(siteRequests.filter((request) => !isTheSitesOwn(request)).map((request) => request.url())).toEqual(
    [],
  );
});
