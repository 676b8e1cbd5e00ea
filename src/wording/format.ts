import type { CountReading, Landmark, ListKind, Platform } from '../domain/types';
import { formatCount, uiLocale } from '../i18n/locale';
import type { MessageKey } from '../i18n/translatable';
import { t } from '../i18n/translate';

export { formatCount };

// Made on first use: the UI language is known only once the extension's APIs are there.
let days: Intl.DateTimeFormat | undefined;
let moments: Intl.DateTimeFormat | undefined;
let megabytes: Intl.NumberFormat | undefined;
let lists: Intl.ListFormat | undefined;

/** "340 of 1,234", or "340 of about 12,300" when the header was abbreviated, or "340" without one. */
export function formatCoverage(read: number, header: CountReading | null): string {
  if (!header) return formatCount(read);
  return t(header.unit > 1 ? 'coverageOfAbout' : 'coverageOf', { read, total: header.value });
}

/** The list's own name: "Followers", "Following". */
export function listTitle(list: ListKind): string {
  return t(list === 'followers' ? 'listFollowers' : 'listFollowing');
}

/** A change's window: "between Nov 2 and Nov 4", or "on Nov 4" when both ends fall on one day. */
export function formatWindow(after: number, before: number): string {
  const from = formatDay(after);
  const to = formatDay(before);
  return from === to ? t('windowOn', { day: to }) : t('windowBetween', { from, to });
}

export function formatDay(time: number): string {
  return (days ??= new Intl.DateTimeFormat(uiLocale(), { month: 'short', day: 'numeric' })).format(time);
}

export function formatMoment(time: number): string {
  return (moments ??= new Intl.DateTimeFormat(uiLocale(), {
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  })).format(time);
}

/** Storage sizes: "1.25 MB". */
export function formatMegabytes(bytes: number): string {
  megabytes ??= new Intl.NumberFormat(uiLocale(), {
    style: 'unit',
    unit: 'megabyte',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  return megabytes.format(bytes / 1024 / 1024);
}

/** Counted things side by side: "6 followers, 4 following". */
export function formatList(items: string[]): string {
  return (lists ??= new Intl.ListFormat(uiLocale(), { type: 'unit', style: 'short' })).format(items);
}

/**
 * Why a list that ended before its header count is only partial, and what to do. TikTok's web list
 * stops near 5,000 accounts: only its data download has the rest.
 */
export function earlyEndAdvice(
  platform: Platform,
  list: ListKind,
  read: number,
  header: CountReading | null,
): string {
  if (platform === 'tiktok') {
    return t(list === 'followers' ? 'earlyEndTikTokFollowers' : 'earlyEndTikTokFollowing', {
      coverage: formatCoverage(read, header),
    });
  }
  return t('earlyEndInstagram');
}

const LANDMARK_NAMES = {
  list: { followers: 'landmarkList', following: 'landmarkList' },
  'scroll area': { followers: 'landmarkScrollArea', following: 'landmarkScrollArea' },
  rows: { followers: 'landmarkRows', following: 'landmarkRows' },
  count: { followers: 'landmarkCountFollowers', following: 'landmarkCountFollowing' },
} as const satisfies Record<Landmark, Record<ListKind, MessageKey>>;

/** What the overlay and the popup say when the adapter's self-check finds a landmark missing. */
export function unreadableText(list: ListKind, landmark: Landmark): string {
  return t('unreadableList', { landmark: t(LANDMARK_NAMES[landmark][list]) });
}
