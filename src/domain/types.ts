/** Vocabulary shared by every layer. Pure types: no browser API. */

export type Platform = 'instagram' | 'tiktok';
export const PLATFORMS: readonly Platform[] = ['instagram', 'tiktok'];

/** Which of the tracked account's two lists: its followers (F) or the accounts it follows (G). */
export type ListKind = 'followers' | 'following';
export const LIST_KINDS: readonly ListKind[] = ['followers', 'following'];

/** One account as read from a row of a list. `handle` is always normalized. */
export interface Row {
  handle: string;
  displayName?: string;
  verified?: boolean;
  /** When they started following (or were followed), where a data download says so. Epoch ms. */
  since?: number;
}

/**
 * A number read from a header. `unit` is how coarse the text was: 1 for an exact figure ("12,345"),
 * 100 for "12.3K", 100,000 for "1,2 M". The real count lies within value ± unit / 2.
 */
export interface CountReading {
  value: number;
  unit: number;
}

/**
 * The parts of a site's page an adapter reads a list by, in the order they are looked for: the list's
 * window, its scroll area, the accounts in it, and the list's count in the profile header.
 */
export type Landmark = 'list' | 'scroll area' | 'rows' | 'count';
export const LANDMARKS: readonly Landmark[] = ['list', 'scroll area', 'rows', 'count'];
