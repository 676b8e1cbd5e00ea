import type { Page } from 'puppeteer-core';

import { clickText, textOf, withText } from './page-user';

/** A count the popup shows, by its test id ("fans", "notFollowingBack"). */
export const countOf = (popup: Page, view: string) => textOf(popup, `[data-testid="count-${view}"]`);

/** The popup's line about the last capture of a list. */
export const captureLine = (popup: Page, list: 'followers' | 'following') =>
  textOf(popup, `[data-testid="capture-${list}"]`);

/**
 * Every handle a popup view lists, sorted: opens the view's tab and asks for more rows until all are
 * shown, as a person would (the popup draws a view's first rows only).
 */
export async function listedHandles(popup: Page, tab: RegExp): Promise<string[]> {
  await clickText(popup, '[role="tab"]', tab);
  for (;;) {
    const [more] = await withText(popup, '[role="tabpanel"] button', /^Show \d+ more/);
    if (!more) break;
    await more.click();
  }
  const links = await popup.$$eval('[role="tabpanel"] a', (found) => found.map((a) => a.textContent ?? ''));
  return links.map((text) => text.replace(/^@/, '')).sort();
}
