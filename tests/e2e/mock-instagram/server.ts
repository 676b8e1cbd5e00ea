// Serves a mock https://www.instagram.com to a Playwright browser context or a MockSiteHost.
//
// Every document request gets the same small HTML shell with the current scenario embedded as JSON;
// app.js (served from the same origin as /static/mock-app.js) renders the page the way
// /work/shared/SITES.md describes the real site. Everything else (images, favicons, API calls) is 204.
import { fileURLToPath } from 'node:url';

import type { BrowserContext } from '@playwright/test';

import { type MockSiteHost, serveMockSite } from '../support/mock-site';

export interface MockAccount {
  handle: string;
  name?: string;
  verified?: boolean;
}

export interface InstagramScenario {
  me: string; // the logged-in user's handle
  followers: MockAccount[]; // the full list the site would show for /<me>/followers/
  following: MockAccount[];
  followerCount?: number; // header count (defaults to followers.length); lets a test make the header disagree with the list
  followingCount?: number;
  suggestions?: MockAccount[]; // "Suggested for you" rows shown after the end of a list (default: 3 generated ones)
  batchSize?: number; // default 12
  loadDelayMs?: number; // how long the progressbar shows before a batch arrives, default 250
  troubleAfterBatches?: number; // if set, after that many batches the site shows a sign of trouble and stops loading
  troubleSign?: InstagramTroubleSign; // which sign (default 'try-again-later'); challenge and logged-out navigate away from the list
  switchTo?: string; // if set, the navigation has "Switch accounts", which makes this account the logged-in one in place
  layout?: InstagramLayout; // a changed site layout (default 'current'): where the extension's landmarks are missing
  spinner?: InstagramSpinner; // which of SITES' three loading signs the list shows (default 'progressbar')
  language?: 'en' | 'fr'; // the page's lang, list headings and notices (default 'en')
  extraListDialog?: boolean; // a hostile page: opening a list shows the other list's dialog too
  followerCountLater?: { afterBatches: number; count: number }; // the header's followers count changes mid-capture
  scroller?: 'single' | 'nested' | 'replaced'; // SITES: nested scroll containers; one the site replaces mid-list
  opensScrolledTo?: number; // the list opens already scrolled this far down, as a site restoring a position would (default 0)
}

export type InstagramSpinner = 'progressbar' | 'loading-state' | 'svg-label';

export type InstagramTroubleSign =
  'try-again-later' | 'action-blocked' | 'please-wait' | 'automated-activity' | 'challenge' | 'logged-out';
export type InstagramLayout =
  'current' | 'dialog-without-role' | 'search-in-scroller' | 'rows-without-links' | 'no-counts';

/** What app.js receives: every option filled in (`troubleAfterBatches: null` means never). */
type PageData = Required<
  Omit<InstagramScenario, 'troubleAfterBatches' | 'switchTo' | 'followerCountLater'>
> & {
  troubleAfterBatches: number | null;
  switchTo: string | null;
  followerCountLater: { afterBatches: number; count: number } | null;
};

const ORIGIN = 'https://www.instagram.com';
const APP_SCRIPT_PATH = '/static/mock-app.js';
// Playwright loads this file as an ES module (package.json "type": "module"), so import.meta.url works.
const APP_JS_FILE = fileURLToPath(new URL('./app.js', import.meta.url));

const DEFAULT_SUGGESTIONS: MockAccount[] = [
  { handle: 'maren.holt', name: 'Maren Holt' },
  { handle: 'dev_okafor', name: 'Dev Okafor', verified: true },
  { handle: 'pixel.harbor' },
];

/** `origin`: the same mock at another address, where the extension's content script does not run. */
export async function serveInstagram(
  context: BrowserContext | MockSiteHost,
  scenario: () => InstagramScenario,
  origin = ORIGIN,
): Promise<void> {
  await serveMockSite(context, {
    origin,
    appFile: APP_JS_FILE,
    appPath: APP_SCRIPT_PATH,
    title: 'Instagram',
    mountId: 'mount',
    data: () => withDefaults(scenario()),
  });
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
    troubleSign: scenario.troubleSign ?? 'try-again-later',
    switchTo: scenario.switchTo ?? null,
    layout: scenario.layout ?? 'current',
    spinner: scenario.spinner ?? 'progressbar',
    language: scenario.language ?? 'en',
    extraListDialog: scenario.extraListDialog ?? false,
    followerCountLater: scenario.followerCountLater ?? null,
    scroller: scenario.scroller ?? 'single',
    opensScrolledTo: scenario.opensScrolledTo ?? 0,
  };
}
