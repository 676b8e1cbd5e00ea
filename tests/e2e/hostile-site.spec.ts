import type { Page } from '@playwright/test';

import { serveInstagram } from './mock-instagram/server';
import { closedPart } from './support/closed-ui';
import { expect, test } from './support/extension';
import {
  captureBothLists,
  closeList,
  listScrollTop,
  openOwnList,
  overlay,
  overlayButton,
} from './support/instagram-user';

const ME = 'open.studio';
const NOTE = 'Private: invoice 4471 unpaid';

/**
 * The site's own script, in the page's main world, before anything else runs: it hooks attachShadow to
 * keep every shadow root made in the page, open or closed, as a tracking script could.
 */
function hookShadowRoots() {
  const kept: ShadowRoot[] = [];
  (globalThis as unknown as { __kept: ShadowRoot[] }).__kept = kept;
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    kept.push(root);
    return root;
  };
}

/** Everything the site's script can learn about what the extension put in the page. */
function snoop() {
  const all = (root: Document | ShadowRoot): Element[] =>
    [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? all(el.shadowRoot) : [])]);
  const elements = all(document);
  // Custom element names hold a hyphen; the site defines none, so these are someone else's.
  const strangers = elements.filter((el) => el.localName.includes('-') && !customElements.get(el.localName));
  const kept = (globalThis as unknown as { __kept: ShadowRoot[] }).__kept;
  return {
    html: document.documentElement.outerHTML,
    text: document.body.innerText,
    names: strangers.map((el) => el.localName),
    openRoots: strangers.filter((el) => el.shadowRoot !== null).length,
    keptRoots: kept.map((root) => root.innerHTML),
    attributes: strangers.flatMap((el) => [...el.attributes].map((a) => `${a.name}=${a.value}`)),
    // Anything loaded from the extension would show among the page's resources.
    fromExtension: performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((url) => !url.startsWith('https://')),
    // The mock's avatars are base64 data: URIs, whose letters can spell anything.
    branded: elements.filter((el) =>
      /ledger|wxt/i.test(
        el.localName +
          [...el.attributes].map((a) => a.name + (a.value.startsWith('data:') ? '' : a.value)).join(' '),
      ),
    ).length,
  };
}

/**
 * The site's script tries every way it has to press the extension's buttons: it finds the box on screen
 * (the bottom right corner: elementFromPoint only ever answers with the host) and sends it clicks, taps and
 * keys, as it does to every element it does not know.
 */
function pressEverything() {
  const strangers = [...document.querySelectorAll('*')].filter(
    (el) => el.localName.includes('-') && !customElements.get(el.localName),
  );
  let hostHits = 0;
  for (let x = innerWidth - 320; x < innerWidth; x += 20)
    for (let y = innerHeight - 240; y < innerHeight; y += 20) {
      const hit = document.elementFromPoint(x, y);
      if (hit && strangers.includes(hit)) hostHits++;
    }
  for (const target of strangers) {
    (target as HTMLElement).focus();
    (target as HTMLElement).click();
    for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'])
      target.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true, cancelable: true }));
    for (const key of ['Enter', ' '])
      target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
  }
  return { strangers: strangers.length, hostHits };
}

async function strangerNames(page: Page): Promise<string[]> {
  return (await page.evaluate(snoop)).names;
}

