/**
 * The elements Follow Ledger puts in a site's page. The site's own scripts run in the same document:
 * a closed shadow root keeps them from reading what is inside (an open one hands it over through
 * `host.shadowRoot`), and a name made up on each page load, with no class, id or attribute, gives
 * them nothing fixed to look for.
 */

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** A valid custom element name no other page load shares: two runs of random lower-case letters. */
export function randomElementName(random: () => number = Math.random): string {
  const word = () =>
    Array.from({ length: 4 + Math.floor(random() * 5) }, () => LETTERS[Math.floor(random() * 26)]).join('');
  return `${word()}-${word()}`;
}

/**
 * Calls `handler` only for events the browser made from the person's own input. A site's script can
 * build a click or a key press and dispatch it; those arrive with `isTrusted` false and do nothing.
 */
export function onlyTrusted<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    if (event.isTrusted) handler(event);
  };
}

export interface HiddenUi {
  /** The element placed in the page: a random custom element name, nothing inside it reachable. */
  host: HTMLElement;
  /** What Preact renders into, inside the closed root. */
  container: HTMLElement;
}

/**
 * A closed shadow root under a random name, with its styles inline and the site's inherited styles
 * reset. Keys typed inside can be kept from the site's own key handlers (`isolateKeys`), so a
 * shortcut of the site never fires while the person types in one of ours. Built by hand rather than
 * with WXT's shadow-root UI, whose anchoring and auto-mount code the content script paid for unused.
 */
export function hiddenUi(css: string, isolateKeys = false): HiddenUi {
  const host = document.createElement(randomElementName());
  const shadow = host.attachShadow({ mode: 'closed' });
  const html = document.createElement('html');
  const head = document.createElement('head');
  const style = document.createElement('style');
  style.textContent = `:host{all:initial !important;}\n${css}`;
  const container = document.createElement('body');
  if (isolateKeys)
    for (const type of ['keydown', 'keyup', 'keypress'])
      container.addEventListener(type, (event) => event.stopPropagation());
  head.append(style);
  html.append(head, container);
  shadow.append(html);
  return { host, container };
}
