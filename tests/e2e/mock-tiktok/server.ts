// Serves a mock https://www.tiktok.com to a Playwright browser context or a MockSiteHost.
//
// Every document request gets the same small HTML shell with the current scenario embedded as JSON;
// app.js (served from the same origin as /static/mock-tiktok-app.js) renders the page the way
// /work/shared/SITES.md ("TikTok") describes the real site. Everything else (images, favicons, API calls)
// is 204. Avatars are data: URIs, so nothing ever leaves the machine.
import { fileURLToPath } from 'node:url';

import type { BrowserContext } from '@playwright/test';

import { type MockSiteHost, serveMockSite } from '../support/mock-site';

export interface MockTikTokAccount {
  handle: string;
  nickname?: string;
  verified?: boolean;
}

export interface TikTokScenario {
  me: string | null; // the logged-in user's handle; null = logged out (top-login-button shown, no nav-profile)
  followers: MockTikTokAccount[]; // the full list TikTok has for me
  following: MockTikTokAccount[];
  followerCount?: number; // exact count in the rehydration JSON (default followers.length)
  followingCount?: number; // (default following.length)
  webListLimit?: number; // the web list stops after this many rows even if more exist (default 5000)
  batchSize?: number; // rows per loaded page (default 16)
  loadDelayMs?: number; // how long the loading spinner shows before a page arrives (default 300)
  navProfileDelayMs?: number; // the nav-profile link appears only after this delay (default 800)
  captchaAfterBatches?: number; // if set, after that many pages a visible slider captcha appears and loading stops
  privateLists?: boolean; // OTHER users' followers/following lists are private
  loggedOutAfterBatches?: number; // if set, after that many pages the session expires: logged out in place, loading stops
  layout?: 'current' | 'rows-without-items'; // a changed site layout (default 'current'): rows that are not `li` elements
  // SITES.md's variants (defaults first): the dialog hooked or as a section in #tux-portal-container; tabs with
  // role/aria-selected or plain DivTabItem divs; the nav-profile hook on the link or on a wrapper; the loading
  // row as a hooked progressbar or a DivLoadingContainer.
  dialog?: 'hooked' | 'portal';
  tabs?: 'aria' | 'plain';
  tabOrder?: 'following-first' | 'followers-first'; // the second is a variant the adapter can't place
  navProfile?: 'link' | 'nav-profile' | 'profile-icon';
  loading?: 'progressbar' | 'container';
  language?: 'en' | 'fr'; // the page's lang, tab labels and private-list note (default 'en')
}

/** What app.js receives: every option filled in (`…AfterBatches: null` means never). */
type PageData = Required<Omit<TikTokScenario, 'captchaAfterBatches' | 'loggedOutAfterBatches'>> & {
  captchaAfterBatches: number | null;
  loggedOutAfterBatches: number | null;
};

const ORIGIN = 'https://www.tiktok.com';
const APP_SCRIPT_PATH = '/static/mock-tiktok-app.js';
// Playwright loads this file as an ES module (package.json "type": "module"), so import.meta.url works.
const APP_JS_FILE = fileURLToPath(new URL('./app.js', import.meta.url));

export async function serveTikTok(
  context: BrowserContext | MockSiteHost,
  scenario: () => TikTokScenario,
): Promise<void> {
  await serveMockSite(context, {
    origin: ORIGIN,
    appFile: APP_JS_FILE,
    appPath: APP_SCRIPT_PATH,
    title: 'TikTok - Make Your Day',
    mountId: 'app',
    data: () => withDefaults(scenario()),
  });
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
    loggedOutAfterBatches: scenario.loggedOutAfterBatches ?? null,
    layout: scenario.layout ?? 'current',
    dialog: scenario.dialog ?? 'hooked',
    tabs: scenario.tabs ?? 'aria',
    tabOrder: scenario.tabOrder ?? 'following-first',
    navProfile: scenario.navProfile ?? 'link',
    loading: scenario.loading ?? 'progressbar',
    language: scenario.language ?? 'en',
  };
}
