import { parseCount } from '../domain/count';
import { displayNameFrom } from '../domain/display-name';
import { tiktokHandleFromHref } from '../domain/handle';
import { lookupTable } from '../domain/lookup';
import { PLATFORM_NAMES } from '../domain/platforms';
import type { CountReading, ListKind, Row } from '../domain/types';
import { translatable } from '../i18n/translatable';
import { headingNaming, isScrollable } from './dom';
import type { SiteAdapter } from './site-adapter';

/**
 * TikTok, as SITES.md describes it: `data-e2e` hooks first; the class-name fragments used here
 * ("DivUserListContainer", "SpanNickname") are the stable component names inside TikTok's generated
 * classes, and each has a structural fallback.
 */

const DIALOG = 'div[role="dialog"][data-e2e="follow-info-popup"]';

/** Tab labels that name a list, in the languages seen most; tab order is the fallback. */
const TAB_LABELS = lookupTable<ListKind>({
  following: 'following',
  followers: 'followers',
  siguiendo: 'following',
  seguidores: 'followers',
  seguindo: 'following',
  abonnements: 'following',
  abonnés: 'followers',
  gefolgt: 'following',
  follower: 'followers',
});
const TAB_ORDER: ListKind[] = ['following', 'followers'];

const VERIFIED = '[data-e2e*="verify"], svg[class*="Verify"], svg[aria-label^="Verified"]';
const COUNT = 'strong[data-e2e="followers-count"], strong[data-e2e="following-count"]';
const LIST_BY_COUNT_HOOK = lookupTable<ListKind>({
  'followers-count': 'followers',
  'following-count': 'following',
});

export const tiktok: SiteAdapter = {
  platform: 'tiktok',

  loggedInUser(doc) {
    const link = doc.querySelector('a[data-e2e="nav-profile"]');
    return link ? tiktokHandleFromHref(link.getAttribute('href') ?? '') : null;
  },

  profileOwner(url) {
    return tiktokHandleFromHref(url.pathname);
  },

  // TikTok's lists have no URL of their own: they open over the profile.
  listFromUrl() {
    return null;
  },

  listFromClick(target) {
    // Walk up from the click to the nearest element holding exactly one count: the count that was clicked.
    let element: Element | null = target;
    for (let depth = 0; element && depth < 4; depth++, element = element.parentElement) {
      const counts = element.matches(COUNT) ? [element] : [...element.querySelectorAll(COUNT)];
      if (counts.length > 1) return null;
      if (counts.length === 1) return LIST_BY_COUNT_HOOK(counts[0].getAttribute('data-e2e') ?? '') ?? null;
    }
    return null;
  },

  listFromOpenList(open) {
    const tabs = [...open.container.querySelectorAll('[role="tab"]')];
    const selected = tabs.find((tab) => tab.getAttribute('aria-selected') === 'true');
    if (!selected) return null;
    const label = [...selected.childNodes]
      .filter((node) => node.nodeType === 3 || (node as Element).tagName !== 'STRONG')
      .map((node) => node.textContent ?? '')
      .join(' ')
      .trim()
      .toLowerCase();
    return TAB_LABELS(label) ?? TAB_ORDER[tabs.indexOf(selected)] ?? null;
  },

  findListDialog(doc) {
    const dialog = doc.querySelector(DIALOG);
    return dialog && !dialog.closest('[aria-hidden="true"]') ? dialog : null;
  },

  findOpenList(doc) {
    const dialog = this.findListDialog(doc);
    if (!dialog) return null;
    const scroller =
      dialog.querySelector<HTMLElement>('div[class*="DivUserListContainer"]') ??
      [...dialog.querySelectorAll<HTMLElement>('div')].find(
        (div) => div.querySelector('li a[href^="/@"]') && isScrollable(div),
      ) ??
      null;
    return scroller ? { container: dialog, scroller, rows: scroller } : null;
  },

  readRows(open) {
    const rows = new Map<string, Row>();
    for (const item of open.rows.querySelectorAll('li')) {
      const link = item.querySelector('a[href^="/@"]');
      const handle = link ? tiktokHandleFromHref(link.getAttribute('href') ?? '') : null;
      if (!handle || rows.has(handle)) continue;
      const row: Row = { handle };
      const nickname = displayNameFrom(item.querySelector('[class*="SpanNickname"]')?.textContent ?? '');
      if (nickname) row.displayName = nickname;
      if (item.querySelector(VERIFIED)) row.verified = true;
      rows.set(handle, row);
    }
    return [...rows.values()];
  },

  rowLink(open, handle) {
    for (const link of open.rows.querySelectorAll('li a[href^="/@"]')) {
      if (tiktokHandleFromHref(link.getAttribute('href') ?? '') === handle) return link;
    }
    return null;
  },

  isLoading(open) {
    return open.container.querySelector('[role="progressbar"], [data-e2e="follow-list-loading"]') !== null;
  },

  headerCount(doc, owner, list) {
    return rehydratedCount(doc, owner, list) ?? shownCount(doc, list);
  },

  // SITES: sources disagree whether h1 or h2 holds the handle, so whichever says it.
  profileHeading(doc, owner) {
    return headingNaming(doc.querySelectorAll('h1, h2'), owner);
  },

  troubleSign(doc) {
    if (
      doc.querySelector('[data-e2e="top-login-button"]') &&
      !doc.querySelector('a[data-e2e="nav-profile"]')
    ) {
      return translatable('troubleLoggedOut', { platform: PLATFORM_NAMES.tiktok });
    }
    for (const element of doc.querySelectorAll('[id*="captcha"], [class*="captcha"]')) {
      if (isVisible(element)) return translatable('troubleCaptcha');
    }
    const dialog = doc.querySelector(DIALOG);
    if (dialog && /list is private/i.test(dialog.textContent ?? ''))
      return translatable('troublePrivateList');
    return null;
  },
};

