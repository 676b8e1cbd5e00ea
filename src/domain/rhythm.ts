import type { ListKind } from './types';

/** How often the person wants to capture their lists: the toolbar reminds them when a list is older. */
export type Rhythm = 'daily' | 'weekly' | 'off';
export const RHYTHMS: readonly Rhythm[] = ['daily', 'weekly', 'off'];
export const DEFAULT_RHYTHM: Rhythm = 'weekly';

const DAY_MS = 86_400_000;
const PERIOD_MS: Record<Exclude<Rhythm, 'off'>, number> = { daily: DAY_MS, weekly: 7 * DAY_MS };

/** A list whose last complete capture is older than the rhythm; `days` is null when none was ever complete. */
export interface DueList {
  list: ListKind;
  lastCompleteAt: number | null;
  days: number | null;
}

/**
 * The lists to remind about. Only complete captures count: a partial one proves no absence, so a
 * ledger kept by partial captures alone keeps asking for a whole read.
 */
export function dueLists(
  rhythm: Rhythm,
  lastComplete: Readonly<Record<ListKind, number | null>>,
  now: number,
): DueList[] {
  if (rhythm === 'off') return [];
  const due: DueList[] = [];
  for (const list of ['followers', 'following'] as const) {
    const at = lastComplete[list];
    if (at !== null && now - at <= PERIOD_MS[rhythm]) continue;
    due.push({ list, lastCompleteAt: at, days: at === null ? null : Math.floor((now - at) / DAY_MS) });
  }
  return due;
}

/** The toolbar's badge text: the unseen changes (capped to fit), and "!" when a capture is due. */
export function badgeText(unseen: number, due: boolean): string {
  const count = unseen <= 0 ? '' : unseen > 99 ? '99+' : String(unseen);
  return due ? `${count}!` : count;
}
