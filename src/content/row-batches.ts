import type { CaptureBatch, CaptureSession } from '../domain/capture';
import type { CountReading, Row } from '../domain/types';
import type { SendOutcome } from './batch-sender';

/** Rows per message: the site's own page size, so each batch is stored as it arrives. */
const BATCH_ROWS = 12;
const FLUSH_DELAY_MS = 300;

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
  /** When the last account not read before arrived. */
  lastNewAt(): number;
  stop(): void;
}

/**
 * The rows of one capture, each account once, sent in batches as they come: a batch is sent when it is
 * full or when nothing new came for a moment, so a slow scroll is stored as it goes.
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
    const rows = pending.splice(0);
    void env
      .send({ type: 'capture.batch', session: env.capture, seq: seq++, rows, header: env.header() })
      .then(env.onOutcome);
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
      if (pending.length >= BATCH_ROWS) flush();
      else timer ??= setTimeout(flush, FLUSH_DELAY_MS);
      return true;
    },
    flush,
    drop() {
      pending = [];
    },
    read: () => seen.size,
    lastNewAt: () => lastNewAt,
    stop: () => clearTimeout(timer),
  };
}