/**
 * The exact counts in the page's rehydration JSON, but only if they belong to `owner`: the JSON is
 * written at page load and is stale after the site navigates to another profile without a reload.
 */
function rehydratedCount(doc: Document, owner: string, list: ListKind): CountReading | null {
  const script = doc.querySelector('script#__UNIVERSAL_DATA_FOR_REHYDRATION__');
  if (!script?.textContent) return null;
  let data: unknown;
  try {
    data = JSON.parse(script.textContent);
  } catch {
    return null;
  }
  const userInfo = findUserInfo(data, owner);
  const value = userInfo?.stats?.[list === 'followers' ? 'followerCount' : 'followingCount'];
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? { value, unit: 1 } : null;
}

interface UserInfo {
  user?: { uniqueId?: unknown };
  stats?: Record<string, unknown>;
}

function findUserInfo(node: unknown, owner: string, depth = 0): UserInfo | null {
  if (!node || typeof node !== 'object' || depth > 8) return null;
  const candidate = node as UserInfo;
  if (
    typeof candidate.user?.uniqueId === 'string' &&
    candidate.user.uniqueId.toLowerCase() === owner &&
    candidate.stats
  ) {
    return candidate;
  }
  for (const child of Object.values(node)) {
    const found = findUserInfo(child, owner, depth + 1);
    if (found) return found;
  }
  return null;
}

function shownCount(doc: Document, list: ListKind): CountReading | null {
  const strong = doc.querySelector(`strong[data-e2e="${list}-count"]`);
  return strong ? parseCount(strong.textContent ?? '') : null;
}

/** Hidden captcha containers exist on normal pages: only a rendered one is a captcha. */
function isVisible(element: Element): boolean {
  const view = element.ownerDocument.defaultView;
  if (!view) return false;
  for (let current: Element | null = element; current; current = current.parentElement) {
    const style = view.getComputedStyle(current);
    if (style.display === 'none' || style.visibility === 'hidden') return false;
  }
  return true;
}
