import { captureMessage, type CaptureReply } from '../messaging/contract';
import { classifySender, type SenderInfo } from '../messaging/sender';
import { closeCapture, recordBatch } from '../storage/captures';
import type { LedgerDb } from '../storage/schema';

/**
 * The background's answer to content scripts: every message is checked for who sent it and for its
 * shape before anything is written, and a page may only write the ledger of its own platform.
 */
export function createCaptureHandler(deps: {
  db: () => Promise<LedgerDb>;
  self: { id: string; origin: string };
  now?: () => number;
}) {
  const now = deps.now ?? (() => Date.now());
  return (raw: unknown, senderInfo: SenderInfo): Promise<CaptureReply> | null => {
    if (!isCaptureMessageType(raw)) return null;
    const sender = classifySender(senderInfo, deps.self);
    if (sender.kind !== 'site') return Promise.reject(new Error(`Refused: ${sender.kind === 'refused' ? sender.reason : 'not a site page'}`));
    const parsed = captureMessage.safeParse(raw);
    if (!parsed.success) return Promise.reject(new Error(`Refused: malformed ${raw.type} message`));
    const message = parsed.data;
    if (message.session.platform !== sender.platform) {
      return Promise.reject(new Error(`Refused: a ${sender.platform} page cannot write a ${message.session.platform} ledger`));
    }
    return deps.db().then((db) =>
      message.type === 'capture.batch'
        ? recordBatch(db, message, now())
        : closeCapture(db, message.session, { endReached: message.endReached, header: message.header }, now()),
    );
  };
}

function isCaptureMessageType(raw: unknown): raw is { type: string } {
  return typeof raw === 'object' && raw !== null && typeof (raw as { type?: unknown }).type === 'string' &&
    (raw as { type: string }).type.startsWith('capture.');
}
