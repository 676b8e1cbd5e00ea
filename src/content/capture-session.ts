import type { CaptureSession } from '../domain/capture';
import { type HeaderTrack, movedFrom, trackHeader } from '../domain/header-track';
import { type Translatable, translatable } from '../i18n/translatable';
import type { OpenList, SiteAdapter } from '../platforms/site-adapter';
import { startAssistScroll } from './assist-scroll';
import type { CapturePhase } from './capture-phase';
import type { EndWatch } from './end-watch';
import type { OverlayView } from './overlay-view';
import type { RowBatches } from './row-batches';
import type { NotFollowerMarkers } from './row-markers';

/** One reading of one open list, from its first row to its end, as the capture controller keeps it. */
export interface Session {
  capture: CaptureSession;
  open: OpenList;
  phase: CapturePhase;
  header: HeaderTrack;
  headerReadAt: number;
  startedAt: number;
  /**
   * The list was seen scrolled to its top: its first rows were read. Until then the end is no end,
   * since a virtualized list that opened scrolled (or was scrolled before it was placed) hid them.
   */
  topSeen: boolean;
  /**
   * The rows element as last read whole. Every change inside it is read as it happens (the
   * controller's observer reads what each render added): a look reads it whole again only once it was
   * replaced, or the markers have news for it.
   */
  readOf?: Element;
  batches: RowBatches;
  end: EndWatch;
  assist?: { stop(): void };
  assistNote?: Translatable;
  /** While the site shows a sign of trouble, a list that stops loading has not reached its end. */
  trouble?: Translatable;
  /** Only on the following list. */
  markers?: NotFollowerMarkers;
}

/** What the overlay shows of a session: a pure function of it. */
export function sessionView(current: Session): OverlayView {
  const { phase } = current;
  return {
    platform: current.capture.platform,
    list: current.capture.list,
    read: current.batches.read(),
    header: current.header.now,
    headerMovedFrom: movedFrom(current.header),
    phase: phase.kind === 'reading' || phase.kind === 'ending' ? phase.kind : 'finished',
    result: phase.kind === 'finished' ? phase.result : undefined,
    assisting: current.assist !== undefined,
    startUnread: !current.topSeen,
    assistNote: current.assistNote,
    problem: phase.kind === 'failed' ? phase.problem : undefined,
    unreadable: phase.kind === 'unreadable' ? phase.landmark : undefined,
    trouble: current.trouble,
  };
}

/** Starts the paced scroll; a person who scrolls takes over, and is told so. */
export function beginAssist(current: Session, onTookOver: () => void): void {
  current.assistNote = undefined;
  current.assist = startAssistScroll(current.open.scroller, () => {
    current.assist = undefined;
    current.assistNote = translatable('assistTookOver');
    onTookOver();
  });
}

export function stopAssist(current: Session, note?: Translatable): void {
  current.assist?.stop();
  current.assist = undefined;
  if (note) current.assistNote = note;
}

/** How often the profile header's count is read again while a capture runs. */
const HEADER_REREAD_MS = 1000;

/** The header may render after the list opened, and may change while it is read. */
export function readHeader(adapter: SiteAdapter, doc: Document, current: Session) {
  if (current.header.now && Date.now() - current.headerReadAt < HEADER_REREAD_MS) return;
  current.headerReadAt = Date.now();
  const { owner, list } = current.capture;
  current.header = trackHeader(current.header, adapter.headerCount(doc, owner, list));
}

/** The page's logged-in account is no longer the one whose list is being read. */
export function ownerGone(adapter: SiteAdapter, doc: Document, current: Session): boolean {
  const me = adapter.loggedInUser(doc);
  return me !== null && me !== current.capture.owner;
}

/** Looked for first: a challenge or login page may replace the list, and the person learns why scrolling stopped. */
export function noteTrouble(adapter: SiteAdapter, doc: Document, current: Session, url: URL) {
  current.trouble = adapter.troubleSign(doc, url) ?? undefined;
  if (current.trouble && current.assist)
    stopAssist(current, translatable('assistStoppedBy', { trouble: current.trouble }));
}

/** Called when every row rendered now was read: at the list's top, its first rows were. */
export function noteTop(current: Session) {
  if (!current.topSeen && atTop(current.open.scroller)) current.topSeen = true;
}

/** The list is scrolled to its top (within a few pixels of rounding). */
export function atTop(scroller: HTMLElement): boolean {
  return scroller.scrollTop <= 8;
}

/** The list is scrolled to its end (within a few pixels of rounding). */
export function atBottom(scroller: HTMLElement): boolean {
  return scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 8;
}
