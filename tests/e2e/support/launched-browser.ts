import path from 'node:path';
import { fileURLToPath } from 'node:url';

import type { Browser, Page } from 'puppeteer-core';

/** What each browser's launcher (firefox-launch.ts, chromium-launch.ts) does its own way. */
export interface LaunchedBrowser {
  browser: Browser;
  /** The address of one of the extension's pages. */
  url(pathAndQuery: string): string;
  openExtensionPage(pathAndQuery: string): Promise<Page>;
  stopBackground(): Promise<void>;
  backgroundRunning(): Promise<boolean>;
  setSiteAccess(allowed: boolean): Promise<void>;
  reviewPanel(selector: string): Promise<ReviewPanel | null>;
  closeReviewPanel(): Promise<void>;
}

/** The page the browser shows in its panel (Firefox's sidebar, Chrome's side panel), read as it is. */
export interface ReviewPanel {
  url: string;
  /** For each element matching `selector`: its aria-label, else its text. */
  labels: string[];
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const BUILDS = {
  chromium: path.join(ROOT, '.output/chrome-mv3'),
  firefox: path.join(ROOT, '.output/firefox-mv3'),
};

/** The manifest's host permissions: the sites the extension reads. */
export const SITE_PATTERNS = ['https://www.instagram.com/*', 'https://www.tiktok.com/*'];
