// Smoke test of the mock TikTok itself (plain Chromium, no extension): it must behave the way
// /work/shared/SITES.md describes the real site, or the extension's e2e tests prove nothing.
import { type Browser, type BrowserContext, chromium, expect, type Page, test } from '@playwright/test';

import { plainChromium } from '../support/chromium';
import { type MockTikTokAccount, serveTikTok, type TikTokScenario } from './server';

const ME = 'ledger.tester';
const FOLLOWERS: MockTikTokAccount[] = Array.from({ length: 70 }, (_, i) => ({
  handle: `follower_${String(i).padStart(2, '0')}`,
  nickname: i % 5 === 0 ? undefined : `Follower ${i}`,
  verified: i % 7 === 0,
}));
// `me` follows back the first 50 followers plus three accounts that don't follow back.
const FOLLOWING: MockTikTokAccount[] = [
  ...FOLLOWERS.slice(0, 50),
  { handle: 'celebrity' },
  { handle: 'news.daily', nickname: 'Daily News' },
  { handle: 'chef_ana' },
];

function scenario(overrides: Partial<TikTokScenario> = {}): TikTokScenario {
  return {
    me: ME,
    followers: FOLLOWERS,
    following: FOLLOWING,
    batchSize: 16,
    loadDelayMs: 100,
    navProfileDelayMs: 800,
    ...overrides,
  };
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

async function openMock(data: TikTokScenario, path: string): Promise<Page> {
  context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
  await serveTikTok(context, () => data);
  const page = await context.newPage();
  await page.goto(`https://www.tiktok.com${path}`);
  return page;
}

function followDialog(page: Page) {
  return page.locator('div[role="dialog"][data-e2e="follow-info-popup"]');
}

function tab(page: Page, label: string) {
  return followDialog(page).locator('[role="tab"]', { hasText: label });
}

/** Records (MutationObserver on the SITES scroll container) every handle that appears, in order. */
async function watchList(page: Page): Promise<void> {
  await page.evaluate(() => {
    const container = document.querySelector<HTMLElement>(
      'div[role="dialog"][data-e2e="follow-info-popup"] div[class*="DivUserListContainer"]',
    )!;
    const record = { seen: [] as string[], sawSpinner: false, container };
    const snapshot = () => {
      record.sawSpinner ||=
        container.querySelector('[data-e2e="follow-list-loading"][role="progressbar"] svg') !== null;
      for (const p of container.querySelectorAll('li p[class*="UniqueId"]')) {
        const handle = p.textContent ?? '';
        if (!record.seen.includes(handle)) record.seen.push(handle);
      }
    };
    snapshot();
    new MutationObserver(snapshot).observe(container, { childList: true, subtree: true });
    (window as unknown as { __smoke: typeof record }).__smoke = record;
  });
}

interface ListState {
  seen: string[];
  sawSpinner: boolean;
  loading: boolean;
  atBottom: boolean;
  scrollTop: number;
  rowsNow: number;
}

async function listState(page: Page): Promise<ListState> {
  return page.evaluate(() => {
    const { seen, sawSpinner, container } = (
      window as unknown as {
        __smoke: { seen: string[]; sawSpinner: boolean; container: HTMLElement };
      }
    ).__smoke;
    return {
      seen: [...seen],
      sawSpinner,
      loading: container.querySelector('[role="progressbar"]') !== null,
      atBottom: container.scrollHeight - container.scrollTop - container.clientHeight < 2,
      scrollTop: container.scrollTop,
      rowsNow: container.querySelectorAll('li').length,
    };
  });
}

const frames = (page: Page) =>
  page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

/** Wheel over the list until nothing more loads (at the bottom, no spinner, stable for a while). */
async function scrollToEnd(
  page: Page,
  stopWhen: (state: ListState) => Promise<boolean> | boolean = () => false,
): Promise<ListState> {
  const box = (await page.locator('div[class*="DivUserListContainer"]').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  let state = await listState(page);
  let quiet = 0;
  for (let step = 0; step < 400 && quiet < 3; step += 1) {
    if (await stopWhen(state)) break;
    await page.mouse.wheel(0, 250);
    await frames(page);
    if (state.atBottom && !state.loading) await page.waitForTimeout(150); // longer than loadDelayMs
    state = await listState(page);
    quiet = state.atBottom && !state.loading ? quiet + 1 : 0;
  }
  return state;
}

async function rehydration(page: Page): Promise<{
  __DEFAULT_SCOPE__: Record<
    string,
    {
      userInfo?: {
        user: { uniqueId: string; nickname: string; privateAccount: boolean };
        stats: { followerCount: number; followingCount: number; friendCount: number };
      };
    }
  >;
}> {
  return JSON.parse(
    (await page.locator('script#__UNIVERSAL_DATA_FOR_REHYDRATION__').textContent()) ?? 'null',
  );
}

test('profile: late nav-profile, abbreviated counts, rehydration JSON of the loaded page only', async () => {
  const page = await openMock(
    scenario({ followerCount: 12345, followingCount: 1234567, navProfileDelayMs: 1000 }),
    `/@${ME}`,
  );

  // SITES: the nav-profile link "appears late".
  await expect(page.locator('strong[data-e2e="followers-count"]')).toHaveText('12.3K');
  await expect(page.locator('a[data-e2e="nav-profile"]')).toHaveCount(0);
  await expect(page.locator(`a[data-e2e="nav-profile"][href="/@${ME}"] img`)).toHaveCount(1, {
    timeout: 3000,
  });
  await expect(page.locator('[data-e2e="top-login-button"]')).toHaveCount(0);

  await expect(page.locator('strong[data-e2e="following-count"]')).toHaveText('1.2M');
  await expect(page.locator('h1')).toHaveText(ME); // no nickname given: TikTok shows the handle
  await expect(page.locator('h2')).toHaveText(ME);
  const data = await rehydration(page);
  expect(data.__DEFAULT_SCOPE__['webapp.user-detail'].userInfo).toEqual({
    user: { uniqueId: ME, nickname: ME, verified: false, privateAccount: false },
    stats: {
      followerCount: 12345,
      followingCount: 1234567,
      friendCount: 50,
      heartCount: expect.any(Number),
      videoCount: 0,
    },
  });

  // The hidden captcha of normal pages exists and is not visible.
  await expect(page.locator('#captcha-verify-container-main-page')).toHaveCount(1);
  await expect(page.locator('#captcha-verify-container-main-page')).toBeHidden();
  await expect(page.locator('[role="slider"]')).toBeHidden();

  // Client-side navigation to another profile: the page changes, the rehydration JSON does not.
  await page.evaluate(() => {
    (window as unknown as { marker: number }).marker = 1;
  });
  await page.locator('strong[data-e2e="following-count"]').click();
  await followDialog(page).locator('a[href="/@follower_01"]').click();
  await expect(followDialog(page)).toHaveCount(0);
  expect(new URL(page.url()).pathname).toBe('/@follower_01');
  await expect(page.locator('h1')).toHaveText('Follower 1');
  await expect(page.locator('h2')).toHaveText('follower_01');
  await expect(page.locator('strong[data-e2e="followers-count"]')).not.toHaveText('12.3K');
  expect((await rehydration(page)).__DEFAULT_SCOPE__['webapp.user-detail'].userInfo!.user.uniqueId).toBe(ME);
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
  await page.goBack();
  expect(new URL(page.url()).pathname).toBe(`/@${ME}`);
  await expect(page.locator('strong[data-e2e="followers-count"]')).toHaveText('12.3K');

  // A fresh load of the other profile has its own JSON, with exact counts behind the short text.
  await page.goto('https://www.tiktok.com/@follower_01');
  const other = (await rehydration(page)).__DEFAULT_SCOPE__['webapp.user-detail'].userInfo!;
  expect(other.user.uniqueId).toBe('follower_01');
  const shortText = await page.locator('strong[data-e2e="followers-count"]').textContent();
  expect(shortText).toEqual(
    other.stats.followerCount < 10000
      ? String(other.stats.followerCount)
      : expect.stringMatching(/^\d+(\.\d)?[KMB]$/),
  );
});

test('followers dialog: opens on the Followers tab without URL change, loads in pages to the end, tabs switch lists', async () => {
  const page = await openMock(scenario(), `/@${ME}`);
  await expect(page.locator('strong[data-e2e="followers-count"]')).toHaveText('70');
  await expect(page.locator('strong[data-e2e="following-count"]')).toHaveText('53');

  const url = page.url();
  await page.locator('strong[data-e2e="followers-count"]').click();
  await expect(followDialog(page)).toBeVisible();
  expect(page.url()).toBe(url);
  await expect(tab(page, 'Followers')).toHaveAttribute('aria-selected', 'true');
  await expect(tab(page, 'Following')).toHaveAttribute('aria-selected', 'false');
  await expect(tab(page, 'Followers').locator('strong')).toHaveText('70');
  await expect(tab(page, 'Following').locator('strong')).toHaveText('53');
  await expect(tab(page, 'Friends').locator('strong')).toHaveText('50');
  await expect(tab(page, 'Suggested').locator('strong')).toHaveCount(1);
  await expect(followDialog(page).locator('div[class*="DivUserListContainer"]')).toHaveCSS(
    'overflow-y',
    'auto',
  );

  await watchList(page);
  const end = await scrollToEnd(page);
  expect(end.sawSpinner).toBe(true);
  expect(end.loading).toBe(false);
  expect(end.scrollTop).toBeGreaterThan(0);
  expect(end.seen).toEqual(FOLLOWERS.map((a) => a.handle));
  expect(end.rowsNow).toBe(70); // not virtualized: every row is still there

  // Row structure and follow-button texts (SITES).
  const row = followDialog(page).locator('li', { has: page.locator('a[href="/@follower_01"]') });
  await expect(row.locator('a[href="/@follower_01"] span[shape="circle"] > img')).toHaveCount(1);
  await expect(row.locator('[class*="SpanNickname"]')).toHaveText('Follower 1');
  await expect(row.locator('p[class*="UniqueId"]')).toHaveText('follower_01');
  await expect(row.locator('button[data-e2e="follow-button"]')).toHaveText('Friends');
  await expect(
    followDialog(page)
      .locator('li', { has: page.locator('a[href="/@follower_00"]') })
      .locator('[class*="SpanNickname"]'),
  ).toHaveText('follower_00');
  await expect(
    followDialog(page)
      .locator('li', { has: page.locator('a[href="/@follower_60"]') })
      .locator('button[data-e2e="follow-button"]'),
  ).toHaveText('Follow back');

  // Following tab: the other list, from the top, first page only.
  await tab(page, 'Following').click();
  await expect(tab(page, 'Following')).toHaveAttribute('aria-selected', 'true');
  await expect(tab(page, 'Followers')).toHaveAttribute('aria-selected', 'false');
  await watchList(page);
  await expect(followDialog(page).locator('li')).toHaveCount(16);
  const top = await listState(page);
  expect(top.scrollTop).toBe(0);
  expect(top.seen).toEqual(FOLLOWING.slice(0, 16).map((a) => a.handle));
  const followingEnd = await scrollToEnd(page);
  expect(followingEnd.seen).toEqual(FOLLOWING.map((a) => a.handle));
  await expect(
    followDialog(page)
      .locator('li', { has: page.locator('a[href="/@celebrity"]') })
      .locator('button[data-e2e="follow-button"]'),
  ).toHaveText('Following');
  expect(page.url()).toBe(url);

  // Suggested: a few accounts, none of mine.
  await tab(page, 'Suggested').click();
  const suggested = await followDialog(page).locator('li p[class*="UniqueId"]').allTextContents();
  expect(suggested.length).toBeGreaterThan(0);
  const mine = new Set([...FOLLOWERS, ...FOLLOWING].map((a) => a.handle));
  expect(suggested.filter((handle) => mine.has(handle))).toEqual([]);

  // Close button; reopening from the following count selects Following; Escape closes.
  await followDialog(page).locator('[data-e2e="follow-popup-close"]').click();
  await expect(followDialog(page)).toHaveCount(0);
  await page.locator('strong[data-e2e="following-count"]').click();
  await expect(tab(page, 'Following')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Escape');
  await expect(followDialog(page)).toHaveCount(0);
  expect(page.url()).toBe(url);
});

test('webListLimit ends the list early although the count says more', async () => {
  const page = await openMock(scenario({ webListLimit: 40 }), `/@${ME}`);
  await page.locator('strong[data-e2e="followers-count"]').click();
  await watchList(page);
  const end = await scrollToEnd(page);
  expect(end.seen).toEqual(FOLLOWERS.slice(0, 40).map((a) => a.handle));
  expect(end.loading).toBe(false);
  await page.mouse.wheel(0, 500);
  await page.waitForTimeout(300);
  expect((await listState(page)).seen).toHaveLength(40);
  await expect(tab(page, 'Followers').locator('strong')).toHaveText('70');
  const data = await rehydration(page);
  expect(data.__DEFAULT_SCOPE__['webapp.user-detail'].userInfo!.stats.followerCount).toBe(70);
});

test('logged out: top-login-button, never a nav-profile, counts open a login prompt', async () => {
  const page = await openMock(scenario({ me: null, navProfileDelayMs: 200 }), '/@follower_03');
  await expect(page.locator('button[data-e2e="top-login-button"]')).toHaveText('Log in');
  await page.waitForTimeout(600);
  await expect(page.locator('[data-e2e="nav-profile"]')).toHaveCount(0);
  await expect(page.locator('#captcha-verify-container-main-page')).toBeHidden();
  await page.locator('strong[data-e2e="followers-count"]').click();
  await expect(page.locator('div[role="dialog"]', { hasText: 'Log in to TikTok' })).toBeVisible();
  await expect(followDialog(page)).toHaveCount(0);
});

test('captchaAfterBatches: a visible slider captcha stops loading; solving it resumes', async () => {
  const page = await openMock(scenario({ captchaAfterBatches: 2 }), `/@${ME}`);
  await page.locator('[data-e2e="followers-count"]').click();
  await watchList(page);
  const visibleSlider = page.locator('[role="slider"]:visible');
  const end = await scrollToEnd(page, () => visibleSlider.isVisible());
  await expect(page.getByText('Drag the slider to fit the puzzle').filter({ visible: true })).toBeVisible();
  await expect(page.locator('#captcha-verify-container-main-page')).toBeHidden();
  await expect(visibleSlider).toHaveCount(1);
  expect(end.loading).toBe(false);
  await page.waitForTimeout(300);
  await page.mouse.wheel(0, 500);
  await page.waitForTimeout(300);
  const blocked = await listState(page);
  expect(blocked.seen).toEqual(FOLLOWERS.slice(0, 32).map((a) => a.handle));
  expect(blocked.loading).toBe(false);

  // Drag the slider to the end of its track.
  const handle = (await visibleSlider.boundingBox())!;
  await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
  await page.mouse.down();
  await page.mouse.move(handle.x + 400, handle.y + handle.height / 2, { steps: 8 });
  await page.mouse.up();
  await expect(visibleSlider).toHaveCount(0);
  const resumed = await scrollToEnd(page);
  expect(resumed.seen).toEqual(FOLLOWERS.map((a) => a.handle));
});

test("privateLists: another profile's lists say they are private and have no rows", async () => {
  const page = await openMock(scenario({ privateLists: true }), '/@someone.else');
  await page.locator('strong[data-e2e="followers-count"]').click();
  await expect(followDialog(page)).toBeVisible();
  const container = followDialog(page).locator('div[class*="DivUserListContainer"]');
  await expect(container).toHaveText("This account's followers list is private");
  await expect(container.locator('li')).toHaveCount(0);
  await tab(page, 'Following').click();
  await expect(container).toHaveText("This account's following list is private");
  await expect(container.locator('li')).toHaveCount(0);
  await expect(tab(page, 'Friends')).toHaveCount(0);

  // My own lists are not affected.
  await page.keyboard.press('Escape');
  await page.locator(`a[data-e2e="nav-profile"][href="/@${ME}"]`).click();
  await page.locator('strong[data-e2e="followers-count"]').click();
  await expect(followDialog(page).locator('li').first()).toBeVisible();
  await expect(followDialog(page).getByText('list is private')).toHaveCount(0);
});
