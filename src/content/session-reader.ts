import type { CaptureMessage, CaptureSession } from '../domain/capture';
import { trackHeader } from '../domain/header-track';
import type { Landmark } from '../domain/types';
import { translatable } from '../i18n/translatable';
import type { SiteQuery } from '../messaging/contract';
import { missingLandmark } from '../platforms/self-check';
import type { OpenList, SiteAdapter } from '../platforms/site-adapter';
import type { SendOutcome } from './batch-sender';
import { failed, finished, isVerified, READING } from './capture-phase';
import {
  atBottom,
  beginAssist,
  noteTop,
  ownerGone,
  readHeader,
  type Session,
  stopAssist,
} from './capture-session';
import { createEndWatch, SETTLE_MS } from './end-watch';
import { LANDMARK_GRACE_MS } from './list-watch';
import { createRowBatches } from './row-batches';
import { createNotFollowerMarkers } from './row-markers';

export interface SessionReaderEnv {
  adapter: SiteAdapter;
  doc: Document;
  send: (message: CaptureMessage) => Promise<SendOutcome>;
  /** Which of these accounts are not the owner's followers; null while the followers were never captured. */
  askNotFollowers: (query: Extract<SiteQuery, { type: 'ledger.notFollowers' }>) => Promise<string[] | null>;
  /** Looks at the page again after `delay`, whether or not it changes meanwhile. */
  recheckIn(delay: number): void;
  /** Looks at the page again now. */
  retick(): void;
  render(current: Session): void;
  onScroll(): void;
  /** The extension was reloaded under this page: nothing more can be sent. */
  onDisconnected(): void;
}

/**
 * Reads one open list of the owner's from its first row to its end: checks that each landmark is where
 * the adapter expects it before anything is sent, follows the header's count, and ends the capture when
 * the end is reached, or when told the list went away.
 */
