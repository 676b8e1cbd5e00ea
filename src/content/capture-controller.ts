import type { CaptureMessage } from '../domain/capture';
import { trackHeader } from '../domain/header-track';
import { isOwnList, type ListEvidence, placeList } from '../domain/list-evidence';
import { createStartBound } from '../domain/start-bound';
import type { Landmark, ListKind, Row } from '../domain/types';
import { type Translatable, translatable } from '../i18n/translatable';
import { t } from '../i18n/translate';
import type { SiteQuery } from '../messaging/contract';
import { missingLandmark } from '../platforms/self-check';
import type { OpenList, SiteAdapter } from '../platforms/site-adapter';
import { whichList } from '../platforms/which-list';
import { startAssistScroll } from './assist-scroll';
import type { SendOutcome } from './batch-sender';
import { atBottom, newSession, type Session, sessionView } from './capture-session';
import type { OverlayActions, OverlayView } from './overlay-view';
import { markRow } from './row-markers';

/** Nothing new and no loading indicator for this long at the bottom of the list: the end was reached. */
const SETTLE_MS = 1500;
/** Rows per message: the site's own page size, so each batch is stored as it arrives. */
const BATCH_ROWS = 12;
const FLUSH_DELAY_MS = 300;
/** How long the result stays on screen after the list was closed. */
const RESULT_LINGER_MS = 6000;
/** How long a list may take to open and show its rows and count before its layout is called changed. */
const LANDMARK_GRACE_MS = 4000;
/** How often the profile header's count is read again while a capture runs. */
const HEADER_REREAD_MS = 1000;
/** At most this many capture sessions start in this long: a person switches lists a few times a minute. */
const MAX_STARTS = 6;
const STARTS_WINDOW_MS = 60_000;

export interface ControllerEnv {
  adapter: SiteAdapter;
  win: Window;
  send: (message: CaptureMessage) => Promise<SendOutcome>;
  showOverlay: (view: OverlayView | null, actions: OverlayActions) => void;
  /** Which of these accounts are not the owner's followers; null while the followers were never captured. */
  askNotFollowers: (query: Extract<SiteQuery, { type: 'ledger.notFollowers' }>) => Promise<string[] | null>;
  newId?: () => string;
}

/** A list of the user's own that this page can't read right now, and the landmark that was missing. */
export interface UnreadableList {
  list: ListKind;
  landmark: Landmark;
}

