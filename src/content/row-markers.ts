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
