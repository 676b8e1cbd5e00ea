import type { Page } from '@playwright/test';

/**
 * Every handle a popup view lists, sorted: opens the view's tab and asks for more rows until all are
 * shown, as a person would (the popup draws a view's first rows only).
 */
export async function listedHandles(popup: Page, tab: RegExp): Promise<string[]> {
  await popup.getByRole('tab', { name: tab }).click();
  const panel = popup.getByRole('tabpanel');
  const more = panel.getByRole('button', { name: /^Show \d+ more/ });
  while (await more.count()) await more.click();
  return (await panel.getByRole('link').allTextContents()).map((text) => text.replace(/^@/, '')).sort();
}
