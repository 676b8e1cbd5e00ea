import { useCallback, useEffect, useState } from 'preact/hooks';

import type { Backup } from '../../data/backup-format';
import { readBackup } from '../../data/read-backup';
import { PLATFORM_NAMES } from '../../domain/platforms';
import { errorText, t, tPlural } from '../../i18n/translate';
import { listAccounts } from '../../storage/ledger-reader';
import { type AccountRecord, openLedgerDb } from '../../storage/schema';
import { explainStorageError } from '../../storage/storage-problem';
import { formatMegabytes, formatMoment } from '../../wording/format';
import { downloadFile, today } from '../download-file';
import { sendToBackground } from '../send';
import { ImportDownload } from './ImportDownload';
import { type Status, StatusLine } from './StatusLine';

/** Options: the ledgers kept, backup and restore, imports of official data downloads, deletion. */
export function OptionsApp() {
  const [accounts, setAccounts] = useState<AccountRecord[]>([]);
  const [usage, setUsage] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const refresh = useCallback(async () => {
    try {
      setAccounts(await listAccounts(await openLedgerDb()));
      setUsage((await navigator.storage.estimate()).usage ?? null);
      setProblem(null);
    } catch (failure) {
      setProblem(errorText(explainStorageError(failure)));
    }
  }, []);
  useEffect(() => void refresh(), [refresh]);

  return (
    <main class="options">
      <h1>{t('extName')}</h1>
      {problem && (
        <p class="problem" role="alert">
          {problem}
        </p>
      )}
      <Ledgers accounts={accounts} usage={usage} onChanged={refresh} />
      <BackupAndRestore onChanged={refresh} />
      <ImportDownload accounts={accounts} onChanged={refresh} />
    </main>
  );
}

function Ledgers({
  accounts,
  usage,
  onChanged,
}: {
  accounts: AccountRecord[];
  usage: number | null;
  onChanged: () => void;
}) {
  const [confirming, setConfirming] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const remove = async (accountId: string | null, done: string) => {
    if (confirming !== (accountId ?? 'all')) return setConfirming(accountId ?? 'all');
    setConfirming(null);
    try {
      await sendToBackground({ type: 'data.delete', accountId });
      setStatus({ kind: 'ok', text: done });
      onChanged();
    } catch (error) {
      setStatus({ kind: 'error', text: t('nothingDeleted', { error: errorText(error) }) });
    }
  };
  return (
    <section aria-labelledby="ledgers">
      <h2 id="ledgers">{t('yourLedgers')}</h2>
      <p class="muted" data-testid="storage-used">
        {usage === null ? t('spaceUnknown') : t('spaceUsed', { size: formatMegabytes(usage) })}
      </p>
      {accounts.length === 0 ? (
        <p class="empty">{t('noLedgerYet')}</p>
      ) : (
        <ul class="accounts">
          {accounts.map((account) => (
            <li key={account.id}>
              <span>
                {t('ledgerLine', {
                  handle: `@${account.handle}`,
                  platform: PLATFORM_NAMES[account.platform],
                  date: formatMoment(account.lastCaptureAt),
                })}
              </span>
              <button
                type="button"
                class="secondary danger"
                onClick={() => remove(account.id, t('deletedOne', { handle: `@${account.handle}` }))}
              >
                {confirming === account.id
                  ? t('reallyDeleteOne', { handle: `@${account.handle}` })
                  : t('deleteThisData')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {accounts.length > 0 && (
        <button type="button" class="secondary danger" onClick={() => remove(null, t('deletedAll'))}>
          {confirming === 'all' ? t('reallyDeleteAll') : t('deleteEverything')}
        </button>
      )}
      <StatusLine status={status} />
    </section>
  );
}

function BackupAndRestore({ onChanged }: { onChanged: () => void }) {
  const [status, setStatus] = useState<Status>(null);
  const [pending, setPending] = useState<Backup | null>(null);
  const backUp = async () => {
    try {
      const backup = await sendToBackground<Backup>({ type: 'data.backup' });
      downloadFile(
        `follow-ledger-backup-${today()}.json`,
        JSON.stringify(backup, null, 2),
        'application/json',
      );
      setStatus({ kind: 'ok', text: tPlural('backupSaved', backup.accounts.length) });
    } catch (error) {
      setStatus({ kind: 'error', text: t('backupFailed', { error: errorText(error) }) });
    }
  };
  const pick = async (file: File | undefined) => {
    setPending(null);
    if (!file) return;
    const checked = readBackup(await file.text());
    if (!checked.ok)
      return setStatus({ kind: 'error', text: t('notRestored', { file: file.name, reason: checked.error }) });
    setPending(checked.backup);
    const people = checked.backup.accounts.reduce((sum, account) => sum + account.people.length, 0);
    setStatus({
      kind: 'ok',
      text: t('restoreSummary', {
        file: file.name,
        ledgers: tPlural('ledgerCount', checked.backup.accounts.length),
        people: tPlural('peopleCount', people),
      }),
    });
  };
  const restore = async () => {
    if (!pending) return;
    try {
      await sendToBackground({ type: 'data.restore', backup: pending });
      setPending(null);
      setStatus({ kind: 'ok', text: t('restored') });
      onChanged();
    } catch (error) {
      setStatus({ kind: 'error', text: t('nothingChanged', { error: errorText(error) }) });
    }
  };
  return (
    <section aria-labelledby="backup">
      <h2 id="backup">{t('backupHeading')}</h2>
      <p class="muted">{t('backupAbout')}</p>
      <button type="button" onClick={backUp}>
        {t('downloadBackup')}
      </button>
      <label class="file">
        {t('restoreFromFile')}{' '}
        <input
          type="file"
          accept=".json,application/json"
          onChange={(event) => pick(event.currentTarget.files?.[0])}
        />
      </label>
      {pending && (
        <button type="button" class="danger" onClick={restore}>
          {t('restoreThis')}
        </button>
      )}
      <StatusLine status={status} />
    </section>
  );
}
