// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { SendOutcome } from '../../src/content/batch-sender';
import { startCaptureController } from '../../src/content/capture-controller';
import { READING_LOOK_MS } from '../../src/content/look-schedule';
import type { CaptureView, OverlayActions, OverlayView } from '../../src/content/overlay-view';
import { watchPage } from '../../src/content/page-changes';
import { FLUSH_DELAY_MS } from '../../src/content/row-batches';
import type { CaptureMessage } from '../../src/domain/capture';
import type { ListEvidence } from '../../src/domain/list-evidence';
import type { ListKind, Row } from '../../src/domain/types';
import { translatable } from '../../src/i18n/translatable';
import type { OpenList, SiteAdapter } from '../../src/platforms/site-adapter';
import { said } from './support/said';

const ME = 'me.shop';
// happy-dom reports mutations on its own (real) timer: a test lets it run before moving the fake clock.
const realSetTimeout = globalThis.setTimeout;
const mutationsDelivered = () => new Promise((resolve) => realSetTimeout(resolve, 5));

/**
 * A site as small as the controller needs: the adapter's contract over plain markup. The adapters
 * themselves are tested on SITES.md's structures; here only the controller's decisions are.
 */
const adapter: SiteAdapter = {
  platform: 'instagram',
  loggedInUser: (doc) => doc.querySelector('nav')?.getAttribute('data-me') ?? null,
  profileOwner: (url) => /^\/([a-z._]+)\//.exec(url.pathname)?.[1] ?? null,
  listFromUrl: (url) =>
    (/\/(followers|following)\/$/.exec(url.pathname)?.[1] as ListKind | undefined) ?? null,
  listFromClick: (target) =>
    (target.closest('[data-opens]')?.getAttribute('data-opens') as ListEvidence) ?? undefined,
  listFromOpenList: (open) => (open.container.getAttribute('data-heading') as ListEvidence) ?? null,
  findListDialog: (doc) => adapter.listDialogs(doc)[0] ?? null,
  listDialogs: (doc) => [...doc.querySelectorAll('[role="dialog"]:not([aria-hidden="true"])')],
  findOpenList(doc) {
    const container = adapter.findListDialog(doc);
    const scroller = container?.querySelector<HTMLElement>('.scroller');
    const rows = container?.querySelector('.rows');
    return container && scroller && rows ? { container, scroller, rows } : null;
  },
  readRows: (open, _known, within) =>
    (within ?? [open.rows])
      .flatMap((root) => (root.matches('li') ? [root] : [...root.querySelectorAll('li')]))
      .map((li) => ({ handle: li.textContent! })),
  rowLink: (open, handle) =>
    [...open.rows.querySelectorAll('li')].find((li) => li.textContent === handle) ?? null,
  isLoading: (open) => open.container.querySelector('.spinner') !== null,
  headerCount(doc, _owner, list) {
    const text = doc.querySelector(`[data-count="${list}"]`)?.textContent;
    return text ? { value: Number(text), unit: 1 } : null;
  },
  profileHeading: () => null,
  troubleSign: (doc) => (doc.querySelector('.trouble') ? translatable('troubleConfirmIdentity') : null),
};

const handles = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, i) => `${prefix}${i + 1}`);

function setPath(path: string) {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(
    `https://www.instagram.com${path}`,
  );
}

function profile({ followers = 3, following = 3 } = {}) {
  setPath(`/${ME}/`);
  document.body.innerHTML = `<nav data-me="${ME}"></nav>
    <a data-opens="followers"><span data-count="followers">${followers}</span></a>
    <a data-opens="following"><span data-count="following">${following}</span></a>`;
}

/** Opens a list dialog holding these rows; `atEnd: false` leaves more to scroll. */
function openList(list: ListKind | null, rows: string[], { atEnd = true } = {}): OpenList {
  const dialog = document.createElement('div');
  dialog.setAttribute('role', 'dialog');
  if (list) dialog.setAttribute('data-heading', list);
  const scroller = document.createElement('div');
  scroller.className = 'scroller';
  const ul = document.createElement('ul');
  ul.className = 'rows';
  scroller.append(ul);
  dialog.append(scroller);
  setAtEnd(scroller, atEnd);
  document.body.append(dialog);
  const open = { container: dialog, scroller, rows: ul };
  addRows(open, rows);
  return open;
}

