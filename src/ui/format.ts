import type { CountReading, Landmark, ListKind, Platform } from '../domain/types';

const numbers = new Intl.NumberFormat(undefined);
const days = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' });
const moments = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' });

export function formatCount(value: number): string {
  return numbers.format(value);
}

/** "340 of 1,234", or "340 of about 12,300" when the header was abbreviated, or "340 read" without one. */
export function formatCoverage(read: number, header: CountReading | null): string {
  if (!header) return `${formatCount(read)} read`;
  return `${formatCount(read)} of ${header.unit > 1 ? 'about ' : ''}${formatCount(header.value)}`;
}

export const LIST_LABEL: Record<ListKind, string> = { followers: 'followers', following: 'following' };

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A change's window: "between Nov 2 and Nov 4", or "on Nov 4" when both ends fall on one day. */
export function formatWindow(after: number, before: number): string {
  const from = days.format(after);
  const to = days.format(before);
  return from === to ? `on ${to}` : `between ${from} and ${to}`;
}

export function formatDay(time: number): string {
  return days.format(time);
}

export function formatMoment(time: number): string {
  return moments.format(time);
}

/**
 * Why a list that ended before its header count is only partial, and what to do. TikTok's web list
 * stops near 5,000 accounts: only its data download has the rest.
 */
export function earlyEndAdvice(platform: Platform, list: ListKind, read: number, header: CountReading | null): string {
  if (platform === 'tiktok') {
    return `TikTok showed ${formatCoverage(read, header)} ${LIST_LABEL[list]}: import your TikTok data download for the full list.`;
  }
  return 'The list ended before the header count: nobody is counted as lost from it.';
}

const LANDMARK_NAMES: Record<Landmark, (list: ListKind) => string> = {
  list: () => "the list's window",
  'scroll area': () => "the list's scroll area",
  rows: () => 'the accounts in the list',
  count: (list) => `the ${LIST_LABEL[list]} count`,
};

/** What the overlay and the popup say when the adapter's self-check finds a landmark missing. */
export function unreadableText(list: ListKind, landmark: Landmark): string {
  return `Follow Ledger can't read this list right now. It did not find ${LANDMARK_NAMES[landmark](list)} where it expects it (the site may have changed), so nothing was recorded.`;
}
