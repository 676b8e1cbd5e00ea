import type { CountReading, ListKind } from '../domain/types';

/** What the in-page overlay shows about the capture of the open list. */
export interface OverlayView {
  list: ListKind;
  read: number;
  header: CountReading | null;
  phase: 'reading' | 'ending' | 'finished';
  result?: { complete: boolean; endReached: boolean; read: number };
  assisting: boolean;
  assistNote?: string;
  problem?: string;
}

export interface OverlayActions {
  toggleAssist(): void;
  dismiss(): void;
}
