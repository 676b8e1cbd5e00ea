import type { Page } from 'puppeteer-core';

import { type CdpSend, type ClosedPart, closedPartVia, onClosedRootsOverCdp as overCdp } from './closed-ui';
import { bidiOf, contextOf } from './firefox-launch';

/**
 * The extension's in-page parts (overlay, badge, list markers) for the shared specs, which Puppeteer
 * drives in Chromium and in Firefox. Their shadow roots are closed, so no selector reaches them; the
 * browsers' remote protocols do, each its own way, and this is the one place that knows both:
 * Chromium's DevTools lists closed roots in its DOM tree (as closed-ui.ts does for Playwright), and
 * WebDriver BiDi serializes them when asked for `includeShadowTree: 'all'`, with ids that code can then
 * run on. Clicks are the real mouse at the control's place on screen (trusted input in both).
 */
export function closedPart(
  page: Page,
  selector: string,
  options: { within?: string; name?: string | RegExp } = {},
): ClosedPart {
  return closedPartVia(
    {
      // Puppeteer drives Firefox only over BiDi, Chromium here over DevTools.
      onClosedRoots: async (fn, args) =>
        /firefox/i.test(await page.browser().version())
          ? onClosedRootsOverBidi(page, fn, args)
          : onClosedRootsOverCdp(page, fn, args),
      mouseClick: (x, y) => page.mouse.click(x, y),
    },
    selector,
    options,
  );
}

const sessions = new WeakMap<Page, Promise<CdpSend>>();

function onClosedRootsOverCdp<T>(page: Page, fn: string, args: unknown[]): Promise<T[]> {
  let session = sessions.get(page);
  if (!session) {
    session = page.createCDPSession().then((opened) => (opened.send as unknown as CdpSend).bind(opened));
    sessions.set(page, session);
  }
  return session.then((send) => overCdp<T>(send, fn, args));
}

/** A node as BiDi serializes it (script.RemoteValue of type "node"). */
interface BidiNode {
  sharedId?: string;
  value?: { mode?: 'open' | 'closed'; children?: BidiNode[]; shadowRoot?: BidiNode | null };
}

function closedRootsIn(node: BidiNode, found: string[] = []): string[] {
  const root = node.value?.shadowRoot;
  if (root) {
    if (root.value?.mode === 'closed' && root.sharedId) found.push(root.sharedId);
    closedRootsIn(root, found);
  }
  for (const child of node.value?.children ?? []) closedRootsIn(child, found);
  return found;
}

async function onClosedRootsOverBidi<T>(page: Page, fn: string, args: unknown[]): Promise<T[]> {
  const bidi = bidiOf(page.browser());
  const send = (method: string, params: object) =>
    bidi.send(method, params) as unknown as Promise<BidiAnswer>;
  const target = { context: contextOf(page) };
  const { result: tree } = await send('script.evaluate', {
    target,
    expression: 'document',
    awaitPromise: false,
    serializationOptions: { includeShadowTree: 'all', maxDomDepth: null },
  });
  if (tree.type === 'exception') throw new Error(`Reading the page: ${tree.exceptionDetails?.text}`);
  const values: T[] = [];
  for (const sharedId of closedRootsIn(tree.result as BidiNode)) {
    // The values come back as JSON text: BiDi's own serialization of objects is not plain JSON.
    const { result } = await send('script.callFunction', {
      target,
      functionDeclaration: `function (json) { return JSON.stringify((${fn}).apply(this, JSON.parse(json))); }`,
      this: { sharedId },
      arguments: [{ type: 'string', value: JSON.stringify(args) }],
      awaitPromise: false,
    });
    if (result.type === 'exception') throw new Error(`In a closed root: ${result.exceptionDetails?.text}`);
    values.push(...(JSON.parse(String((result.result as { value: string }).value)) as T[]));
  }
  return values;
}

interface BidiAnswer {
  result: { type: string; result?: unknown; exceptionDetails?: { text: string } };
}
