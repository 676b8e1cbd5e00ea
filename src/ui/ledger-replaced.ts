/**
 * Pages that are open while the options page restores a backup read the ledger before it was replaced.
 * The restoring page says so on a channel every extension page shares (same origin), and they read
 * it again; the background needs no word (restored captures have new ids, see restoreBackup).
 */
const CHANNEL = 'follow-ledger-replaced';

export function announceLedgerReplaced(): void {
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage('replaced');
  channel.close();
}

/** Calls `reload` each time another page replaced the ledger; returns what stops listening. */
export function onLedgerReplaced(reload: () => void): () => void {
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = () => reload();
  return () => channel.close();
}
