import type { CaptureSession } from '../domain/capture';
import { type HeaderTrack, movedFrom, trackHeader } from '../domain/header-track';
import type { CountReading, Landmark, Row } from '../domain/types';
import type { Translatable } from '../i18n/translatable';
import type { OpenList } from '../platforms/site-adapter';
import type { CaptureView } from './overlay-view';

/** One reading of one open list, from its first row to its end, as the capture controller keeps it. */
export interface Session {
  capture: CaptureSession;
  open: OpenList;
  seen: Set<string>;
  pending: Row[];
  seq: number;
  header: HeaderTrack;
  headerReadAt: number;
  phase: 'reading' | 'ending' | 'finished';
  startedAt: number;
  /** Every landmark was found where the adapter expects it: until then nothing is sent. */
  verified: boolean;
  /** The landmark the self-check did not find: this list can't be read, and nothing of it was recorded. */
  unreadable?: Landmark;
  result?: { complete: boolean; endReached: boolean; read: number };
  lastNewRowAt: number;
  assist?: { stop(): void };
  assistNote?: Translatable;
  problem?: Translatable;
  /** While the site shows a sign of trouble, a list that stops loading has not reached its end. */
  trouble?: Translatable;
  /** On the following list: rows already asked about, and those the ledger says don't follow back. */
  markers?: { asked: Set<string>; notFollowers: Set<string>; asking: boolean; unavailable: boolean };
}

export function newSession(capture: CaptureSession, open: OpenList, header: CountReading | null): Session {
  const now = Date.now();
  const session: Session = {
    capture,
    open,
    seen: new Set(),
    pending: [],
    seq: 0,
    header: trackHeader({ first: null, now: null }, header),
    headerReadAt: now,
    phase: 'reading',
    startedAt: now,
    verified: false,
    lastNewRowAt: now,
  };
  if (capture.list === 'following')
    session.markers = { asked: new Set(), notFollowers: new Set(), asking: false, unavailable: false };
  return session;
}

/** What the overlay shows of a session. */
export function sessionView(current: Session): CaptureView {
  return {
    platform: current.capture.platform,
    list: current.capture.list,
    read: current.seen.size,
    header: current.header.now,
    headerMovedFrom: movedFrom(current.header),
    phase: current.phase,
    result: current.result,
    assisting: current.assist !== undefined,
    assistNote: current.assistNote,
    problem: current.problem,
    unreadable: current.unreadable,
    trouble: current.trouble,
  };
}

/** The list is scrolled to its end (within a few pixels of rounding). */
export function atBottom(scroller: HTMLElement): boolean {
  return scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 8;
}