/**
 * Watches the page for the user's own followers or following list, reads its rows as the site
 * renders them, and hands them to the background in batches. It reads nothing on anyone else's profile.
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
  let clickHint: { evidence: ListEvidence; path: string } | null = null;
  /** Why no list is being read although one is open, while that is shown. */
  let refusal: Translatable | null = null;
  const starts = createStartBound(MAX_STARTS, STARTS_WINDOW_MS);
  let tickTimer: ReturnType<typeof setTimeout> | undefined;
  let flushTimer: ReturnType<typeof setTimeout> | undefined;
  let endTimer: ReturnType<typeof setTimeout> | undefined;
  let lingerTimer: ReturnType<typeof setTimeout> | undefined;
  let graceTimer: ReturnType<typeof setTimeout> | undefined;
  let disconnected = false;
  /** A list of the owner's that the URL or a click on its count says should be open, while none is found. */
  let awaited: { owner: string; list: ListKind; since: number; missing?: Landmark } | null = null;

  const actions: OverlayActions = {
    toggleAssist() {
      if (!session || session.phase !== 'reading') return;
      if (session.assist) stopAssist(session, undefined);
      else beginAssist(session);
      render();
    },
    dismiss() {
      clearTimeout(lingerTimer);
      env.showOverlay(null, actions);
    },
  };

  function scheduleTick(delay = 80) {
    if (tickTimer === undefined) tickTimer = setTimeout(tick, delay);
  }

  /** Ticks again after `delay`, for a wait that no change on the page may end (a landmark that never shows). */
  function recheckIn(delay: number) {
    clearTimeout(graceTimer);
    graceTimer = setTimeout(() => {
      graceTimer = undefined;
      scheduleTick(0);
    }, delay);
  }

  function tick() {
    tickTimer = undefined;
    const url = new URL(win.location.href);
    if (clickHint && clickHint.path !== url.pathname) clickHint = null;
    const clicked = clickHint?.evidence ?? null;
    if (session) {
      const current = session;
      // Looked for first: a challenge or login page may replace the list, and the user learns why scrolling stopped.
      current.trouble = adapter.troubleSign(doc, url) ?? undefined;
      if (current.trouble && current.assist)
        stopAssist(current, translatable('assistStoppedBy', { trouble: current.trouble }));
      const container = current.open.container;
      if (!container.isConnected || container.closest('[aria-hidden="true"]')) {
        // The click that opened this list says nothing about the next one.
        clickHint = null;
        return endSession();
      }
      if (loggedInElsewhere(current)) {
        const owner = `@${current.capture.owner}`;
        return endSession(
          translatable(
            current.capture.list === 'followers' ? 'switchedAccountsFollowers' : 'switchedAccountsFollowing',
            { owner },
          ),
        );
      }
      const { rows, scroller } = current.open;
      if ((!rows.isConnected || !scroller.isConnected) && !refind(current)) return endSession();
      // A dialog with tabs can switch lists in place, and a page may contradict itself: what was read
      // while the evidence agreed is a capture of that list, and the next tick places what is open now.
      if (whichList(adapter, doc, url, current.open, clicked) !== current.capture.list) {
        endSession();
        return scheduleTick(0);
      }
      if (current.phase !== 'reading') {
        // A finished capture leaves the list open: its rows keep their markers as the user scrolls back through it.
        if (current.markers) markRows(current, current.markers, adapter.readRows(current.open));
        return;
      }
      readHeader(current);
      readVisibleRows(current);
      if (!current.verified) verify(current, false);
      if (current.phase === 'reading') checkEnd(current);
      render();
      return;
    }
    const open = adapter.findOpenList(doc);
    const wanted = placeList([adapter.listFromUrl(url), clicked]);
    const me = adapter.loggedInUser(doc);
    if ((!open && !isOwnList(wanted)) || !me || adapter.profileOwner(url) !== me) {
      if (!me || adapter.profileOwner(url) !== me) clickHint = null;
      refuse(null);
      return stopAwaiting();
    }
    if (!open) return awaitList(me, wanted as ListKind);
    stopAwaiting();
    const list = whichList(adapter, doc, url, open, clicked);
    // Suggested or Friends: no list of the owner's, and nothing to say about it.
    if (list === 'not-a-list') return refuse(null);
    if (!isOwnList(list)) return refuse(translatable('cantTellWhichList'));
    if (!starts.tryStart(Date.now())) return refuse(translatable('listKeepsChanging'));
    refuse(null);
    startSession(open, me, list);
  }

  /** Shows why the open list is not read, once per reason; null takes the reason away. */
  function refuse(reason: Translatable | null) {
    if (reason?.key === refusal?.key) return;
    refusal = reason;
    if (reason) env.showOverlay({ platform: adapter.platform, refusal: reason }, actions);
    else if (!session) env.showOverlay(null, actions);
  }

  /** The site replaced the list's scroll area inside the same window: read the new one. */
  function refind(current: Session): boolean {
    const again = adapter.findOpenList(doc);
    if (again?.container !== current.open.container) return false;
    current.open.scroller.removeEventListener('scroll', onScroll);
    again.scroller.addEventListener('scroll', onScroll, { passive: true });
    current.open = again;
    if (current.assist) {
      stopAssist(current, undefined);
      beginAssist(current);
    }
    return true;
  }

  /** The header may render after the list opened, and may change while it is read. */
  function readHeader(current: Session) {
    if (current.header.now && Date.now() - current.headerReadAt < HEADER_REREAD_MS) return;
    current.headerReadAt = Date.now();
    current.header = trackHeader(
      current.header,
      adapter.headerCount(doc, current.capture.owner, current.capture.list),
    );
  }

  /** The page's logged-in account is no longer the one whose list is being read. */
  function loggedInElsewhere(current: Session): boolean {
    const me = adapter.loggedInUser(doc);
    return me !== null && me !== current.capture.owner;
  }

  /** A list that should be open and is not found: after a grace period, the self-check says what is missing. */
  function awaitList(owner: string, list: ListKind) {
    if (awaited?.owner !== owner || awaited.list !== list) awaited = { owner, list, since: Date.now() };
    if (awaited.missing) return;
    const waited = Date.now() - awaited.since;
    if (waited < LANDMARK_GRACE_MS) return recheckIn(LANDMARK_GRACE_MS - waited);
    awaited.missing = missingLandmark(adapter, doc, owner, list) ?? undefined;
    if (!awaited.missing) return;
    const view = {
      platform: adapter.platform,
      list,
      read: 0,
      header: null,
      phase: 'finished',
      assisting: false,
    } as const;
    env.showOverlay({ ...view, unreadable: awaited.missing }, actions);
  }

  function stopAwaiting() {
    if (awaited?.missing && !session) env.showOverlay(null, actions);
    awaited = null;
  }

  /**
   * Runs the adapter's self-check until it passes and a row was read (or the header says the list is
   * empty). After the grace period, or at the end of the list (`final`), a landmark still missing makes
   * the list unreadable and the rows read are dropped unsent; a list still loading its first rows is waited for.
   */
  function verify(current: Session, final: boolean) {
    const missing = missingLandmark(adapter, doc, current.capture.owner, current.capture.list, current.open);
    const rowsRead = current.seen.size > 0 || current.header.now?.value === 0;
    if (!missing && rowsRead) {
      current.verified = true;
      return flush(current);
    }
    const waited = Date.now() - current.startedAt;
    const loading = !missing && adapter.isLoading(current.open);
    if (final || (waited >= LANDMARK_GRACE_MS && !loading)) markUnreadable(current, missing ?? 'rows');
    else recheckIn(Math.max(LANDMARK_GRACE_MS - waited, SETTLE_MS));
  }

  function markUnreadable(current: Session, landmark: Landmark) {
    stopAssist(current, undefined);
    current.phase = 'finished';
    current.unreadable = landmark;
    current.pending = [];
    render();
  }

  function startSession(open: OpenList, owner: string, list: ListKind) {
    clearTimeout(lingerTimer);
    const capture = { id: newId(), platform: adapter.platform, owner, list };
    session = newSession(capture, open, adapter.headerCount(doc, owner, list));
    open.scroller.addEventListener('scroll', onScroll, { passive: true });
    tick();
  }

  function readVisibleRows(current: Session) {
    let added = 0;
    const rows = adapter.readRows(current.open);
    if (current.markers) markRows(current, current.markers, rows);
    for (const row of rows) {
      if (current.seen.has(row.handle)) continue;
      current.seen.add(row.handle);
      current.pending.push(row);
      added++;
    }
    if (added === 0) return;
    current.lastNewRowAt = Date.now();
    if (current.pending.length >= BATCH_ROWS) flush(current);
    else if (flushTimer === undefined) flushTimer = setTimeout(() => flush(current), FLUSH_DELAY_MS);
  }

  /**
   * Marks the rendered rows of accounts that don't follow back, asking the background about rows not
   * seen before. Rows are re-rendered as the list scrolls, so markers are put back on every pass.
   */
  function markRows(current: Session, markers: NonNullable<Session['markers']>, rows: Row[]) {
    if (markers.unavailable) return;
    for (const row of rows) {
      if (!markers.notFollowers.has(row.handle)) continue;
      const link = adapter.rowLink(current.open, row.handle);
      if (link) markRow(link, t('markerNotFollowingBack'));
    }
    const unasked = rows.map((row) => row.handle).filter((handle) => !markers.asked.has(handle));
    if (markers.asking || unasked.length === 0) return;
    markers.asking = true;
    for (const handle of unasked) markers.asked.add(handle);
    const { platform, owner } = current.capture;
    env.askNotFollowers({ type: 'ledger.notFollowers', platform, owner, handles: unasked }).then(
      (notFollowers) => {
        markers.asking = false;
        if (notFollowers === null) markers.unavailable = true;
        else for (const handle of notFollowers) markers.notFollowers.add(handle);
        scheduleTick(0);
      },
      // Without an answer there are no markers; the capture itself does not depend on them.
      () => (markers.asking = false),
    );
  }

  function flush(current: Session) {
    clearTimeout(flushTimer);
    flushTimer = undefined;
    if (!current.verified || current.pending.length === 0) return;
    // Rows read once the page's account changed may not go to the owner's ledger; the tick ends the session.
    if (loggedInElsewhere(current)) {
      current.pending = [];
      return scheduleTick(0);
    }
    const rows = current.pending.splice(0);
    void env
      .send({
        type: 'capture.batch',
        session: current.capture,
        seq: current.seq++,
        rows,
        header: current.header.now,
      })
      .then((outcome) => noteOutcome(current, outcome));
  }

  function checkEnd(current: Session) {
    if (!atBottom(current.open.scroller) || current.trouble || adapter.isLoading(current.open)) {
      clearTimeout(endTimer);
      endTimer = undefined;
      return;
    }
    endTimer ??= setTimeout(() => {
      endTimer = undefined;
      if (session !== current || current.phase !== 'reading') return;
      readVisibleRows(current);
      if (Date.now() - current.lastNewRowAt < SETTLE_MS) return checkEnd(current);
      const stillAtBottom = atBottom(current.open.scroller);
      const trouble = adapter.troubleSign(doc, new URL(win.location.href));
      if (stillAtBottom && !trouble && !adapter.isLoading(current.open)) void finish(current, true);
      else checkEnd(current);
    }, SETTLE_MS);
  }

  async function finish(current: Session, endReached: boolean) {
    clearTimeout(endTimer);
    endTimer = undefined;
    stopAssist(current, undefined);
    readVisibleRows(current);
    // A list that shows no rows although the header counts some is one this adapter failed to read:
    // recording it would claim an empty list.
    if (!current.verified) verify(current, true);
    if (current.unreadable) return;
    flush(current);
    current.headerReadAt = 0;
    readHeader(current);
    current.phase = 'ending';
    const outcome = await env.send({
      type: 'capture.end',
      session: current.capture,
      header: current.header.now,
      endReached,
    });
    current.phase = 'finished';
    if (outcome.kind === 'sent') {
      current.result = { complete: outcome.reply.complete, endReached, read: outcome.reply.read };
    }
    noteOutcome(current, outcome);
    render();
  }

  function noteOutcome(current: Session, outcome: SendOutcome) {
    if (outcome.kind === 'sent') return;
    stopAssist(current, undefined);
    current.phase = 'finished';
    if (outcome.kind === 'disconnected') {
      disconnected = true;
      current.problem = translatable('extensionRestarted');
    } else {
      current.problem = translatable('couldNotSaveList', { error: outcome.reason ?? outcome.error });
    }
    render();
  }

  /** The list was closed, replaced, or its account left: what was read is a partial capture. */
  function endSession(problem?: Translatable) {
    const closing = session;
    if (!closing) return;
    session = null;
    closing.open.scroller.removeEventListener('scroll', onScroll);
    const ended = closing.phase === 'reading' ? finish(closing, false) : Promise.resolve();
    void ended.then(() => {
      if (problem) closing.problem ??= problem;
      linger(closing);
    });
  }

  function linger(closed: Session) {
    // What made the list close may be why the next one can't be read: that is what stays on screen.
    if (refusal) return;
    renderSession(closed);
    clearTimeout(lingerTimer);
    lingerTimer = setTimeout(() => {
      if (!session && !refusal) env.showOverlay(null, actions);
    }, RESULT_LINGER_MS);
  }

  function beginAssist(current: Session) {
    current.assistNote = undefined;
    current.assist = startAssistScroll(current.open.scroller, () => {
      current.assist = undefined;
      current.assistNote = translatable('assistTookOver');
      render();
    });
  }

  function stopAssist(current: Session, note: Translatable | undefined) {
    current.assist?.stop();
    current.assist = undefined;
    if (note) current.assistNote = note;
  }

  function render() {
    if (session) renderSession(session);
  }

  function renderSession(current: Session) {
    env.showOverlay(sessionView(current), actions);
  }

  const onScroll = () => scheduleTick();
  const onClick = (event: MouseEvent) => {
    if (!(event.target instanceof Element)) return;
    const url = new URL(win.location.href);
    const evidence = adapter.listFromClick(event.target, url);
    if (evidence !== undefined) clickHint = { evidence, path: url.pathname };
  };
  const onPageHide = () => {
    if (session?.phase === 'reading') void finish(session, false);
  };
  const observer = new MutationObserver((records) => {
    if (disconnected) return;
    // A virtualized list drops rows a fast scroll passed within a frame or two: read each render of the
    // rows as it happens, and leave the rest (end of list, overlay) to the coalesced tick.
    const rows = session?.phase === 'reading' ? session.open.rows : null;
    if (rows && records.some((record) => rows.contains(record.target))) readVisibleRows(session!);
    scheduleTick();
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  doc.addEventListener('click', onClick, true);
  win.addEventListener('pagehide', onPageHide);
  scheduleTick(0);

  return {
    stop() {
      observer.disconnect();
      doc.removeEventListener('click', onClick, true);
      win.removeEventListener('pagehide', onPageHide);
      for (const timer of [tickTimer, flushTimer, endTimer, lingerTimer, graceTimer]) clearTimeout(timer);
      if (session) stopAssist(session, undefined);
    },
    unreadable() {
      if (session?.unreadable) return { list: session.capture.list, landmark: session.unreadable };
      return awaited?.missing ? { list: awaited.list, landmark: awaited.missing } : null;
    },
  };
}
