import type { CountReading, Landmark, ListKind, Platform } from '../domain/types';
import type { Translatable } from '../i18n/translatable';

/** What the in-page overlay shows: the capture of the open list, or why an open list is not read. */
export type OverlayView = CaptureView | RefusalView;

export interface RefusalView {
  platform: Platform;
  refusal: Translatable;
}

/** What the in-page overlay shows about the capture of the open list. */
export interface CaptureView {
  platform: Platform;
  list: ListKind;
  read: number;
  header: CountReading | null;
  /** The header's count when the capture started, when it has changed since. */
  headerMovedFrom?: CountReading;
  phase: 'reading' | 'ending' | 'finished';
  result?: { complete: boolean; endReached: boolean; read: number };
  assisting: boolean;
  /** The list's first rows were not read: it was already scrolled down when reading began. */
  startUnread?: boolean;
  assistNote?: Translatable;
  problem?: Translatable;
  /** The landmark the adapter's self-check did not find: the list can't be read, and nothing was recorded. */
  unreadable?: Landmark;
  /** A sign of trouble on the site right now (captcha, rate limit, logged out). */
  trouble?: Translatable;
}

export interface OverlayActions {
  toggleAssist(): void;
  dismiss(): void;
}
