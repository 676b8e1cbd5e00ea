import type { Row } from '../domain/types';
import { t } from '../i18n/translate';
import type { OpenList, SiteAdapter } from '../platforms/site-adapter';
import { randomElementName } from './hidden-host';

/** Each link marked, with its marker: a marker has no fixed name to find it by, so the script remembers it. */
const marked = new WeakMap<Element, Element>();

/**
 * Puts a small marker on a row of the site's own list. It lives in a closed shadow root inside the
 * row's link, takes no room (no size; the label overflows it) and lets clicks through, so the site's
 * layout and behaviour stay exactly as they were. Its host has a random name and no attribute: its
 * box is set by `:host` rules marked important, which beat any page rule in the cascade. The host is
 * positioned relative, not absolute: an absolute box whose containing block lies outside the list's
 * scroller would stay where the row was before the list scrolled. Marking an already marked row does
 * nothing.
 */
export function markRow(link: Element, text: string): void {
  if (marked.get(link)?.parentNode === link) return;
  const doc = link.ownerDocument;
  const host = doc.createElement(randomElementName());
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = `
    :host { all: initial !important; position: relative !important; width: 0 !important; height: 0 !important;
      overflow: visible !important; pointer-events: none !important; display: inline-block !important;
      vertical-align: top !important; }
    span { position: absolute; left: 6px; top: 0; white-space: nowrap; font: 600 11px/1.5 system-ui, sans-serif;
      padding: 0 6px; border-radius: 999px; background: #fff1db; color: #7a4100; border: 1px solid #f0c58a; }
    @media (prefers-color-scheme: dark) { span { background: #3a2a12; color: #f4c27d; border-color: #6b4d1f; } }`;
  const label = doc.createElement('span');
  label.textContent = text;
  shadow.append(style, label);
  link.append(host);
  marked.set(link, host);
}

/** On the following list: the rows asked about, and those the ledger says don't follow back. */
export interface NotFollowerMarkers {
  /** Marks these rendered rows, and asks about those not asked before. */
  mark(open: OpenList, rows: Row[]): void;
}

/**
 * Marks the rendered rows of accounts that don't follow back, asking the background about rows not
 * seen before. Rows are re-rendered as the list scrolls, so markers are put back on every pass.
 */
export function createNotFollowerMarkers(
  adapter: SiteAdapter,
  /** Which of these accounts are not the owner's followers; null while the followers were never captured. */
  ask: (handles: string[]) => Promise<string[] | null>,
  onAnswer: () => void,
): NotFollowerMarkers {
  const asked = new Set<string>();
  const notFollowers = new Set<string>();
  let asking = false;
  let unavailable = false;
  return {
    mark(open, rows) {
      if (unavailable) return;
      for (const row of rows) {
        if (!notFollowers.has(row.handle)) continue;
        const link = adapter.rowLink(open, row.handle);
        if (link) markRow(link, t('markerNotFollowingBack'));
      }
      const unasked = rows.map((row) => row.handle).filter((handle) => !asked.has(handle));
      if (asking || unasked.length === 0) return;
      asking = true;
      for (const handle of unasked) asked.add(handle);
      ask(unasked).then(
        (answer) => {
          asking = false;
          if (answer === null) unavailable = true;
          else for (const handle of answer) notFollowers.add(handle);
          onAnswer();
        },
        // Without an answer there are no markers; the capture itself does not depend on them.
        () => (asking = false),
      );
    },
  };
}
