import type { ListEvidence } from '../domain/list-evidence';
import { createStartBound } from '../domain/start-bound';
import type { ListKind } from '../domain/types';
import { type Translatable, translatable } from '../i18n/translatable';
import type { OpenList, SiteAdapter } from '../platforms/site-adapter';
import { whichList } from '../platforms/which-list';
import { failed } from './capture-phase';
import {
  beginAssist,
  noteTrouble,
  ownerGone,
  type Session,
  sessionView,
  stopAssist,
} from './capture-session';
import { createIdleOverlay } from './idle-overlay';
import { createListAwait, placeOpenList, type UnreadableList } from './list-watch';
import { createLookSchedule, LOOK_MS, READING_LOOK_MS } from './look-schedule';
import type { OverlayActions, OverlayView } from './overlay-view';
import type { ListenToPage } from './page-changes';
import { createSessionReader, type SessionReaderEnv } from './session-reader';
import { touchedRows } from './touched-rows';

/** At most this many capture sessions start in this long: a person switches lists a few times a minute. */
const MAX_STARTS = 6;
const STARTS_WINDOW_MS = 60_000;

export interface ControllerEnv {
  adapter: SiteAdapter;
  win: Window;
  send: SessionReaderEnv['send'];
  showOverlay: (view: OverlayView | null, actions: OverlayActions) => void;
  askNotFollowers: SessionReaderEnv['askNotFollowers'];
  listen: ListenToPage;
  newId?: () => string;
}

/**
 * Watches the page for the user's own followers or following list, and has the session reader read
 * each one it finds. It reads nothing on anyone else's profile, and nothing while the evidence of which
 * list is open disagrees.
 */
