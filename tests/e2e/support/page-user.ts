import { expect } from '@playwright/test';
import type { ElementHandle, Page } from 'puppeteer-core';

import { START_UNREAD } from './overlay-words';

/**
 * What a person does in a page, as Puppeteer calls that read the same in Chromium and Firefox. Clicks and
 * wheel turns are real input events (CDP / BiDi input), not element.click(). Selectors may pierce open
 * shadow roots with `>>>`; the extension's in-page parts are in closed ones (closed-parts.ts).
 */

/** The text of the first element matching `selector`, or '' while there is none. */
export async function textOf(page: Page, selector: string): Promise<string> {
  const element = await page.$(selector);
  if (!element) return '';
  return element.evaluate((node) => (node as HTMLElement).innerText ?? node.textContent ?? '');
}

/** Waits until the first element matching `selector` says `expected`. */
export async function expectText(page: Page, selector: string, expected: RegExp | string): Promise<void> {
  const matcher = typeof expected === 'string' ? new RegExp(escape(expected)) : expected;
  await expect.poll(() => textOf(page, selector), { timeout: 15_000 }).toMatch(matcher);
}

/** The elements matching `selector` whose visible text matches `name`. */
export async function withText(page: Page, selector: string, name: RegExp): Promise<ElementHandle[]> {
  const found: ElementHandle[] = [];
  for (const element of await page.$$(selector)) {
    const text = await element.evaluate((node) =>
      [(node as HTMLElement).innerText, node.getAttribute('aria-label')].filter(Boolean).join(' ').trim(),
    );
    if (name.test(text)) found.push(element);
  }
  return found;
}

/** Clicks the first element matching `selector` whose text matches `name`, waiting for it to appear. */
export async function clickText(page: Page, selector: string, name: RegExp): Promise<void> {
  let target: ElementHandle | undefined;
  await expect
    .poll(async () => (target = (await withText(page, selector, name))[0]) !== undefined, { timeout: 15_000 })
    .toBe(true);
  await target!.click();
}

/** Clicks the first element matching `selector`, waiting for it to be visible. */
export async function click(page: Page, selector: string): Promise<void> {
  const element = await page.waitForSelector(selector, { visible: true });
  await element!.click();
}

/** Moves the mouse over the middle of `selector` and turns the wheel `turns` times. */
export async function wheelOver(page: Page, selector: string, turns: number, deltaY = 240): Promise<void> {
  const box = await (await page.waitForSelector(selector, { visible: true }))!.boundingBox();
  if (!box) throw new Error(`Nothing to scroll at ${selector}`);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.65);
  for (let turn = 0; turn < turns; turn++) {
    await page.mouse.wheel({ deltaY });
    await new Promise((resolve) => setTimeout(resolve, 120));
  }
}

/** Turns the wheel over `selector` until what `read` reads matches `until`. */
export async function wheelUntil(
  page: Page,
  selector: string,
  read: () => Promise<string | null>,
  until: RegExp,
  maxTurns = 400,
): Promise<void> {
  for (let turn = 0; turn < maxTurns; turn++) {
    const said = (await read().catch(() => '')) ?? '';
    if (until.test(said)) return;
    // The box may ask for the list's first rows (a wheel turn scrolled them away before they were read):
    // a person scrolls back to the top, and on.
    if (said.includes(START_UNREAD)) await wheelOver(page, selector, 12, -600);
    await wheelOver(page, selector, 1);
  }
  await expect.poll(read, { timeout: 15_000 }).toMatch(until);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The form control a `<label>` starting with `label` holds or names, as a person finds it by its label. */
export async function control(page: Page, label: string): Promise<ElementHandle<HTMLInputElement>> {
  const handle = await page.waitForFunction(
    (text) =>
      [...document.querySelectorAll('label')].find((candidate) =>
        candidate.textContent?.trim().startsWith(text),
      )?.control,
    {},
    label,
  );
  return handle as ElementHandle<HTMLInputElement>;
}
