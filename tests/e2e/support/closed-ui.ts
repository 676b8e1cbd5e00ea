import type { Page } from '@playwright/test';

/**
 * The extension's in-page parts (overlay, badge, list markers) live in closed shadow roots, so the site's
 * scripts can't read them, and neither can Playwright's locators or anything else running in the page.
 * DevTools can: these helpers find the closed roots through the DevTools protocol, read them there, and
 * click with the real mouse at the control's place on screen, as a person does (a trusted click).
 */

interface DomNode {
  backendNodeId: number;
  children?: DomNode[];
  shadowRoots?: (DomNode & { shadowRootType?: string })[];
  contentDocument?: DomNode;
}

const CLICK_WAIT_MS = 10_000;

const sessions = new WeakMap<Page, Promise<CdpSend>>();

function sessionOf(page: Page): Promise<CdpSend> {
  let session = sessions.get(page);
  if (!session) {
    session = page
      .context()
      .newCDPSession(page)
      .then((opened) => (opened.send as unknown as CdpSend).bind(opened));
    sessions.set(page, session);
  }
  return session;
}

/** A DevTools protocol command, from Playwright's or Puppeteer's session alike. */
export type CdpSend = (method: string, params?: object) => Promise<unknown>;

function closedRootsIn(node: DomNode, found: number[] = []): number[] {
  for (const root of node.shadowRoots ?? []) {
    if (root.shadowRootType === 'closed') found.push(root.backendNodeId);
    closedRootsIn(root, found);
  }
  for (const child of node.children ?? []) closedRootsIn(child, found);
  if (node.contentDocument) closedRootsIn(node.contentDocument, found);
  return found;
}

/** Runs `fn` on each closed shadow root of the page (as `this`) with `args`, over DevTools; the values it returned. */
export async function onClosedRootsOverCdp<T>(send: CdpSend, fn: string, args: unknown[]): Promise<T[]> {
  const { root } = (await send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const values: T[] = [];
  for (const backendNodeId of closedRootsIn(root)) {
    const { object } = (await send('DOM.resolveNode', { backendNodeId })) as {
      object: { objectId?: string };
    };
    if (!object.objectId) continue;
    const { result } = (await send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: fn,
      arguments: args.map((value) => ({ value })),
      returnByValue: true,
    })) as { result: { value: T[] } };
    await send('Runtime.releaseObject', { objectId: object.objectId });
    values.push(...result.value);
  }
  return values;
}

const onClosedRoots = async <T>(page: Page, fn: string, args: unknown[]) =>
  onClosedRootsOverCdp<T>(await sessionOf(page), fn, args);

/** What a matching element of the closed roots shows: text, attributes, place on screen, the link around its host. */
export interface Seen {
  text: string;
  attributes: Record<string, string>;
  top: number;
  centre: { x: number; y: number };
  link: { href: string; top: number } | null;
}

// Runs inside the page, on one closed root. `name` is a regular expression's source on the text or label.
const SEE = `function (selector, within, name) {
  if (within && !this.host.closest(within)) return [];
  return [...this.querySelectorAll(selector)]
    .filter((el) => !name || new RegExp(name).test(el.getAttribute('aria-label') || el.textContent))
    .map((el) => {
      el.scrollIntoView({ block: 'nearest' });
      const box = el.getBoundingClientRect();
      const link = this.host.closest('a[href]');
      return {
        text: el.textContent,
        attributes: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
        top: box.top,
        centre: { x: box.x + box.width / 2, y: box.y + box.height / 2 },
        link: link && { href: link.getAttribute('href'), top: link.getBoundingClientRect().top },
      };
    });
}`;

export interface ClosedPart {
  /** Every match, in document order. */
  seen(): Promise<Seen[]>;
  /** How many elements match, across every closed root. */
  count(): Promise<number>;
  /** The first match's text, or null when nothing matches. */
  text(): Promise<string | null>;
  /** Every match's text, in document order. */
  texts(): Promise<string[]>;
  attribute(name: string): Promise<string | null>;
  /** A real mouse click at the centre of the first match. */
  click(): Promise<void>;
}

/** How one browser driver reaches the closed roots: runs a function on each, and clicks the real mouse. */
export interface ClosedRootsDriver {
  onClosedRoots<T>(fn: string, args: unknown[]): Promise<T[]>;
  mouseClick(x: number, y: number): Promise<void>;
}

/**
 * The elements matching `selector` inside the page's closed shadow roots; `within`: only roots whose host
 * sits inside that light-DOM selector; `name`: only elements whose label or text matches.
 */
export function closedPartVia(
  driver: ClosedRootsDriver,
  selector: string,
  options: { within?: string; name?: string | RegExp } = {},
): ClosedPart {
  const name =
    options.name instanceof RegExp
      ? options.name.source
      : options.name && `^${options.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`;
  const see = () => driver.onClosedRoots<Seen>(SEE, [selector, options.within ?? null, name ?? null]);
  return {
    seen: see,
    count: async () => (await see()).length,
    text: async () => (await see())[0]?.text ?? null,
    texts: async () => (await see()).map((seen) => seen.text),
    attribute: async (attribute) => (await see())[0]?.attributes[attribute] ?? null,
    async click() {
      // Like a locator's click: wait for the control to be there, then click it.
      for (const started = Date.now(); Date.now() - started < CLICK_WAIT_MS;) {
        const [first] = await see();
        if (first) return driver.mouseClick(first.centre.x, first.centre.y);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`Nothing in the extension's closed roots matches ${selector}`);
    },
  };
}

/** `closedPartVia` for a page Playwright drives (Chromium, over DevTools). */
export function closedPart(
  page: Page,
  selector: string,
  options: { within?: string; name?: string | RegExp } = {},
): ClosedPart {
  return closedPartVia(
    {
      onClosedRoots: (fn, args) => onClosedRoots(page, fn, args),
      mouseClick: (x, y) => page.mouse.click(x, y),
    },
    selector,
    options,
  );
}

/**
 * A closed part read while its tab may be going to another page (the review bar's Next): a read that
 * lost its page, the DevTools node or context gone with it, counts as nothing seen yet, so a poll asks
 * again instead of failing.
 */
export function closedPartAcrossPages(page: Page, selector: string): ClosedPart {
  const part = closedPart(page, selector);
  const orElse = <T>(read: () => Promise<T>, none: T) => read().catch(() => none);
  return {
    ...part,
    seen: () => orElse(part.seen, []),
    count: () => orElse(part.count, 0),
    text: () => orElse(part.text, null),
    texts: () => orElse(part.texts, []),
    attribute: (name) => orElse(() => part.attribute(name), null),
  };
}

const COPY_TAG = 'audit-copy';

/**
 * Puts beside each closed root that holds one of `selectors` an open copy of it (same nodes, same styles),
 * for tools that read the page from inside it, like axe; the copies are `audit-copy` elements. Returns
 * what removes them again.
 */
export async function openCopies(page: Page, selectors: string[]): Promise<() => Promise<void>> {
  await onClosedRoots<never>(
    page,
    `function (selectors, tag) {
      if (!selectors.some((selector) => this.querySelector(selector))) return [];
      const copy = document.createElement(tag);
      copy.attachShadow({ mode: 'open' }).append(...[...this.childNodes].map((node) => node.cloneNode(true)));
      this.host.after(copy);
      return [];
    }`,
    [selectors, COPY_TAG],
  );
  return () =>
    page.evaluate((tag) => document.querySelectorAll(tag).forEach((copy) => copy.remove()), COPY_TAG);
}

export const AUDIT_COPY = COPY_TAG;
