import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import type { BrowserContext, Route } from '@playwright/test';

/** DOM helpers both mock apps use, served before each app. */
const DOM_HELPERS_PATH = '/static/mock-dom.js';
const DOM_HELPERS_FILE = fileURLToPath(new URL('./mock-dom.js', import.meta.url));

/** One answer of a mock site; `body` absent means an empty answer. */
export interface MockResponse {
  status: number;
  contentType?: string;
  headers?: Record<string, string>;
  body?: string;
}

/** Answers a request to a mock site: `pageLoad` says whether the browser is loading a document. */
export type MockResponder = (url: string, pageLoad: boolean) => MockResponse;

/**
 * A browser that serves a mock site its own way (Playwright routes a context; the Puppeteer-driven
 * browsers in ./browsers.ts intercept each tab's requests).
 */
export interface MockSiteHost {
  serveSite(origin: string, respond: MockResponder): Promise<void>;
}

/**
 * Serves a mock site at its real origin: every page load gets a small HTML shell with the current
 * scenario embedded as JSON, the app script renders it, and anything else (images, favicons, API calls)
 * is answered 204, so nothing ever leaves the machine.
 */
export async function serveMockSite(
  target: BrowserContext | MockSiteHost,
  site: {
    origin: string;
    appFile: string;
    appPath: string;
    title: string;
    mountId: string;
    data: () => unknown;
  },
): Promise<void> {
  const scripts = new Map([
    [site.appPath, await readFile(site.appFile, 'utf8')],
    [DOM_HELPERS_PATH, await readFile(DOM_HELPERS_FILE, 'utf8')],
  ]);
  const respond: MockResponder = (url, pageLoad) => answer(url, pageLoad, site, scripts);
  if ('serveSite' in target) return target.serveSite(site.origin, respond);
  await target.route(`${site.origin}/**`, (route) => fulfil(route, respond));
}

function fulfil(route: Route, respond: MockResponder): Promise<void> {
  const request = route.request();
  return route.fulfill(respond(request.url(), request.resourceType() === 'document'));
}

function answer(
  url: string,
  pageLoad: boolean,
  site: Parameters<typeof serveMockSite>[1],
  scripts: Map<string, string>,
): MockResponse {
  const script = scripts.get(new URL(url).pathname);
  if (script !== undefined) {
    return { status: 200, contentType: 'text/javascript; charset=utf-8', body: script };
  }
  if (pageLoad) {
    // Each page load reads the scenario afresh, so a test can change the data between "days".
    return {
      status: 200,
      contentType: 'text/html; charset=utf-8',
      headers: { 'cache-control': 'no-store' },
      body: pageHtml(site, site.data()),
    };
  }
  return { status: 204 };
}

/** JSON that is safe inside a <script> element: no "<" can end the element or open a comment. */
function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function pageHtml(site: { title: string; appPath: string; mountId: string }, data: unknown): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${site.title}</title>
<script type="application/json" id="__mock_scenario">${scriptSafeJson(data)}</script>
</head>
<body>
<div id="${site.mountId}"></div>
<script src="${DOM_HELPERS_PATH}"></script>
<script src="${site.appPath}"></script>
</body>
</html>
`;
}
