const TAG = 'follow-ledger-mark';

/**
 * Puts a small marker on a row of the site's own list. It lives in a shadow root inside the row's
 * link, takes no room (no size; the label overflows it) and lets clicks through, so the site's layout
 * and behaviour stay exactly as they were. The host is positioned relative, not absolute: an absolute
 * box whose containing block lies outside the list's scroller would stay where the row was before the
 * list scrolled. Marking an already marked row does nothing.
 */
export function markRow(link: Element, text: string): void {
  if (link.querySelector(TAG)) return;
  const doc = link.ownerDocument;
  const host = doc.createElement(TAG);
  // Inline styles win over any page rule that targets the tag.
  host.setAttribute(
    'style',
    'position:relative;width:0;height:0;overflow:visible;pointer-events:none;display:inline-block;vertical-align:top',
  );
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = `
    span { position: absolute; left: 6px; top: 0; white-space: nowrap; font: 600 11px/1.5 system-ui, sans-serif;
      padding: 0 6px; border-radius: 999px; background: #fff1db; color: #7a4100; border: 1px solid #f0c58a; }
    @media (prefers-color-scheme: dark) { span { background: #3a2a12; color: #f4c27d; border-color: #6b4d1f; } }`;
  const label = doc.createElement('span');
  label.textContent = text;
  shadow.append(style, label);
  link.append(host);
}
