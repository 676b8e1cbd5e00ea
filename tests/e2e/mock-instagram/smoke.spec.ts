// Smoke test of the mock Instagram itself (plain Chromium, no extension): it must behave the way
// /work/shared/SITES.md describes the real site, or the extension's e2e tests prove nothing.
import { type Browser, type BrowserContext, chromium, expect, type Page, test } from '@playwright/test';

import { plainChromium } from '../support/chromium';
import { type InstagramScenario, type MockAccount, serveInstagram } from './server';

const ME = 'ledger.tester';
const FOLLOWERS: MockAccount[] = Array.from({ length: 40 }, (_, i) => ({
  handle: `follower_${String(i).padStart(2, '0')}`,
  name: i % 5 === 0 ? undefined : `Follower ${i}`,
  verified: i % 7 === 0,
}));
// `me` follows back the first 30 followers plus two accounts that don't follow back.
const FOLLOWING: MockAccount[] = [
  ...FOLLOWERS.slice(0, 30),
  { handle: 'celebrity' },
  { handle: 'news.daily' },
];

function scenario(overrides: Partial<InstagramScenario> = {}): InstagramScenario {
  return { me: ME, followers: FOLLOWERS, following: FOLLOWING, loadDelayMs: 100, ...overrides };
}

let browser: Browser;
let context: BrowserContext;

test.beforeAll(async () => {
  browser = await chromium.launch(plainChromium());
});

test.afterAll(async () => {
  await browser.close();
});

test.afterEach(async () => {
  await context.close();
});

async function openMock(data: InstagramScenario, path: string): Promise<Page> {
  context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
  await serveInstagram(context, () => data);
  const page = await context.newPage();
  await page.goto(`https://www.instagram.com${path}`);
  return page;
}

/** The open list dialog, found the way SITES.md says: role=dialog, not aria-hidden, with a search input. */
function listDialog(page: Page) {
  return page.locator('div[role="dialog"]:not([aria-hidden="true"])').filter({ has: page.locator('input') });
}

/**
 * Watches the list (SITES: first child of the first overflow-y auto/scroll div in the dialog that does
 * not contain the search input) with a MutationObserver, recording every username row that appears and
 * the largest number of rows present at once.
 */
async function watchList(page: Page): Promise<void> {
  await page.evaluate(() => {
    const dialog = [...document.querySelectorAll('div[role="dialog"]')].find(
      (d) => d.getAttribute('aria-hidden') !== 'true' && d.querySelector('input'),
    )!;
    const scroller = [...dialog.querySelectorAll('div')].find((div) => {
      const overflow = getComputedStyle(div).overflowY;
      return (overflow === 'auto' || overflow === 'scroll') && !div.querySelector('input');
    })!;
    const list = scroller.firstElementChild!;
    const seen = new Set<string>();
    const record = { seen, maxRows: 0, sawProgress: false, scroller, list };
    const snapshot = () => {
      record.sawProgress ||= scroller.querySelector('[role="progressbar"]') !== null;
      const names = [...list.querySelectorAll('a[href] > span')].map((span) => span.textContent ?? '');
      names.forEach((name) => seen.add(name));
      record.maxRows = Math.max(record.maxRows, new Set(names).size);
    };
    snapshot();
    new MutationObserver(snapshot).observe(scroller, { childList: true, subtree: true });
    (window as unknown as { __smoke: typeof record }).__smoke = record;
  });
}

interface ListState {
  seen: string[];
  maxRows: number;
  sawProgress: boolean;
  scrollTop: number;
  atBottom: boolean;
  loading: boolean;
  suggestionsAfterList: boolean;
  rowsNow: number;
}

async function listState(page: Page): Promise<ListState> {
  return page.evaluate(() => {
    const { seen, maxRows, sawProgress, scroller, list } = (
      window as unknown as {
        __smoke: {
          seen: Set<string>;
          maxRows: number;
          sawProgress: boolean;
          scroller: HTMLElement;
          list: HTMLElement;
        };
      }
    ).__smoke;
    const later = [...scroller.children].slice(1);
    return {
      seen: [...seen],
      maxRows,
      sawProgress,
      scrollTop: scroller.scrollTop,
      atBottom: scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < 2,
      loading: scroller.closest('[role="dialog"]')!.querySelector('[role="progressbar"]') !== null,
      suggestionsAfterList: later.some(
        (el) => el.textContent!.includes('Suggested for you') && el.querySelector('a[href]'),
      ),
      rowsNow: new Set([...list.querySelectorAll('a[href] > span')].map((s) => s.textContent)).size,
    };
  });
}

/** Wheel over the list until it has fully loaded and the bottom is reached (or the page refuses). */
async function scrollToEnd(
  page: Page,
  stopWhen: (state: ListState) => boolean = () => false,
): Promise<ListState> {
  const box = await page.evaluate(() => {
    const rect = (
      window as unknown as { __smoke: { scroller: HTMLElement } }
    ).__smoke.scroller.getBoundingClientRect();
    return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
  });
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  let state = await listState(page);
  for (let step = 0; step < 400; step += 1) {
    if (stopWhen(state)) break;
    if (state.atBottom && !state.loading && state.suggestionsAfterList) break;
    await page.mouse.wheel(0, 150);
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    state = await listState(page);
  }
  return state;
}

