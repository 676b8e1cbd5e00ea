import { t } from '../../i18n/translate';

export type Status =
  | { kind: 'ok' | 'error'; text: string }
  /** A long step under way, with how far it got when that is known. */
  | { kind: 'busy'; text: string; done?: number; total?: number }
  | null;

/** The outcome of the last action of a section: a status, an alert when it failed, or its progress. */
export function StatusLine({ status }: { status: Status }) {
  if (!status) return null;
  if (status.kind === 'busy')
    return (
      <div class="progress" role="status" data-testid="backup-progress">
        <span>{status.text}</span>
        <progress aria-label={t('progressLabel')} value={status.done} max={status.total} />
      </div>
    );
  return (
    <p class={status.kind === 'ok' ? 'complete' : 'problem'} role={status.kind === 'ok' ? 'status' : 'alert'}>
      {status.text}
    </p>
  );
}
