import { parseCount, parseOgDescriptionCounts } from '../domain/count';
import { displayNameFrom } from '../domain/display-name';
import { instagramHandleFromHref } from '../domain/handle';
import { PLATFORM_NAMES } from '../domain/platforms';
import type { ListKind, Row } from '../domain/types';
import { translatable } from '../i18n/translatable';
import { headingNaming, matchingIn, scrollingElement } from './dom';
import type { SiteAdapter } from './site-adapter';
import { listNamedBy, saysLoading, troubleWordIn } from './site-words';

/**
 * Instagram, as SITES.md describes it. Class names are generated and change every few months, so
 * nothing here uses one: only roles, aria attributes, link shapes and structure.
 */

const LIST_PATH = /^\/([A-Za-z0-9._]{1,30})\/(followers|following)\/?$/;

/** SITES: Meta's loading state, seen as a progressbar and as an svg labelled "Loading..." (localized). */
const LOADING = '[data-visualcompletion="loading-state"], [role="progressbar"]';

export const instagram: SiteAdapter = {
  platform: 'instagram',

  loggedInUser(doc) {
    let fallback: string | null = null;
    for (const link of doc.querySelectorAll<HTMLAnchorElement>('nav a[href], [role="navigation"] a[href]')) {
      const handle = instagramHandleFromHref(link.getAttribute('href') ?? '');
      if (!handle) continue;
      // The profile entry carries the user's avatar; a text-only link is a weaker sign.
      if (link.querySelector('img')) return handle;
      fallback ??= handle;
    }
    return fallback;
  },

  profileOwner(url) {
    const listMatch = LIST_PATH.exec(url.pathname);
    if (listMatch) return instagramHandleFromHref(`/${listMatch[1]}/`);
    return instagramHandleFromHref(url.pathname);
  },

  listFromUrl(url) {
    return (LIST_PATH.exec(url.pathname)?.[2] as ListKind | undefined) ?? null;
  },

  listFromClick(target, url) {
    const href = target.closest('a[href]')?.getAttribute('href');
    if (!href) return undefined;
    const link = new URL(href, url);
    return (link.origin === url.origin && this.listFromUrl(link)) || undefined;
  },

  listFromOpenList(open) {
    const heading = open.container.querySelector('[role="heading"], h1, h2');
    return listNamedBy(heading?.textContent ?? '');
  },

  findListDialog(doc) {
    return this.listDialogs(doc)[0] ?? null;
  },

  listDialogs(doc) {
    return [...doc.querySelectorAll('div[role="dialog"]')].filter(
      (dialog) => !dialog.closest('[aria-hidden="true"]') && dialog.querySelector('input'),
    );
  },

  findOpenList(doc) {
    const dialog = this.findListDialog(doc);
    const scroller = dialog && findScroller(dialog, dialog.querySelector('input')!);
    const rows = scroller?.firstElementChild;
    return dialog && scroller && rows ? { container: dialog, scroller, rows } : null;
  },

  readRows(open, known, within) {
    // Each link's handle is parsed once per read; rows are then found by containment alone. A row
    // never reaches above a child of the list (rowOf), so a read within some children sees whole rows.
    const links: [Element, string][] = [];
    let last: { href: string; handle: string | null } | undefined;
    for (const link of within ? matchingIn(within, 'a[href]') : open.rows.querySelectorAll('a[href]')) {
      const href = link.getAttribute('href') ?? '';
      // A row's picture and name link to the same profile, one after the other: parsed once.
      if (last?.href !== href) last = { href, handle: instagramHandleFromHref(href) };
      if (last.handle) links.push([link, last.handle]);
    }
    const rows = new Map<string, Row>();
    for (const [link, handle] of links) {
      if (rows.get(handle)?.displayName !== undefined) continue;
      if (known?.(handle)) {
        rows.set(handle, { handle });
        continue;
      }
      const rowElement = rowOf(link, handle, open.rows, links);
      const row: Row = { handle };
      const displayName = displayNameIn(rowElement, handle);
      if (displayName) row.displayName = displayName;
      if (rowElement.querySelector('svg[aria-label="Verified"]')) row.verified = true;
      rows.set(handle, row);
    }
    return [...rows.values()];
  },

  rowLink(open, handle) {
    // The username link, not the avatar link beside it: the one with text.
    for (const link of open.rows.querySelectorAll('a[href]')) {
      if (link.textContent?.trim() && instagramHandleFromHref(link.getAttribute('href') ?? '') === handle)
        return link;
    }
    return null;
  },

  isLoading(open) {
    if (open.container.querySelector(LOADING)) return true;
    const doc = open.container.ownerDocument;
    return [...open.container.querySelectorAll('svg[aria-label]')].some((icon) =>
      saysLoading(doc, icon.getAttribute('aria-label') ?? ''),
    );
  },

  headerCount(doc, owner, list) {
    for (const link of doc.querySelectorAll<HTMLAnchorElement>(`a[href*="/${list}"]`)) {
      if (link.closest('[role="dialog"]')) continue;
      const target = new URL(
        link.getAttribute('href') ?? '',
        doc.location?.href ?? 'https://www.instagram.com/',
      );
      const named = LIST_PATH.exec(target.pathname);
      if (!named || named[1].toLowerCase() !== owner || named[2] !== list) continue;
      // The exact figure sits in a title attribute; the visible text is abbreviated ("12.3K").
      const titled = link.getAttribute('title') ?? link.querySelector('[title]')?.getAttribute('title');
      const reading = (titled ? parseCount(titled) : null) ?? parseCount(link.textContent ?? '');
      if (reading) return reading;
    }
    const og = doc.querySelector('meta[property="og:description"]')?.getAttribute('content');
    return og ? parseOgDescriptionCounts(og)[list] : null;
  },

  profileHeading(doc, owner) {
    return headingNaming(doc.querySelectorAll('header h1, header h2'), owner);
  },

  troubleSign(doc, url) {
    if (url.pathname.startsWith('/challenge/')) return translatable('troubleConfirmIdentity');
    if (url.pathname.startsWith('/accounts/login'))
      return translatable('troubleLoggedOut', { platform: PLATFORM_NAMES.instagram });
    for (const dialog of doc.querySelectorAll('div[role="dialog"]')) {
      if (dialog.closest('[aria-hidden="true"]')) continue;
      const sign = troubleWordIn(doc, dialog.textContent ?? '');
      if (sign)
        return translatable('troubleSiteSays', { platform: PLATFORM_NAMES.instagram, text: sign.found });
    }
    return null;
  },
};