test('followers open as a dialog over the profile, load in batches and are virtualized', async () => {
  const page = await openMock(scenario(), `/${ME}/`);

  // Logged-in user from the navigation; header count with the exact number in `title`; og:description.
  await expect(page.locator(`nav a[href="/${ME}/"] img[alt="${ME}'s profile picture"]`)).toHaveCount(1);
  await expect(page.locator(`a[href="/${ME}/followers/"] span[title="40"]`)).toHaveText('40');
  await expect(page.locator('meta[property="og:description"]')).toHaveAttribute(
    'content',
    `40 Followers, 32 Following, 0 Posts - See Instagram photos and videos from ${ME} (@${ME})`,
  );
  await expect(page.locator('div[role="dialog"][aria-hidden="true"]')).toHaveCount(1);

  const profileUrl = page.url();
  await page.click(`a[href="/${ME}/followers/"]`);
  await expect(listDialog(page)).toBeVisible();
  expect(page.url()).toBe(profileUrl); // SITES: the URL stays /<user>/
  await expect(listDialog(page).getByRole('heading')).toHaveText('Followers');

  await watchList(page);
  const first = await listState(page);
  expect(first.rowsNow).toBeGreaterThan(0);
  expect(first.suggestionsAfterList).toBe(false);

  const end = await scrollToEnd(page);
  expect(end.scrollTop).toBeGreaterThan(0); // the wheel scrolled the container
  expect(end.sawProgress).toBe(true); // later batches arrived behind a progressbar
  expect(end.loading).toBe(false);
  expect(end.suggestionsAfterList).toBe(true);
  expect(end.maxRows).toBeLessThanOrEqual(25);
  expect(end.seen.sort()).toEqual(FOLLOWERS.map((a) => a.handle).sort());
  // Scrolled-past rows were removed from the DOM.
  await expect(listDialog(page).locator('a[href="/follower_00/"]')).toHaveCount(0);

  // Scrolling back re-renders the first rows (new elements for the same people).
  await page.mouse.wheel(0, -5000);
  await expect(listDialog(page).locator('a[href="/follower_00/"] > span')).toHaveText('follower_00');
  await page.mouse.wheel(0, 5000);

  // Rows carry the structure SITES.md describes (checked on rows currently rendered).
  const lastRow = listDialog(page).locator('a[href="/follower_39/"] > span').first();
  await expect(lastRow).toHaveText('follower_39');
  await expect(listDialog(page).locator('[role="button"]', { hasText: 'Remove' }).first()).toBeVisible();
  // follower_30..39 are not followed back: they get the inline "Follow" button.
  await expect(
    listDialog(page)
      .locator('div[role="button"]', { hasText: /^Follow$/ })
      .first(),
  ).toBeVisible();

  // Escape closes the dialog; the URL never changed.
  await page.keyboard.press('Escape');
  await expect(listDialog(page)).toHaveCount(0);
  expect(page.url()).toBe(profileUrl);
});

test('a list URL loaded directly opens the dialog; closing it pushes the profile URL', async () => {
  const page = await openMock(scenario(), `/${ME}/following/?hl=en`);
  await expect(listDialog(page)).toBeVisible();
  await expect(listDialog(page).getByRole('heading')).toHaveText('Following');
  expect(new URL(page.url()).pathname).toBe(`/${ME}/following/`);

  await listDialog(page).locator('svg[aria-label="Close"]').click();
  await expect(listDialog(page)).toHaveCount(0);
  expect(page.url()).toBe(`https://www.instagram.com/${ME}/?hl=en`);

  // Client-side navigation: a username link in the dialog closes it and goes to that profile without a load.
  await page.evaluate(() => {
    (window as unknown as { marker: number }).marker = 1;
  });
  await page.click(`a[href="/${ME}/following/"]`);
  await listDialog(page).locator('a[href="/follower_01/"] > span').click();
  await expect(listDialog(page)).toHaveCount(0);
  expect(new URL(page.url()).pathname).toBe('/follower_01/');
  await expect(page.locator('header h2')).toHaveText('follower_01');
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
  await page.goBack();
  expect(new URL(page.url()).pathname).toBe(`/${ME}/`);
  await expect(page.locator('header h2')).toHaveText(ME);
});

test('troubleAfterBatches stops loading behind a "Try Again Later" dialog', async () => {
  const page = await openMock(scenario({ troubleAfterBatches: 2, followerCount: 41 }), `/${ME}/followers/`);
  await expect(page.locator(`a[href="/${ME}/followers/"] span[title="41"]`)).toHaveCount(1);
  await expect(listDialog(page)).toBeVisible();
  await watchList(page);
  const trouble = page.locator('div[role="dialog"]', { hasText: 'Try Again Later' });
  const end = await scrollToEnd(page, (state) => state.seen.length >= 24 && state.atBottom && !state.loading);
  await expect(trouble).toBeVisible();
  await expect(trouble).toContainText(
    'We limit how often you can do certain things on Instagram to protect our community.',
  );
  expect(end.loading).toBe(false);
  expect(end.suggestionsAfterList).toBe(false);
  expect(end.seen).toHaveLength(24);
});
