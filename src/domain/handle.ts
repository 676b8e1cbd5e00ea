import { PLATFORM_ORIGINS } from './platforms';
import type { Platform } from './types';

/** First path segments of Instagram's own pages: links to them are not profiles. */
export const INSTAGRAM_RESERVED_PATHS: ReadonlySet<string> = new Set([
  'about',
  'accounts',
  'ajax',
  'api',
  'challenge',
  'data',
  'developer',
  'direct',
  'directory',
  'emails',
  'explore',
  'graphql',
  'legal',
  'locations',
  'nametag',
  'oauth',
  'p',
  'press',
  'privacy',
  'reel',
  'reels',
  'session',
  'static',
  'stories',
  'terms',
  'topics',
  'tv',
  'web',
  'your_activity',
]);

const HANDLE: Record<Platform, RegExp> = {
  instagram: /^[A-Za-z0-9._]{1,30}$/,
  tiktok: /^[A-Za-z0-9._]{2,24}$/,
};

const PROFILE_PATH: Record<Platform, RegExp> = {
  instagram: /^\/([^/]+)\/?$/,
  tiktok: /^\/@([^/]+)\/?$/,
};

/** Hosts a pasted profile link may name; links read from the page itself must be on the exact origin. */
const PASTED_HOSTS: Record<Platform, ReadonlySet<string>> = {
  instagram: new Set(['www.instagram.com', 'instagram.com', 'm.instagram.com']),
  tiktok: new Set(['www.tiktok.com', 'tiktok.com', 'm.tiktok.com']),
};

/** Marks that copy-paste and RTL pages slip into names; they are never part of one. */
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;

/**
 * The handle in a name, "@name" or profile link, lower case; null when it cannot be a handle of
 * `platform`. Look-alike letters are rejected, never folded to ASCII.
 */
export function normalizeHandle(platform: Platform, input: string): string | null {
  const text = input.replace(INVISIBLE, '').trim();
  if (!text.includes('/')) return validHandle(platform, text.replace(/^@/, ''));
  // Pasted links often lack the scheme: "instagram.com/alice".
  const url = parseUrl(/^(?:[a-z][a-z0-9+.-]*:|\/)/i.test(text) ? text : `https://${text}`, platform);
  if (!url || !/^https?:$/.test(url.protocol) || !PASTED_HOSTS[platform].has(url.hostname)) return null;
  // Instagram's data download links to accounts as /_u/<name>.
  const path = platform === 'instagram' ? url.pathname.replace(/^\/_u(?=\/.)/, '') : url.pathname;
  return handleFromPath(platform, path);
}

/** The handle a profile link on www.instagram.com points to (`/alice/`, `/alice/?hl=de`), else null. */
export function instagramHandleFromHref(href: string): string | null {
  return handleFromHref('instagram', href);
}

/** The handle a profile link on www.tiktok.com points to (`/@alice`), else null. */
export function tiktokHandleFromHref(href: string): string | null {
  return handleFromHref('tiktok', href);
}

/** Expects a normalized handle. */
export function profileUrl(platform: Platform, handle: string): string {
  return platform === 'instagram'
    ? `${PLATFORM_ORIGINS.instagram}/${handle}/`
    : `${PLATFORM_ORIGINS.tiktok}/@${handle}`;
}

/**
 * Parsed hrefs, remembered: a scrolled list renders the same few thousand links again and again, and
 * parsing a URL was the largest part of the content script's time on the page. Bounded, as a long
 * session browses many pages.
 */
const parsedHrefs: Record<Platform, Map<string, string | null>> = { instagram: new Map(), tiktok: new Map() };
const PARSED_HREFS_KEPT = 20_000;

/**
 * An href that is a bare path of one segment of handle letters ("/alice/", "/@alice"): resolved against
 * the origin, its path is itself, so it needs no URL parse. Every row of a list brings one.
 */
const BARE_PROFILE_PATH: Record<Platform, RegExp> = {
  instagram: /^\/[A-Za-z0-9._]+\/?$/,
  tiktok: /^\/@[A-Za-z0-9._]+\/?$/,
};

function handleFromHref(platform: Platform, href: string): string | null {
  const parsed = parsedHrefs[platform];
  const known = parsed.get(href);
  if (known !== undefined) return known;
  let handle: string | null;
  if (BARE_PROFILE_PATH[platform].test(href)) handle = handleFromPath(platform, href);
  else {
    const url = parseUrl(href, platform);
    handle = url?.origin === PLATFORM_ORIGINS[platform] ? handleFromPath(platform, url.pathname) : null;
  }
  if (parsed.size >= PARSED_HREFS_KEPT) parsed.clear();
  parsed.set(href, handle);
  return handle;
}

function handleFromPath(platform: Platform, pathname: string): string | null {
  const match = PROFILE_PATH[platform].exec(pathname);
  return match ? validHandle(platform, match[1]) : null;
}

function validHandle(platform: Platform, candidate: string): string | null {
  // Checked before lower-casing, which would turn look-alikes such as the Kelvin sign into ASCII.
  // A name of dots only would be a "." or ".." path segment.
  if (!HANDLE[platform].test(candidate) || /^\.+$/.test(candidate)) return null;
  const handle = candidate.toLowerCase();
  return platform === 'instagram' && INSTAGRAM_RESERVED_PATHS.has(handle) ? null : handle;
}

function parseUrl(text: string, platform: Platform): URL | null {
  try {
    return new URL(text, PLATFORM_ORIGINS[platform]);
  } catch {
    return null;
  }
}
