export type Status = { kind: 'ok' | 'error'; text: string } | null;

/** The outcome of the last action of a section: a status, or an alert when it failed. */
export function StatusLine({ status }: { status: Status }) {
  if (!status) return null;
  return (
    <p class={status.kind === 'ok' ? 'complete' : 'problem'} role={status.kind === 'ok' ? 'status' : 'alert'}>
      {status.text}
    </p>
  );
}