export function startCaptureController(env: ControllerEnv): {
  stop(): void;
  unreadable(): UnreadableList | null;
} {
  const { adapter, win } = env;
  const doc = win.document;
  const newId = env.newId ?? (() => win.crypto.randomUUID());
  let session: Session | null = null;
  /** What the last click on a count or a list's tab said, on the page it was made on. */
  let clickHint: { evidence: ListEvidence; path: string; afterTick: number } | null = null;
  const starts = createStartBound(MAX_STARTS, STARTS_WINDOW_MS);
  const looks = createLookSchedule(tick);
  let disconnected = false;

  const actions: OverlayActions = {
    toggleAssist() {
      if (session?.phase.kind !== 'reading') return;
      if (session.assist) stopAssist(session);
      else beginAssist(session, render);
      render();
    },
    dismiss() {
      idle.stopLinger();
      env.showOverlay(null, actions);
    },
  };
  const show = (view: OverlayView | null) => env.showOverlay(view, actions);
  const render = () => {
    hearWheel();
    if (session) show(sessionView(session));
  };
  const idle = createIdleOverlay(adapter.platform, show, () => session !== null);

  const { recheckIn } = looks;
  const awaiting = createListAwait({ adapter, doc, show, recheckIn });
  const reader = createSessionReader({
    adapter,
    doc,
    send: env.send,
    askNotFollowers: env.askNotFollowers,
    recheckIn,
    retick: () => looks.within(0),
    render: (current) => current === session && render(),
    onScroll: () => looks.soon(session?.phase.kind === 'reading' ? READING_LOOK_MS : LOOK_MS),
    onDisconnected: () => (disconnected = true),
  });

  function tick() {
    const url = new URL(win.location.href);
    if (clickHint && clickHint.path !== url.pathname) clickHint = null;
    const clicked = clickHint?.evidence ?? null;
    if (session) {
      const current = session;
      noteTrouble(adapter, doc, current, url);
      const container = current.open.container;
      if (!container.isConnected || container.closest('[aria-hidden="true"]')) {
        // The click that opened this list says nothing about the next one; a click since the last look
        // may have opened the next one, which is placed at once: this look may come from a wheel turn
        // that is about to scroll its first rows away.
        if (clickHint && clickHint.afterTick < looks.count() - 1) clickHint = null;
        endSession();
        return looks.now();
      }
      if (ownerGone(adapter, doc, current)) {
        const owner = `@${current.capture.owner}`;
        const key =
          current.capture.list === 'followers' ? 'switchedAccountsFollowers' : 'switchedAccountsFollowing';
        return endSession(translatable(key, { owner }));
      }
      if (!reader.keepsList(current)) return endSession();
      // A dialog with tabs can switch lists in place, and a page may contradict itself: what was read
      // while the evidence agreed is a capture of that list, and what is open now is placed at once.
      if (whichList(adapter, doc, url, current.open, clicked) !== current.capture.list) {
        // The rows on screen may be the next list's already: none of them is read into this one.
        endSession(undefined, false);
        return looks.now();
      }
      return reader.look(current);
    }
    const placement = placeOpenList(adapter, doc, url, clicked);
    if (placement.kind === 'awaited') return awaiting.wait(placement.owner, placement.list);
    awaiting.stop();
    if (placement.kind === 'elsewhere') clickHint = null;
    if (placement.kind === 'refused') return idle.refuse(placement.reason);
    if (placement.kind !== 'open') return idle.refuse(null);
    if (!starts.tryStart(Date.now())) return idle.refuse(translatable('listKeepsChanging'));
    idle.refuse(null);
    startSession(placement.open, placement.owner, placement.list);
  }

  function startSession(open: OpenList, owner: string, list: ListKind) {
    idle.stopLinger();
    session = reader.start({ id: newId(), platform: adapter.platform, owner, list }, open);
    hearWheel();
    looks.now();
  }

  /**
   * The list was closed, replaced, or its account left: what was read is a partial capture.
   * `readRendered`: whether the rows rendered now are still this list's, to be read a last time.
   */
  function endSession(problem?: Translatable, readRendered = true) {
    const closing = session;
    if (!closing) return;
    session = null;
    hearWheel();
    closing.open.scroller.removeEventListener('scroll', reader.onScroll);
    const ended =
      closing.phase.kind === 'reading' ? reader.finish(closing, false, readRendered) : Promise.resolve();
    void ended.then(() => {
      if (problem) closing.phase = failed(closing.phase, problem);
      idle.linger(sessionView(closing));
    });
  }

  const onClick = (event: MouseEvent) => {
    if (!(event.target instanceof Element)) return;
    const url = new URL(win.location.href);
    const evidence = adapter.listFromClick(event.target, url);
    if (evidence !== undefined) clickHint = { evidence, path: url.pathname, afterTick: looks.count() };
  };
  // A wheel turn is seen before it scrolls: a list that opened since the last look is placed while its
  // first rows are still drawn. Only a look already due is brought forward: a page that did not change
  // since the last look opened no list, and a feed scrolled by the wheel costs nothing more.
  const onWheel = () => {
    if (looks.due()) looks.now();
  };
  let hearingWheel = false;
  /**
   * Hears the wheel only while no list is read: while one is, the listener has nothing to do, and a
   * page with a wheel listener has every turn of the wheel sent to its main thread (a hit test, an
   * event, a call into this script), where a page without one scrolls on the compositor alone.
   */
  function hearWheel() {
    const hear = session?.phase.kind !== 'reading';
    if (hear === hearingWheel) return;
    hearingWheel = hear;
    if (hear) doc.addEventListener('wheel', onWheel, { capture: true, passive: true });
    else doc.removeEventListener('wheel', onWheel, true);
  }
  const inScrollArea = (current: Session) => (record: MutationRecord) =>
    current.open.scroller.contains(record.target);
  const onPageHide = () => {
    if (session?.phase.kind === 'reading') void reader.finish(session, false);
  };
  const stopListening = env.listen((records) => {
    if (disconnected) return;
    // A virtualized list drops rows a fast scroll passed within a frame or two: read each render of the
    // rows as it happens (only what it added), and leave the rest (end of list, overlay) to the
    // coalesced tick.
    const current = session?.phase.kind === 'reading' ? session : null;
    const touched = current ? touchedRows(current.open.rows, records) : [];
    if (current && touched.length > 0) {
      // A click since the last look may have switched the list in place: the look says first whose
      // rows these are, and ends this list's reading if they are another's.
      if (clickHint && clickHint.afterTick === looks.count()) looks.now();
      if (session === current && current.phase.kind === 'reading') reader.readRows(current, touched);
    }
    // A list that just opened is placed at its first render: a quick first turn of the wheel would
    // otherwise scroll its first rows away before anything read them.
    if (!current && looks.idle()) looks.now();
    else if (current && current.open.rows.isConnected && records.every(inScrollArea(current)))
      looks.soon(READING_LOOK_MS);
    else looks.within(LOOK_MS);
  });
  doc.addEventListener('click', onClick, true);
  hearWheel();
  win.addEventListener('pagehide', onPageHide);
  looks.soon(0);

  return {
    stop() {
      stopListening();
      doc.removeEventListener('click', onClick, true);
      doc.removeEventListener('wheel', onWheel, true);
      win.removeEventListener('pagehide', onPageHide);
      looks.stop();
      idle.stopLinger();
      if (session) reader.stop(session);
    },
    unreadable() {
      if (session?.phase.kind === 'unreadable')
        return { list: session.capture.list, landmark: session.phase.landmark };
      return awaiting.unreadable();
    },
  };
}