function setAtEnd(scroller: HTMLElement, atEnd: boolean) {
  Object.defineProperty(scroller, 'scrollHeight', { value: atEnd ? 0 : 5000, configurable: true });
}

function addRows(open: OpenList, rows: string[]) {
  open.rows.append(
    ...rows.map((handle) => Object.assign(document.createElement('li'), { textContent: handle })),
  );
}

let sent: CaptureMessage[];
let shown: (OverlayView | null)[];
let actions: OverlayActions;
let controller: ReturnType<typeof startCaptureController>;
let page: ReturnType<typeof watchPage>;

function start({ askNotFollowers = async (): Promise<string[] | null> => [] } = {}) {
  let ids = 0;
  page = watchPage(document);
  controller = startCaptureController({
    adapter,
    win: window as unknown as Window,
    send: async (message): Promise<SendOutcome> => {
      sent.push(message);
      const read = new Set(
        sent.flatMap((m) => (m.type === 'capture.batch' ? m.rows.map((r: Row) => r.handle) : [])),
      );
      const complete =
        message.type === 'capture.end' && message.endReached && read.size === message.header?.value;
      return { kind: 'sent', reply: { read: read.size, complete } };
    },
    showOverlay: (view, given) => {
      shown.push(view);
      actions = given;
    },
    askNotFollowers,
    listen: page.listen,
    newId: () => `session-${++ids}`,
  });
}

/** Lets the page's mutations reach the controller, then moves the clock on. */
async function wait(ms: number) {
  await mutationsDelivered();
  await vi.advanceTimersByTimeAsync(ms);
  await mutationsDelivered();
  await vi.advanceTimersByTimeAsync(0);
}

const lastView = () => shown.at(-1) ?? null;
const refusalSaid = () => {
  const view = lastView();
  return view && 'refusal' in view ? said(view.refusal) : null;
};
const captureView = () => lastView() as CaptureView;
const batched = () => sent.flatMap((m) => (m.type === 'capture.batch' ? m.rows.map((r) => r.handle) : []));
const ends = () => sent.filter((m) => m.type === 'capture.end');

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  sent = [];
  shown = [];
});