/** SITES: a div in the dialog whose overflow-y is auto/scroll, not holding the search input, that really scrolls. */
function findScroller(dialog: Element, search: Element): HTMLElement | null {
  return scrollingElement(
    [...dialog.querySelectorAll<HTMLElement>('div')].filter((div) => !div.contains(search)),
  );
}

/** The largest ancestor of a profile link, below the list, that still holds no other account. */
function rowOf(link: Element, handle: string, list: Element, links: [Element, string][]): Element {
  let row = link;
  while (row.parentElement && row.parentElement !== list) {
    const parent = row.parentElement;
    if (links.some(([other, otherHandle]) => otherHandle !== handle && parent.contains(other))) break;
    row = parent;
  }
  return row;
}

const NOT_A_NAME = 'a, button, [role="button"]';

/** The row's own text outside links and buttons, which is where the display name sits. */
function displayNameIn(row: Element, handle: string): string | undefined {
  // What holds the whole row is looked at once, and each span only up to the row: a read runs on every
  // frame of a scroll, and a span's way up to the page's root is twenty elements long.
  if (row.closest(NOT_A_NAME)) return undefined;
  for (const span of row.querySelectorAll('span')) {
    if (insideBelow(span, row, NOT_A_NAME) || span.querySelector('span')) continue;
    const name = displayNameFrom(span.textContent ?? '');
    if (name && name !== '·' && name.toLowerCase() !== handle) return name;
  }
  return undefined;
}

/** `element` or one of its ancestors below `top` matches `selector`. */
function insideBelow(element: Element, top: Element, selector: string): boolean {
  for (let at: Element | null = element; at && at !== top; at = at.parentElement)
    if (at.matches(selector)) return true;
  return false;
}