export function createSessionReader(env: SessionReaderEnv) {
  const { adapter, doc } = env;

  function start(capture: CaptureSession, open: OpenList): Session {
    const now = Date.now();
    const { owner, list } = capture;
    const current: Session = {
      capture,
      open,
      phase: READING,
      header: trackHeader({ first: null, now: null }, adapter.headerCount(doc, owner, list)),
      headerReadAt: now,
      startedAt: now,
      topSeen: false,
      batches: createRowBatches({
        capture,
        send: env.send,
        header: () => current.header.now,
        verified: () => isVerified(current.phase),
        ownerHere: () => !ownerGone(adapter, doc, current),
        onOwnerGone: env.retick,
        onOutcome: (outcome) => noteOutcome(current, outcome),
      }),
      end: createEndWatch({
        quiet: () =>
          current.topSeen &&
          atBottom(current.open.scroller) &&
          !adapter.troubleSign(doc, new URL(doc.location.href)) &&
          !adapter.isLoading(current.open),
        readRows: () => readRows(current),
        lastNewAt: () => current.batches.lastNewAt(),
        onEnd: () => current.phase.kind === 'reading' && void finish(current, true),
      }),
    };
    if (list === 'following') {
      const ask = (handles: string[]) =>
        env.askNotFollowers({ type: 'ledger.notFollowers', platform: capture.platform, owner, handles });
      current.markers = createNotFollowerMarkers(adapter, ask, () => {
        current.readOf = undefined;
        env.retick();
      });
    }
    open.scroller.addEventListener('scroll', env.onScroll, { passive: true });
    return current;
  }

  /** One look at the open list: its header, its rows, the self-check, and whether its end was reached. */
  function look(current: Session) {
    if (current.phase.kind !== 'reading') {
      // A finished capture leaves the list open: its rows keep their markers as the user scrolls back through it.
      current.markers?.mark(current.open, adapter.readRows(current.open, current.batches.known));
      return;
    }
    readHeader(adapter, doc, current);
    if (current.readOf !== current.open.rows) readRows(current);
    else noteTop(current);
    if (!isVerified(current.phase)) verify(current, false);
    if (current.phase.kind === 'reading') current.end.check();
    env.render(current);
  }

  /** Reads the list's rows, or only those inside `within` (children of the rows a render added or changed). */
  function readRows(current: Session, within?: readonly Element[]) {
    noteTop(current);
    // Only a whole read answers a look's "read it again" (the markers' news, a replaced rows element).
    if (!within) current.readOf = current.open.rows;
    const rows = adapter.readRows(current.open, current.batches.known, within);
    current.markers?.mark(current.open, rows);
    current.batches.add(rows);
  }

  /** The list's rows and scroll area are still there, or the site replaced them inside the same window. */
  function keepsList(current: Session): boolean {
    const { rows, scroller, container } = current.open;
    if (rows.isConnected && scroller.isConnected) return true;
    const again = adapter.findOpenList(doc);
    if (again?.container !== container) return false;
    scroller.removeEventListener('scroll', env.onScroll);
    again.scroller.addEventListener('scroll', env.onScroll, { passive: true });
    current.open = again;
    if (current.assist) {
      stopAssist(current);
      beginAssist(current, () => env.render(current));
    }
    return true;
  }

  /**
   * Runs the adapter's self-check until it passes and a row was read (or the header says the list is
   * empty). After the grace period, or at the end of the list (`final`), a landmark still missing makes
   * the list unreadable and the rows read are dropped unsent; a list still loading its first rows is waited for.
   */
  function verify(current: Session, final: boolean) {
    const { owner, list } = current.capture;
    const missing = missingLandmark(adapter, doc, owner, list, current.open);
    const rowsRead = current.batches.read() > 0 || current.header.now?.value === 0;
    if (!missing && rowsRead) {
      current.phase = { kind: 'reading', verified: true };
      return current.batches.flush();
    }
    const waited = Date.now() - current.startedAt;
    const loading = !missing && adapter.isLoading(current.open);
    if (final || (waited >= LANDMARK_GRACE_MS && !loading)) markUnreadable(current, missing ?? 'rows');
    else env.recheckIn(Math.max(LANDMARK_GRACE_MS - waited, SETTLE_MS));
  }

  function leaveReading(current: Session) {
    stopAssist(current);
    current.end.stop();
  }

  function markUnreadable(current: Session, landmark: Landmark) {
    leaveReading(current);
    current.phase = { kind: 'unreadable', landmark };
    current.batches.drop();
    env.render(current);
  }

  /**
   * Sends what is left and the end; the background judges whether the capture was complete.
   * `readRendered`: the rows rendered now are still this list's, and are read a last time.
   */
  async function finish(current: Session, endReached: boolean, readRendered = true) {
    leaveReading(current);
    if (readRendered) readRows(current);
    // A list that shows no rows although the header counts some is one this adapter failed to read:
    // recording it would claim an empty list.
    if (!isVerified(current.phase)) verify(current, true);
    if (current.phase.kind === 'unreadable') return;
    current.batches.flush();
    current.headerReadAt = 0;
    readHeader(adapter, doc, current);
    current.phase = { kind: 'ending' };
    const header = current.header.now;
    const outcome = await env.send({ type: 'capture.end', session: current.capture, header, endReached });
    if (outcome.kind === 'sent') {
      const { complete, read } = outcome.reply;
      current.phase = finished(current.phase, { complete, endReached, read });
    }
    noteOutcome(current, outcome);
    env.render(current);
  }

  function noteOutcome(current: Session, outcome: SendOutcome) {
    if (outcome.kind === 'sent') return;
    leaveReading(current);
    if (outcome.kind === 'disconnected') env.onDisconnected();
    const problem =
      outcome.kind === 'disconnected'
        ? translatable('extensionRestarted')
        : translatable('couldNotSaveList', { error: outcome.reason ?? outcome.error });
    current.phase = failed(current.phase, problem);
    env.render(current);
  }

  function stop(current: Session) {
    leaveReading(current);
    current.batches.stop();
  }

  return { start, look, readRows, keepsList, finish, stop, onScroll: env.onScroll };
}
