import type { CaptureBatch, CaptureSession } from '../domain/capture';
import type { CountReading, Row } from '../domain/types';
import type { SendOutcome } from './batch-sender';

/**
 * A batch goes at most this long after its first row was read. Every message costs the page's main
 * thread about a millisecond (the browser opens a channel, serializes and routes it) while the person
 * scrolls: a fast scroll brings a page of 12 rows every few frames, and one message per page was a
 * third of the content script's time. A list closed or left sooner sends what it read at once.
 */
export const FLUSH_DELAY_MS = 1000;
/** Rows per message at most: far under what the background accepts in one. */
export const MAX_BATCH_ROWS = 200;

export interface RowBatchesEnv {
  capture: CaptureSession;
  send: (message: CaptureBatch) => Promise<SendOutcome>;
  /** The header's count that holds now, sent with each batch. */
  header(): CountReading | null;
  /** Every landmark of the list was found: until then rows are kept, not sent. */
  verified(): boolean;
  /** The page's logged-in account is still the list's owner. */
  ownerHere(): boolean;
  /** Rows were read after the page's account changed: they were dropped, and the capture must end. */
  onOwnerGone(): void;
  onOutcome(outcome: SendOutcome): void;
}

export interface RowBatches {
  /** Keeps the accounts not read before; true when there was one. */
  add(rows: Row[]): boolean;
  /** Sends what was kept, once the list is verified. */
  flush(): void;
  /** Forgets what was kept unsent: the list turned out unreadable. */
  drop(): void;
  /** Distinct accounts read so far. */
  read(): number;
  /** This account was read already. */
  known(handle: string): boolean;
  /** When the last account not read before arrived. */
  lastNewAt(): number;
  stop(): void;
}

/**
 * The rows of one capture, each account once, sent in batches as they come: what arrives within a
 * moment goes together, so a fast scroll costs a few messages a second and is stored as it goes.
 */
export function createRowBatches(env: RowBatchesEnv): RowBatches {
  const seen = new Set<string>();
  let pending: Row[] = [];
  let seq = 0;
  let lastNewAt = Date.now();
  let timer: ReturnType<typeof setTimeout> | undefined;

  function flush() {
    clearTimeout(timer);
    timer = undefined;
    if (!env.verified() || pending.length === 0) return;
    // Rows read once the page's account changed may not go to the owner's ledger.
    if (!env.ownerHere()) {
      pending = [];
      return env.onOwnerGone();
    }
    while (pending.length > 0) {
      const rows = pending.splice(0, MAX_BATCH_ROWS);
      void env
        .send({ type: 'capture.batch', session: env.capture, seq: seq++, rows, header: env.header() })
        .then(env.onOutcome);
    }
  }

  return {
    add(rows) {
      const before = seen.size;
      for (const row of rows) {
        if (seen.has(row.handle)) continue;
        seen.add(row.handle);
        pending.push(row);
      }
      if (seen.size === before) return false;
      lastNewAt = Date.now();
      if (pending.length >= MAX_BATCH_ROWS) flush();
      else timer ??= setTimeout(flush, FLUSH_DELAY_MS);
      return true;
    },
    flush,
    drop() {
      pending = [];
    },
    read: () => seen.size,
    known: (handle) => seen.has(handle),
    lastNewAt: () => lastNewAt,
    stop: () => clearTimeout(timer),
  };
}
