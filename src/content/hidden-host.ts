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
