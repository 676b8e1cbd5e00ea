import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import type { BrowserContext, Route } from '@playwright/test';

/** DOM helpers both mock apps use, served before each app. */
const DOM_HELPERS_PATH = '/static/mock-dom.js';
const DOM_HELPERS_FILE = fileURLToPath(new URL('./mock-dom.js', import.meta.url));

/**
 * Serves a mock site at its real origin to a Playwright context: every page load gets a small HTML
 * shell with the current scenario embedded as JSON, the app script renders it, and anything else
 * (images, favicons, API calls) is answered 204, so nothing ever leaves the machine.
 */
export async function serveMockSite(
  context: BrowserContext,
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
  await context.route(`${site.origin}/**`, (route) => answer(route, site, scripts));
}

async function answer(
  route: Route,
  site: Parameters<typeof serveMockSite>[1],
  scripts: Map<string, string>,
): Promise<void> {
  const request = route.request();
  const script = scripts.get(new URL(request.url()).pathname);
  if (script !== undefined) {
    await route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: script });
  } else if (request.resourceType() === 'document') {
    // Each page load reads the scenario afresh, so a test can change the data between "days".
    await route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      headers: { 'cache-control': 'no-store' },
      body: pageHtml(site, site.data()),
    });
  } else {
    await route.fulfill({ status: 204 });
  }
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
