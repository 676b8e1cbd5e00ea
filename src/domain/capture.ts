import type { CountReading, ListKind, Platform, Row } from './types';

/**
 * What a capture says while it runs, shared by the content script that sends it, the message contract that
 * checks it and the storage that records it. The contract's zod schemas are typed against these, so the
 * three can't drift apart.
 */

/** One reading of one list of one account, from its first batch to its end. */
export interface CaptureSession {
  id: string;
  platform: Platform;
  owner: string;
  list: ListKind;
}

export interface CaptureBatch {
  type: 'capture.batch';
  session: CaptureSession;
  seq: number;
  rows: Row[];
  header: CountReading | null;
}

export interface CaptureEnd {
  type: 'capture.end';
  session: CaptureSession;
  header: CountReading | null;
  endReached: boolean;
}

export type CaptureMessage = CaptureBatch | CaptureEnd;

/** The background's answer to each capture message. */
export interface CaptureReply {
  read: number;
  complete: boolean;
}
