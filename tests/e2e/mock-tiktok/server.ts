// Serves a mock https://www.tiktok.com to a Playwright browser context.
//
// Every document request gets the same small HTML shell with the current scenario embedded as JSON;
// app.js (served from the same origin as /static/mock-tiktok-app.js) renders the page the way
// /work/shared/SITES.md ("TikTok") describes the real site. Everything else (images, favicons, API calls)
// is 204. Avatars are data: URIs, so nothing ever leaves the machine.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Route } from '@playwright/test';

export interface MockTikTokAccount { handle: string; nickname?: string; verified?: boolean }

export interface TikTokScenario {
  me: string | null;                  // the logged-in user's handle; null = logged out (top-login-button shown, no nav-profile)
  followers: MockTikTokAccount[];     // the full list TikTok has for me
  following: MockTikTokAccount[];
  followerCount?: number;             // exact count in the rehydration JSON (default followers.length)
  followingCount?: number;            // (default following.length)
  webListLimit?: number;              // the web list stops after this many rows even if more exist (default 5000)
  batchSize?: number;                 // rows per loaded page (default 16)
  loadDelayMs?: number;               // how long the loading spinner shows before a page arrives (default 300)
  navProfileDelayMs?: number;         // the nav-profile link appears only after this delay (default 800)
  captchaAfterBatches?: number;       // if set, after that many pages a visible slider captcha appears and loading stops
  privateLists?: boolean;             // OTHER users' followers/following lists are private
}

/** What app.js receives: every option filled in (`captchaAfterBatches: null` means never). */
type PageData = Required<Omit<TikTokScenario, 'captchaAfterBatches'>> & { captchaAfterBatches: number | null };

const ORIGIN = 'https://www.tiktok.com';
const APP_SCRIPT_PATH = '/static/mock-tiktok-app.js';
// Playwright loads this file as an ES module (package.json "type": "module"), so import.meta.url works.
const APP_JS_FILE = fileURLToPath(new URL('./app.js', import.meta.url));

export async function serveTikTok(context: BrowserContext, scenario: () => TikTokScenario): Promise<void> {
  const appScript = await readFile(APP_JS_FILE, 'utf8');
  await context.route(`${ORIGIN}/**`, (route) => handleRequest(route, scenario, appScript));
}

async function handleRequest(route: Route, scenario: () => TikTokScenario, appScript: string): Promise<void> {
  const request = route.request();
  const { pathname } = new URL(request.url());
  if (pathname === APP_SCRIPT_PATH) {
    await route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: appScript });
  } else if (request.resourceType() === 'document') {
    // Each page load reads the scenario afresh, so a test can change the data between "days".
    await route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      headers: { 'cache-control': 'no-store' },
      body: pageHtml(withDefaults(scenario())),
    });
  } else {
    await route.fulfill({ status: 204 });
  }
}

function withDefaults(scenario: TikTokScenario): PageData {
  return {
    me: scenario.me,
    followers: scenario.followers,
    following: scenario.following,
    followerCount: scenario.followerCount ?? scenario.followers.length,
    followingCount: scenario.followingCount ?? scenario.following.length,
    webListLimit: scenario.webListLimit ?? 5000,
    // SITES is silent on TikTok's page size; 16 is plausible (TikTok pages are larger than Instagram's ~12).
    batchSize: scenario.batchSize ?? 16,
    loadDelayMs: scenario.loadDelayMs ?? 300,
    navProfileDelayMs: scenario.navProfileDelayMs ?? 800,
    captchaAfterBatches: scenario.captchaAfterBatches ?? null,
    privateLists: scenario.privateLists ?? false,
  };
}

/** JSON that is safe inside a <script> element: no "<" can end the element or open a comment. */
function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function pageHtml(data: PageData): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>TikTok - Make Your Day</title>
<script type="application/json" id="__mock_scenario">${scriptSafeJson(data)}</script>
</head>
<body>
<div id="app"></div>
<script src="${APP_SCRIPT_PATH}"></script>
</body>
</html>
`;
}
