import type { ListEvidence } from '../domain/list-evidence';
import type { CountReading, ListKind, Platform, Row } from '../domain/types';
import type { Translatable } from '../i18n/translatable';

/** A list of followers or following that is open on the page, as the site renders it. */
export interface OpenList {
  /** The element whose disappearance means the list was closed. */
  container: Element;
  /** The element the user scrolls. */
  scroller: HTMLElement;
  /** Where the list's rows live, apart from anything the site shows after them ("Suggested for you"). */
  rows: Element;
}

/**
 * Everything the rest of the extension knows about a site, and the only code that reads its DOM.
 * Functions take the document or URL they read, so they are tested on small HTML fixtures.
 */
export interface SiteAdapter {
  platform: Platform;
  /** The account logged in on this page, from the site's navigation; null when logged out or not rendered yet. */
  loggedInUser(doc: Document): string | null;
  /** Whose profile the URL shows, if it is a profile or one of its list pages. */
  profileOwner(url: URL): string | null;
  /** Which list the URL itself names, when it does. */
  listFromUrl(url: URL): ListKind | null;
  /**
   * Which list a click on `target` is about to show, when it is a click on a profile's count or a list
   * dialog's tab (null: such a click, naming nothing the adapter can place); undefined for any other click.
   */
  listFromClick(target: Element, url: URL): ListEvidence | undefined;
  /** Which list an open list shows, from what the list itself says (its heading or tabs). */
  listFromOpenList(open: OpenList): ListEvidence;
  /** The site's window for a followers or following list, whether or not its rows can be read. */
  findListDialog(doc: Document): Element | null;
  /** Every list window shown right now: more than one, and no one of them can be told to be the list. */
  listDialogs(doc: Document): Element[];
  findOpenList(doc: Document): OpenList | null;
  /**
   * The rows rendered right now, each account once, suggestions excluded. An account `known` says was
   * read already comes back as its handle alone: a list re-renders its rows on every frame of a scroll,
   * and only the rows new to the capture are worth reading in full. With `within` (children of
   * `open.rows` that a render added or changed), only the rows inside those.
   */
  readRows(open: OpenList, known?: (handle: string) => boolean, within?: readonly Element[]): Row[];
  /** The link that names `handle` in a rendered row: where a marker goes. */
  rowLink(open: OpenList, handle: string): Element | null;
  /** True while the site is fetching the next page of the list. */
  isLoading(open: OpenList): boolean;
  headerCount(doc: Document, owner: string, list: ListKind): CountReading | null;
  /** The profile's name heading, once the profile header of `owner` has rendered: where the badge goes. */
  profileHeading(doc: Document, owner: string): Element | null;
  /** Why the site is not in a state to read from (rate limit, challenge, logged out), or null. */
  troubleSign(doc: Document, url: URL): Translatable | null;
}
