import { parseCount } from '../domain/count';
import { displayNameFrom } from '../domain/display-name';
import { tiktokHandleFromHref } from '../domain/handle';
import { lookupTable } from '../domain/lookup';
import { PLATFORM_NAMES } from '../domain/platforms';
import type { CountReading, ListKind, Row } from '../domain/types';
import { translatable } from '../i18n/translatable';
import { headingNaming, matchingIn, scrollingElement } from './dom';
import type { SiteAdapter } from './site-adapter';
import { troubleWordIn } from './site-words';
import { rehydratedCount } from './tiktok-rehydration';
import { activeTab, tabAt, tabNames, tabsOf } from './tiktok-tabs';

/**
 * TikTok, as SITES.md describes it: `data-e2e` hooks first; the class-name fragments used here
 * ("DivUserListContainer", "SpanNickname") are the stable component names inside TikTok's generated
 * classes, and each has a structural fallback.
 */

/** SITES: the hooked dialog, or (a variant) an unhooked modal section in TikTok's portal. */
const DIALOGS = [
  'div[role="dialog"][data-e2e="follow-info-popup"]',
  '#tux-portal-container section[role="dialog"][aria-modal="true"]',
].join(', ');
/** SITES: the profile link is the hooked element, or sits inside it (nav-profile or profile-icon). */
const NAV_PROFILE = '[data-e2e="nav-profile"], [data-e2e="profile-icon"]';
const LOADING = '[role="progressbar"], [data-e2e="follow-list-loading"], [class*="DivLoadingContainer"]';

const VERIFIED = '[data-e2e*="verify"], svg[class*="Verify"], svg[aria-label^="Verified"]';
const COUNT = 'strong[data-e2e="followers-count"], strong[data-e2e="following-count"]';
const LIST_BY_COUNT_HOOK = lookupTable<ListKind>({
  'followers-count': 'followers',
  'following-count': 'following',
});

export const tiktok: SiteAdapter = {
  platform: 'tiktok',

  loggedInUser(doc) {
    for (const hook of doc.querySelectorAll(NAV_PROFILE)) {
      const link = hook.closest('a[href]') ?? hook.querySelector('a[href]');
      const handle = link ? tiktokHandleFromHref(link.getAttribute('href') ?? '') : null;
      if (handle) return handle;
    }
    return null;
  },

  profileOwner(url) {
    return tiktokHandleFromHref(url.pathname);
  },

  // TikTok's lists have no URL of their own: they open over the profile.
  listFromUrl() {
    return null;
  },

  listFromClick(target) {
    const dialog = target.closest(DIALOGS);
    if (dialog) {
      const tab = tabAt(target, dialog);
      return tab ? tabNames(tab, tabsOf(dialog)) : undefined;
    }
    // Walk up from the click to the nearest element holding exactly one count: the count that was clicked.
    let element: Element | null = target;
    for (let depth = 0; element && depth < 4; depth++, element = element.parentElement) {
      const counts = element.matches(COUNT) ? [element] : [...element.querySelectorAll(COUNT)];
      if (counts.length > 1) return undefined;
      if (counts.length === 1) return LIST_BY_COUNT_HOOK(counts[0].getAttribute('data-e2e') ?? '') ?? null;
    }
    return undefined;
  },

  listFromOpenList(open) {
    const tabs = tabsOf(open.container);
    const active = activeTab(tabs);
    return active === 'conflict' ? 'conflict' : active ? tabNames(active, tabs) : null;
  },

  findListDialog(doc) {
    return this.listDialogs(doc)[0] ?? null;
  },

  listDialogs(doc) {
    // An unhooked modal is the list's only when it has the list's tabs (the login modal has none).
    return [...doc.querySelectorAll(DIALOGS)].filter(
      (dialog) =>
        !dialog.closest('[aria-hidden="true"]') &&
        (dialog.matches('[data-e2e="follow-info-popup"]') || tabsOf(dialog).length > 0),
    );
  },

  findOpenList(doc) {
    const dialog = this.findListDialog(doc);
    if (!dialog) return null;
    const scroller =
      scrollingElement(dialog.querySelectorAll<HTMLElement>('div[class*="DivUserListContainer"]')) ??
      scrollingElement(
        [...dialog.querySelectorAll<HTMLElement>('div')].filter((div) =>
          div.querySelector('li a[href^="/@"]'),
        ),
      );
    return scroller ? { container: dialog, scroller, rows: scroller } : null;
  },

  readRows(open, known, within) {
    const rows = new Map<string, Row>();
    for (const item of within ? matchingIn(within, 'li') : open.rows.querySelectorAll('li')) {
      const link = item.querySelector('a[href^="/@"]');
      const handle = link ? tiktokHandleFromHref(link.getAttribute('href') ?? '') : null;
      if (!handle || rows.has(handle)) continue;
      const row: Row = { handle };
      if (known?.(handle)) {
        rows.set(handle, row);
        continue;
      }
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
    return open.container.querySelector(LOADING) !== null;
  },

  headerCount(doc, owner, list) {
    return rehydratedCount(doc, owner, list) ?? shownCount(doc, list);
  },

  // SITES: sources disagree whether h1 or h2 holds the handle, so whichever says it.
  profileHeading(doc, owner) {
    return headingNaming(doc.querySelectorAll('h1, h2'), owner);
  },

  troubleSign(doc) {
    if (doc.querySelector('[data-e2e="top-login-button"]') && !this.loggedInUser(doc)) {
      return translatable('troubleLoggedOut', { platform: PLATFORM_NAMES.tiktok });
    }
    for (const element of doc.querySelectorAll('[id*="captcha"], [class*="captcha"]')) {
      if (isVisible(element)) return translatable('troubleCaptcha');
    }
    // Rows are people's own words: a sign counts only in a dialog that shows none.
    for (const dialog of this.listDialogs(doc)) {
      if (dialog.querySelector('li a[href^="/@"]')) continue;
      const sign = troubleWordIn(doc, dialog.textContent ?? '');
      if (sign?.kind === 'private') return translatable('troublePrivateList');
      if (sign) return translatable('troubleSiteSays', { platform: PLATFORM_NAMES.tiktok, text: sign.found });
    }
    return null;
  },
};

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
