// Serves a mock https://www.instagram.com to a Playwright browser context.
//
// Every document request gets the same small HTML shell with the current scenario embedded as JSON;
// app.js (served from the same origin as /static/mock-app.js) renders the page the way
// /work/shared/SITES.md describes the real site. Everything else (images, favicons, API calls) is 204.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Route } from '@playwright/test';

export interface MockAccount { handle: string; name?: string; verified?: boolean }

export interface InstagramScenario {
  me: string;                         // the logged-in user's handle
  followers: MockAccount[];           // the full list the site would show for /<me>/followers/
  following: MockAccount[];
  followerCount?: number;             // header count (defaults to followers.length); lets a test make the header disagree with the list
  followingCount?: number;
  suggestions?: MockAccount[];        // "Suggested for you" rows shown after the end of a list (default: 3 generated ones)
  batchSize?: number;                 // default 12
  loadDelayMs?: number;               // how long the progressbar shows before a batch arrives, default 250
  troubleAfterBatches?: number;       // if set, after that many batches the site shows a "Try Again Later" dialog and stops loading
}

/** What app.js receives: every option filled in (`troubleAfterBatches: null` means never). */
type PageData = Required<Omit<InstagramScenario, 'troubleAfterBatches'>> & { troubleAfterBatches: number | null };

const ORIGIN = 'https://www.instagram.com';
const APP_SCRIPT_PATH = '/static/mock-app.js';
// Playwright loads this file as an ES module (package.json "type": "module"), so import.meta.url works.
const APP_JS_FILE = fileURLToPath(new URL('./app.js', import.meta.url));

const DEFAULT_SUGGESTIONS: MockAccount[] = [
  { handle: 'maren.holt', name: 'Maren Holt' },
  { handle: 'dev_okafor', name: 'Dev Okafor', verified: true },
  { handle: 'pixel.harbor' },
];

export async function serveInstagram(context: BrowserContext, scenario: () => InstagramScenario): Promise<void> {
  const appScript = await readFile(APP_JS_FILE, 'utf8');
  await context.route(`${ORIGIN}/**`, (route) => handleRequest(route, scenario, appScript));
}

async function handleRequest(route: Route, scenario: () => InstagramScenario, appScript: string): Promise<void> {
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

function withDefaults(scenario: InstagramScenario): PageData {
  return {
    me: scenario.me,
    followers: scenario.followers,
    following: scenario.following,
    followerCount: scenario.followerCount ?? scenario.followers.length,
    followingCount: scenario.followingCount ?? scenario.following.length,
    suggestions: scenario.suggestions ?? DEFAULT_SUGGESTIONS,
    batchSize: scenario.batchSize ?? 12,
    loadDelayMs: scenario.loadDelayMs ?? 250,
    troubleAfterBatches: scenario.troubleAfterBatches ?? null,
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
<title>Instagram</title>
<script type="application/json" id="__mock_scenario">${scriptSafeJson(data)}</script>
</head>
<body>
<div id="mount"></div>
<script src="${APP_SCRIPT_PATH}"></script>
</body>
</html>
`;
}