test("a hostile site script reads nothing private from the extension's parts and can't start Assist scroll", async ({
  context,
  extensionId,
}) => {
  await context.addInitScript(hookShadowRoots);
  const fans = Array.from({ length: 60 }, (_, i) => ({ handle: `fan${i}` }));
  await serveInstagram(context, () => ({
    me: ME,
    followers: [...fans, { handle: 'pal1' }],
    following: [{ handle: 'pal1' }, { handle: 'idol1' }],
  }));
  const site = await context.newPage();
  await captureBothLists(site, ME);

  // The user tags idol1 "customer" and writes a private note about them, in the review list.
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?view=notFollowingBack`);
  await panel.getByRole('option', { name: /^@idol1/ }).click();
  const customer = panel
    .getByRole('group', { name: 'Tags of @idol1' })
    .getByRole('button', { name: 'customer' });
  await customer.click();
  await expect(customer).toHaveAttribute('aria-pressed', 'true');
  await panel.getByLabel('Note').fill(NOTE);
  await panel.getByRole('button', { name: 'Save note' }).click();
  await expect(panel.getByRole('option', { name: /^@idol1/ })).toHaveAttribute('aria-label', /customer/);

  // The badge says a note and tags exist; the note itself stays in the review list.
  await site.goto('https://www.instagram.com/idol1/');
  const badge = closedPart(site, '.fl-badge');
  await expect.poll(() => badge.text()).toMatch(/^Doesn't follow you back.*Tagged.*Has a note/);
  expect(await badge.text()).not.toContain(NOTE);
  expect(await badge.attribute('title')).not.toContain(NOTE);
  const onProfile = await site.evaluate(snoop);
  expect(onProfile.names).toHaveLength(1);
  expect(onProfile.openRoots).toBe(0);
  expect(onProfile.keptRoots).toEqual([]);
  expect(onProfile.attributes).toEqual([]);
  expect(onProfile.branded).toBe(0);
  expect(onProfile.fromExtension).toEqual([]);
  for (const secret of [NOTE, 'customer', 'Has a note', "Doesn't follow you back", 'Follow Ledger']) {
    expect(onProfile.html).not.toContain(secret);
    expect(onProfile.text).not.toContain(secret);
  }

  // The following list: markers on rows, and the box with the capture's progress.
  await openOwnList(site, ME, 'following');
  await expect.poll(() => overlay(site).text()).toContain('Following complete · 2 of 2 read');
  await expect.poll(() => closedPart(site, 'span', { within: 'div[role="dialog"] a' }).count()).toBe(1);
  const onList = await site.evaluate(snoop);
  expect(onList.openRoots).toBe(0);
  expect(onList.keptRoots).toEqual([]);
  expect(onList.branded).toBe(0);
  expect(onList.fromExtension).toEqual([]);
  for (const secret of ["doesn't follow back", 'Following complete', 'Follow Ledger']) {
    expect(onList.html).not.toContain(secret);
    expect(onList.text).not.toContain(secret);
  }
  await closeList(site);

  // The followers list, being read: the site presses everything it can find, and nothing scrolls.
  await openOwnList(site, ME, 'followers');
  await expect.poll(() => overlay(site).text()).toMatch(/Reading followers · \d+ of 61/);
  expect(await overlayButton(site, 'Assist scroll').attribute('aria-pressed')).toBe('false');
  expect((await site.evaluate(snoop)).html).not.toMatch(/Reading followers|Assist scroll/);
  const pressed = await site.evaluate(pressEverything);
  expect(pressed.strangers).toBeGreaterThan(0);
  expect(pressed.hostHits).toBeGreaterThan(0);
  await site.waitForTimeout(2500);
  expect(await listScrollTop(site)).toBe(0);
  expect(await overlayButton(site, 'Assist scroll').attribute('aria-pressed')).toBe('false');
  await expect.poll(() => overlay(site).text()).toMatch(/Reading followers · \d+ of 61/);

  // The person's own click does start it: the buttons work, only made-up events are ignored.
  await overlayButton(site, 'Assist scroll').click();
  await expect.poll(() => overlayButton(site, 'Stop').attribute('aria-pressed')).toBe('true');
  await expect.poll(() => listScrollTop(site)).toBeGreaterThan(0);

  // No fixed name to look for: each page load names the extension's elements anew.
  await site.goto('https://www.instagram.com/idol1/');
  await expect.poll(() => badge.text()).toMatch(/^Doesn't follow you back/);
  const names = await strangerNames(site);
  expect(names).toHaveLength(1);
  expect(names).not.toEqual(onProfile.names);
});
