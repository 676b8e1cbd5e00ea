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

/** One capture of `rows`, sent in batches of 500 as the content script would, then closed and timed. */
async function capture(
  db: LedgerDb,
  list: 'followers' | 'following',
  rows: string[],
  at: number,
): Promise<number> {
  const session: CaptureSession = { id: uuid(), platform: 'instagram', owner: 'bench', list };
  const header = { value: rows.length, unit: 1 };
  for (let seq = 0; seq * 500 < rows.length; seq++) {
    const batch = rows
      .slice(seq * 500, (seq + 1) * 500)
      .map((handle) => ({ handle, displayName: `Name ${handle}` }));
    await recordBatch(db, { type: 'capture.batch', session, seq, rows: batch, header }, at);
  }
  const started = performance.now();
  await closeCapture(db, session, { endReached: true, header }, at);
  return performance.now() - started;
}

async function closeComplete(size: number): Promise<number> {
  const db = await freshDb();
  await capture(db, 'following', handles('g', Math.min(size, 7500)), 1);
  await capture(db, 'followers', handles('f', size), 2);
  // The second day: 0.5 % left, as many new, the rest the same.
  const churn = Math.max(1, Math.round(size * 0.005));
  const next = [...handles('f', size).slice(churn), ...handles('n', churn)];
  const elapsed = await capture(db, 'followers', next, 3);
  db.close();
  return elapsed;
}

/** The baseline DESIGN.md measured: the same people written one IndexedDB record each. */
async function perRecordWrite(size: number): Promise<number> {
  const db = await openDB(`bench-records-${runs++}`, 1, {
    upgrade: (d) => d.createObjectStore('people', { keyPath: 'handle' }),
  });
  const rows = handles('f', size).map((handle) => ({
    handle,
    displayName: `Name ${handle}`,
    firstSeen: 1,
    lastSeen: 2,
  }));
  const started = performance.now();
  const tx = db.transaction('people', 'readwrite');
  for (const row of rows) void tx.store.put(row);
  await tx.done;
  const elapsed = performance.now() - started;
  db.close();
  return elapsed;
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

Object.assign(globalThis, { bench: { closeComplete, perRecordWrite, storageYear, readBatch } });
