import { useState } from 'preact/hooks';

import type { Backup } from '../../data/backup-format';
import { TranslatableError } from '../../i18n/translatable';
import { t, tPlural, translate } from '../../i18n/translate';
import { exportBackup } from '../../storage/backup';
import { explainStorageError } from '../../storage/storage-problem';
import { formatMegabytes } from '../../wording/format';
import { downloadFile, today } from '../download-file';
import { ledgerDb } from '../ledger-db';
import { backupBlob } from './backup-file';
import { checkBackupFile, readFileBytes, restoreInPage } from './restore-file';
import { StatusLine } from './StatusLine';
import { useStatus } from './use-status';

/**
 * What went wrong, in the user's words: a storage refusal explained, anything else from the browser
 * (out of memory, a disk error) said in general terms rather than in the engine's own text.
 */
function failureText(error: unknown): string {
  const explained = explainStorageError(error);
  return explained instanceof TranslatableError ? translate(explained.reason) : t('browserRefused');
}

/**
 * Backup and restore, of ledgers of any size: the page reads and writes the database itself, no
 * runtime message carries a ledger, and each step shows how far it got.
 */
export function BackupRestore({ onChanged }: { onChanged: () => void }) {
  const { status, setStatus, attempt } = useStatus(failureText);
  const [pending, setPending] = useState<{ backup: Backup; file: string } | null>(null);
  const busy = status?.kind === 'busy';

  const backUp = () =>
    attempt(
      async () => {
        setStatus({ kind: 'busy', text: t('backupReadingLedgers') });
        const backup = await exportBackup(await ledgerDb(), Date.now());
        const file = await backupBlob(backup, (done, total) =>
          setStatus({ kind: 'busy', text: t('backupWriting', { done, total }), done, total }),
        );
        downloadFile(`follow-ledger-backup-${today()}.json`, file);
        return tPlural('backupSaved', backup.accounts.length);
      },
      (error) => t('backupFailed', { error }),
    );

  const pick = async (file: File | undefined) => {
    setPending(null);
    if (!file) return;
    await attempt(
      async () => {
        const bytes = await readFileBytes(file, (done, total) =>
          setStatus({
            kind: 'busy',
            text: t('restoreReadingFile', {
              file: file.name,
              done: formatMegabytes(done),
              total: formatMegabytes(total),
            }),
            done,
            total,
          }),
        );
        setStatus({ kind: 'busy', text: t('restoreChecking', { file: file.name }) });
        // Let the page show that before the check holds it.
        await new Promise((resolve) => setTimeout(resolve, 20));
        const checked = checkBackupFile(bytes);
        if (!checked.ok)
          return setStatus({
            kind: 'error',
            text: t('notRestored', { file: file.name, reason: checked.error }),
          });
        setPending({ backup: checked.backup, file: file.name });
        return t('restoreSummary', {
          file: file.name,
          ledgers: tPlural('ledgerCount', checked.backup.accounts.length),
          people: tPlural('peopleCount', peopleIn(checked.backup)),
        });
      },
      (reason) => t('notRestored', { file: file.name, reason }),
    );
  };

  const restore = async () => {
    if (!pending) return;
    await attempt(
      async () => {
        setStatus({
          kind: 'busy',
          text: t('restoreWriting', { people: tPlural('peopleCount', peopleIn(pending.backup)) }),
        });
        await restoreInPage(pending.backup);
        setPending(null);
        onChanged();
        return t('restored');
      },
      (error) => t('nothingChanged', { error }),
    );
  };

  return (
    <section aria-labelledby="backup">
      <h2 id="backup">{t('backupHeading')}</h2>
      <p class="muted">{t('backupAbout')}</p>
      <button type="button" onClick={backUp} disabled={busy}>
        {t('downloadBackup')}
      </button>
      <label class="file">
        {t('restoreFromFile')}{' '}
        <input
          type="file"
          accept=".json,application/json"
          disabled={busy}
          onChange={(event) => pick(event.currentTarget.files?.[0])}
        />
      </label>
      {pending && !busy && (
        <button type="button" class="danger" onClick={restore}>
          {t('restoreThis')}
        </button>
      )}
      <StatusLine status={status} />
    </section>
  );
}

function peopleIn(backup: Backup): number {
  return backup.accounts.reduce((sum, account) => sum + account.people.length, 0);
}