afterEach(() => {
  controller.stop();
  page.stop();
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('the capture controller', () => {
  it('opening: reads the open list, and sends nothing until every landmark was found', async () => {
    profile({ followers: 3 });
    start();
    const open = openList('followers', [], { atEnd: false });
    await wait(100);
    expect(captureView()).toMatchObject({ list: 'followers', phase: 'reading', read: 0 });
    expect(sent).toEqual([]);
    addRows(open, ['ann', 'bob', 'cy']);
    await wait(READING_LOOK_MS + 100);
    expect(batched()).toEqual(['ann', 'bob', 'cy']);
    expect(sent[0]).toMatchObject({ type: 'capture.batch', seq: 0, header: { value: 3, unit: 1 } });
    expect(captureView()).toMatchObject({ phase: 'reading', read: 3, header: { value: 3 } });
  });

  it('the end: a list quiet at its bottom for the settle period is ended as reached, and judged complete', async () => {
    profile({ followers: 3 });
    start();
    const open = openList('followers', ['ann', 'bob'], { atEnd: false });
    await wait(2000);
    expect(ends()).toEqual([]);
    addRows(open, ['cy']);
    setAtEnd(open.scroller, true);
    open.scroller.dispatchEvent(new Event('scroll'));
    await wait(1000);
    expect(ends()).toEqual([]);
    await wait(1000);
    expect(ends()).toMatchObject([{ endReached: true, header: { value: 3 } }]);
    expect(captureView()).toMatchObject({
      phase: 'finished',
      result: { complete: true, endReached: true, read: 3 },
    });
  });

  it('an early end: the list stops short of its count, and the capture is partial, never complete', async () => {
    profile({ followers: 40 });
    start();
    openList('followers', handles('fan', 12));
    await wait(3000);
    expect(ends()).toMatchObject([{ endReached: true, header: { value: 40 } }]);
    expect(captureView()).toMatchObject({
      phase: 'finished',
      result: { complete: false, endReached: true, read: 12 },
    });
  });

  it('a list still loading at its bottom has not ended', async () => {
    profile({ followers: 20 });
    start();
    const open = openList('followers', handles('fan', 12));
    open.container.append(Object.assign(document.createElement('div'), { className: 'spinner' }));
    await wait(10_000);
    expect(ends()).toEqual([]);
    expect(captureView().phase).toBe('reading');
  });

  it('trouble: a sign of trouble at the bottom is no end; it is shown, and it stops the assisted scroll', async () => {
    profile({ followers: 20 });
    start();
    const open = openList('followers', handles('fan', 12), { atEnd: false });
    await wait(100);
    actions.toggleAssist();
    expect(captureView().assisting).toBe(true);
    setAtEnd(open.scroller, true);
    document.body.append(Object.assign(document.createElement('div'), { className: 'trouble' }));
    await wait(10_000);
    expect(ends()).toEqual([]);
    expect(said(captureView().trouble!)).toBe('Instagram is asking you to confirm it is you.');
    expect(captureView().assisting).toBe(false);
    expect(said(captureView().assistNote!)).toMatch(/confirm it is you/);
  });

  it('a closed list: what was read is a partial capture, shown for a while, then the box goes', async () => {
    profile({ followers: 30 });
    start();
    const open = openList('followers', handles('fan', 12), { atEnd: false });
    await wait(500);
    open.container.remove();
    await wait(100);
    expect(ends()).toMatchObject([{ endReached: false }]);
    expect(captureView()).toMatchObject({
      phase: 'finished',
      result: { complete: false, endReached: false },
    });
    await wait(6000);
    expect(lastView()).toBeNull();
    expect(batched()).toHaveLength(12);
  });

  it('a switched account: rows read afterwards are not sent, and the person is told why the capture ended', async () => {
    profile({ followers: 30 });
    start();
    const open = openList('followers', handles('fan', 12), { atEnd: false });
    await wait(500);
    document.querySelector('nav')!.setAttribute('data-me', 'other.shop');
    addRows(open, ['stranger']);
    await wait(500);
    expect(batched()).not.toContain('stranger');
    expect(ends()).toMatchObject([{ endReached: false, session: { owner: ME } }]);
    const view = captureView();
    expect(said(view.problem!)).toBe(
      "You switched accounts: what was read of @me.shop's followers is kept as a partial capture.",
    );
  });

  it('evidence disagrees: a URL naming followers over the following list records nothing, and says so', async () => {
    profile();
    setPath(`/${ME}/followers/`);
    start();
    openList('following', handles('pal', 3));
    await wait(5000);
    expect(sent).toEqual([]);
    expect(refusalSaid()).toMatch(/can't tell which list is open/);
  });

  it("the issue's repro: a list closed and the other opened within one look is placed at once, not left silent", async () => {
    profile({ followers: 3 });
    setPath(`/${ME}/followers/`);
    start();
    const followers = openList('followers', ['ann', 'bob', 'cy']);
    await wait(3000);
    expect(captureView()).toMatchObject({ phase: 'finished', result: { complete: true } });
    // Closed, and the following count clicked under a URL that still says followers, before the next look.
    followers.container.remove();
    (document.querySelector('[data-opens="following"]') as HTMLElement).click();
    openList('following', handles('pal', 3));
    await wait(100);
    expect(refusalSaid()).toMatch(/can't tell which list is open/);
    await wait(7000);
    expect(refusalSaid()).toMatch(/can't tell which list is open/);
    expect(ends()).toHaveLength(1);
    expect(sent.every((message) => message.session.list === 'followers')).toBe(true);
  });

  it('the click that opened the next list within one look counts as its evidence: a silent heading records nothing wrong', async () => {
    profile({ followers: 3, following: 3 });
    setPath(`/${ME}/followers/`);
    start();
    const followers = openList('followers', ['ann', 'bob', 'cy']);
    await wait(3000);
    followers.container.remove();
    (document.querySelector('[data-opens="following"]') as HTMLElement).click();
    // A heading in a language the adapter doesn't know: only the URL and the click say which list.
    openList(null, handles('pal', 3));
    await wait(5000);
    expect(sent.every((message) => message.session.list === 'followers')).toBe(true);
    expect(batched()).toEqual(['ann', 'bob', 'cy']);
    expect(refusalSaid()).toMatch(/can't tell which list is open/);
  });

  it('a list is placed at its first render, before a quick first wheel turn could scroll its first rows away', async () => {
    profile({ followers: 30 });
    start();
    await wait(1000);
    openList('followers', handles('fan', 12), { atEnd: false });
    // The page's change reaches the controller; no timer has run since.
    await mutationsDelivered();
    expect(captureView()).toMatchObject({ list: 'followers', phase: 'reading', read: 12 });
  });

  it('rows are read at each change of the list, and a look reads again only a list whose rows were replaced', async () => {
    profile({ followers: 40 });
    start();
    const open = openList('followers', handles('fan', 12), { atEnd: false });
    await wait(500);
    const reads = vi.spyOn(adapter, 'readRows');
    // Looks come with every change on the page; the rows did not change.
    for (let look = 0; look < 5; look++) {
      document.body.append(document.createElement('p'));
      await wait(100);
    }
    expect(reads).not.toHaveBeenCalled();
    addRows(open, handles('more', 12));
    await wait(100);
    expect(reads).toHaveBeenCalledTimes(1);
    await wait(FLUSH_DELAY_MS);
    expect(reads).toHaveBeenCalledTimes(1);
    expect(batched()).toHaveLength(24);
    // The site swaps in a new rows element without a change inside the old one: the look reads it.
    const rows = document.createElement('ul');
    rows.className = 'rows';
    rows.append(
      ...handles('new', 4).map((handle) =>
        Object.assign(document.createElement('li'), { textContent: handle }),
      ),
    );
    open.rows.replaceWith(rows);
    await wait(FLUSH_DELAY_MS + 100);
    expect(batched()).toEqual([...handles('fan', 12), ...handles('more', 12), ...handles('new', 4)]);
    reads.mockRestore();
  });

  it("a list switched in place by a tab, its rows drawn in the click's own task: none of them is read into the list before", async () => {
    profile({ followers: 40, following: 5 });
    start();
    const open = openList('followers', handles('fan', 12), { atEnd: false });
    const tab = Object.assign(document.createElement('a'), { textContent: 'Following' });
    tab.setAttribute('data-opens', 'following');
    tab.addEventListener('click', () => {
      open.container.setAttribute('data-heading', 'following');
      open.rows.replaceChildren();
      addRows(open, handles('pal', 5));
    });
    open.container.prepend(tab);
    await wait(500);
    tab.click();
    await wait(FLUSH_DELAY_MS + 100);
    const rowsOf = (list: ListKind) =>
      sent.flatMap((m) =>
        m.type === 'capture.batch' && m.session.list === list ? m.rows.map((r) => r.handle) : [],
      );
    expect(rowsOf('followers')).toEqual(handles('fan', 12));
    expect(rowsOf('following')).toEqual(handles('pal', 5));
  });

  it("the markers' answer marks the rows on screen, though a render comes before the look it asks for", async () => {
    profile({ following: 40 });
    let answer: (notFollowers: string[]) => void = () => undefined;
    start({ askNotFollowers: () => new Promise((resolve) => (answer = resolve)) });
    const open = openList('following', handles('pal', 12), { atEnd: false });
    await wait(500);
    answer(['pal2', 'pal5']);
    await mutationsDelivered();
    // A frame renders one more row after the answer and before the look it asked for.
    addRows(open, ['pal13']);
    await wait(100);
    const markedRows = [...open.rows.querySelectorAll('li')]
      .filter((li) => li.children.length > 0)
      .map((li) => li.textContent);
    expect(markedRows).toEqual(['pal2', 'pal5']);
  });

  it('a wheel turn on a list that opened just after the last look places it before the turn scrolls it', async () => {
    profile({ followers: 30 });
    start();
    await wait(1000);
    document.body.append(document.createElement('p'));
    await mutationsDelivered();
    const open = openList('followers', handles('fan', 12), { atEnd: false });
    await mutationsDelivered();
    expect(lastView()).toBeNull();
    open.scroller.dispatchEvent(new WheelEvent('wheel', { bubbles: true, deltaY: 300 }));
    expect(captureView()).toMatchObject({
      list: 'followers',
      phase: 'reading',
      read: 12,
      startUnread: false,
    });
  });

  it('the page has no wheel listener of the capture while a list is read, and has it again once the list closes', async () => {
    // Each turn of the wheel reaches the main thread of a page with a wheel listener, and while a list is
    // read the listener has nothing to do.
    let wheelListeners = 0;
    const add = document.addEventListener.bind(document);
    const remove = document.removeEventListener.bind(document);
    vi.spyOn(document, 'addEventListener').mockImplementation((type, listener, options) => {
      if (type === 'wheel') wheelListeners++;
      add(type, listener, options);
    });
    vi.spyOn(document, 'removeEventListener').mockImplementation((type, listener, options) => {
      if (type === 'wheel') wheelListeners--;
      remove(type, listener, options);
    });
    profile({ followers: 30 });
    start();
    expect(wheelListeners).toBe(1);
    const open = openList('followers', handles('fan', 12), { atEnd: false });
    await wait(500);
    expect(captureView()).toMatchObject({ phase: 'reading', read: 12 });
    expect(wheelListeners).toBe(0);
    open.container.remove();
    await wait(500);
    expect(wheelListeners).toBe(1);
    // Heard again: a list opened now is placed at the wheel's first turn.
    document.body.append(document.createElement('p'));
    await mutationsDelivered();
    const next = openList('following', handles('pal', 12), { atEnd: false });
    await mutationsDelivered();
    next.scroller.dispatchEvent(new WheelEvent('wheel', { bubbles: true, deltaY: 300 }));
    expect(captureView()).toMatchObject({ list: 'following', phase: 'reading', read: 12 });
    expect(wheelListeners).toBe(0);
  });

  it('a list already scrolled when reading began: its end is no end until its top was seen, and the box says so', async () => {
    profile({ followers: 3 });
    start();
    const open = openList('followers', [], { atEnd: false });
    Object.defineProperty(open.scroller, 'scrollTop', { value: 400, configurable: true, writable: true });
    addRows(open, ['bob', 'cy']);
    setAtEnd(open.scroller, true);
    Object.defineProperty(open.scroller, 'clientHeight', { value: 0, configurable: true });
    await wait(5000);
    expect(ends()).toEqual([]);
    expect(captureView()).toMatchObject({ phase: 'reading', read: 2, startUnread: true });
    // The person scrolls back up: the first row is read, and the end then counts.
    open.scroller.scrollTop = 0;
    addRows(open, ['ann']);
    open.scroller.dispatchEvent(new Event('scroll'));
    await wait(3000);
    expect(batched().sort()).toEqual(['ann', 'bob', 'cy']);
    expect(ends()).toMatchObject([{ endReached: true }]);
    expect(captureView()).toMatchObject({
      phase: 'finished',
      result: { complete: true },
      startUnread: false,
    });
  });

  it('a list whose rows the adapter cannot read is unreadable after the grace period, and nothing is sent', async () => {
    profile({ followers: 3 });
    start();
    openList('followers', []);
    await wait(5000);
    expect(captureView().unreadable).toBe('rows');
    expect(controller.unreadable()).toEqual({ list: 'followers', landmark: 'rows' });
    expect(sent).toEqual([]);
  });
});
