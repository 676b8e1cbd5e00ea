/**
 * The benchmark's in-browser half: the extension's own storage and adapter code, bundled for a plain
 * page so it can be timed in headless Chromium against a real IndexedDB and a real DOM.
 */
import { openDB } from 'idb';

import type { CaptureSession } from '../../src/domain/capture';
import { instagram } from '../../src/platforms/instagram';
import { closeCapture, recordBatch } from '../../src/storage/captures';
import { openLedgerDb } from '../../src/storage/open-ledger-db';
import { type LedgerDb } from '../../src/storage/schema';

let runs = 0;
const uuid = () => crypto.randomUUID();
const handles = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}${i}`);

async function freshDb(): Promise<LedgerDb> {
  return openLedgerDb(`bench-${runs++}-${Date.now()}`);
}

/** Sends `rows` as one capture in batches of 500, as the content script would; returns its session. */
async function sendCapture(
  db: LedgerDb,
  list: 'followers' | 'following',
  rows: string[],
  at: number,
): Promise<CaptureSession> {
  const session: CaptureSession = { id: uuid(), platform: 'instagram', owner: 'bench', list };
  for (let seq = 0; seq * 500 < rows.length; seq++) {
    const batch = rows
      .slice(seq * 500, (seq + 1) * 500)
      .map((handle) => ({ handle, displayName: `Name ${handle}` }));
    await recordBatch(db, { type: 'capture.batch', session, seq, rows: batch, header: headerOf(rows) }, at);
  }
  return session;
}

const headerOf = (rows: string[]) => ({ value: rows.length, unit: 1 });

/** One capture of `rows`, sent then closed; returns the milliseconds the close took. */
async function capture(
  db: LedgerDb,
  list: 'followers' | 'following',
  rows: string[],
  at: number,
): Promise<number> {
  const session = await sendCapture(db, list, rows, at);
  const started = performance.now();
  await closeCapture(db, session, { endReached: true, header: headerOf(rows) }, at);
  return performance.now() - started;
}

/**
 * The floor under closing a capture: the bytes a close reads and writes, read and written raw in one
 * transaction with no logic (the capture's batches and both lists' chunks read, the closed list's chunks
 * and the relations written back as they are).
 */
async function rawFloor(db: LedgerDb, session: CaptureSession, other: 'followers' | 'following') {
  const started = performance.now();
  const tx = db.transaction(['batches', 'memberChunks', 'relations'], 'readwrite');
  const range = (list: string) =>
    IDBKeyRange.bound(['instagram:bench', list, 0], ['instagram:bench', list, Infinity]);
  const [, chunks, , relations] = await Promise.all([
    tx.objectStore('batches').getAll(IDBKeyRange.bound([session.id, 0], [session.id, Infinity])),
    tx.objectStore('memberChunks').getAll(range(session.list)),
    tx.objectStore('memberChunks').getAll(range(other)),
    tx.objectStore('relations').get('instagram:bench'),
  ]);
  await Promise.all([
    ...chunks.map((chunk) => tx.objectStore('memberChunks').put(chunk)),
    relations && tx.objectStore('relations').put(relations),
  ]);
  await tx.done;
  return performance.now() - started;
}

/**
 * Closing a complete capture of `size` followers against a stored `size`, with `following` accounts
 * followed (half of them followers): each run is the next day, 0.5 % left and as many new, and is timed
 * beside its raw floor.
 */
async function closeComplete(size: number, following: number, runs: number) {
  const db = await freshDb();
  const followed = [...handles('f', Math.floor(following / 2)), ...handles('g', Math.ceil(following / 2))];
  await capture(db, 'following', followed, 1);
  const churn = Math.max(1, Math.round(size * 0.005));
  const days = [handles('f', size), [...handles('f', size).slice(churn), ...handles('n', churn)]];
  await capture(db, 'followers', days[0], 2);
  const closes: number[] = [];
  const floors: number[] = [];
  for (let run = 0; run < runs; run++) {
    const rows = days[(run + 1) % 2];
    const at = 3 + run;
    const session = await sendCapture(db, 'followers', rows, at);
    floors.push(await rawFloor(db, session, 'following'));
    const started = performance.now();
    await closeCapture(db, session, { endReached: true, header: headerOf(rows) }, at);
    closes.push(performance.now() - started);
  }
  db.close();
  return { closes, floors };
}

/**
 * The size of everything a database holds, as the JSON of its records, typed arrays counted at their
 * byte length: the browser's own usage figure moves with compaction and other databases, this one only
 * with what is stored.
 */
const asBytes = (_key: string, value: unknown) =>
  ArrayBuffer.isView(value) ? 'x'.repeat(value.byteLength) : value;

async function logicalBytes(name: string): Promise<number> {
  const db = await openDB(name);
  let bytes = 0;
  for (const store of db.objectStoreNames) {
    for (
      let cursor = await db.transaction(store).store.openCursor();
      cursor;
      cursor = await cursor.continue()
    ) {
      bytes += JSON.stringify(cursor.key).length + JSON.stringify(cursor.value, asBytes).length;
    }
  }
  db.close();
  return bytes;
}

/** A year of daily captures with churn, as the ledger stores it, against one full copy of both lists per day. */
async function storageYear(options: { followers: number; following: number; days: number; churn: number }) {
  let followers = handles('f', options.followers);
  let following = handles('g', options.following);
  let next = 0;
  const churnDay = (list: string[]) => {
    const changes = Math.max(1, Math.round(list.length * options.churn));
    return [...list.slice(changes), ...Array.from({ length: changes }, () => `x${next++}`)];
  };
  const day = 86_400_000;
  const ledgerName = `bench-year-${runs++}`;
  const db = await openLedgerDb(ledgerName);
  for (let d = 0; d < options.days; d++) {
    await capture(db, 'followers', followers, d * day);
    await capture(db, 'following', following, d * day + 1000);
    followers = churnDay(followers);
    following = churnDay(following);
  }
  db.close();
  const ledgerBytes = await logicalBytes(ledgerName);

  followers = handles('f', options.followers);
  following = handles('g', options.following);
  const copiesName = `bench-copies-${runs++}`;
  const copies = await openDB(copiesName, 1, { upgrade: (d) => d.createObjectStore('days') });
  for (let d = 0; d < options.days; d++) {
    const person = (handle: string) => ({ handle, displayName: `Name ${handle}` });
    await copies.put('days', { followers: followers.map(person), following: following.map(person) }, d);
    followers = churnDay(followers);
    following = churnDay(following);
  }
  copies.close();
  const copiesBytes = await logicalBytes(copiesName);
  return { ledgerBytes, copiesBytes };
}

/** The Instagram adapter reading one rendered batch of 12 rows, on a list shaped like SITES.md. */
function readBatch(repeats: number): number[] {
  const dialog = document.createElement('div');
  dialog.setAttribute('role', 'dialog');
  const search = document.createElement('input');
  const scroller = document.createElement('div');
  scroller.style.overflowY = 'auto';
  scroller.style.height = '400px';
  const list = document.createElement('div');
  for (let i = 0; i < 12; i++) {
    const row = document.createElement('div');
    const avatar = document.createElement('a');
    avatar.href = `/user_${i}/`;
    avatar.append(document.createElement('img'));
    const text = document.createElement('div');
    const link = document.createElement('a');
    link.href = `/user_${i}/`;
    const name = document.createElement('span');
    name.textContent = `user_${i}`;
    link.append(name);
    const display = document.createElement('span');
    display.textContent = `User ${i}`;
    const remove = document.createElement('div');
    remove.setAttribute('role', 'button');
    remove.textContent = 'Remove';
    text.append(link, display);
    row.append(avatar, text, remove);
    list.append(row);
  }
  scroller.append(list);
  dialog.append(search, scroller);
  document.body.append(dialog);
  const open = instagram.findOpenList(document)!;
  const times: number[] = [];
  const links = [...list.querySelectorAll('a')];
  for (let r = 0; r < repeats; r++) {
    // Accounts never read before, as when the list scrolls on: the adapter remembers the links it parsed.
    links.forEach((link, i) => link.setAttribute('href', `/user_${r}_${i >> 1}/`));
    const started = performance.now();
    const rows = instagram.readRows(open);
    times.push(performance.now() - started);
    if (rows.length !== 12) throw new Error(`read ${rows.length} rows`);
  }
  dialog.remove();
  return times;
}

Object.assign(globalThis, { bench: { closeComplete, storageYear, readBatch } });
