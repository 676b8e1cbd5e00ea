import { useCallback, useEffect, useState } from 'preact/hooks';

import { PLATFORM_NAMES } from '../../domain/platforms';
import { errorText, t } from '../../i18n/translate';
import { listAccounts } from '../../storage/ledger-reader';
import type { AccountRecord } from '../../storage/schema';
import { explainStorageError } from '../../storage/storage-problem';
import { formatMegabytes, formatMoment } from '../../wording/format';
import { ledgerDb } from '../ledger-db';
import { sendToBackground } from '../send';
import { BackupRestore } from './BackupRestore';
import { BulkProtect } from './BulkProtect';
import { ImportDownload } from './ImportDownload';
import { RhythmSetting } from './RhythmSetting';
import { type Status, StatusLine } from './StatusLine';

/** Options: the ledgers kept, backup and restore, imports of official data downloads, deletion. */
export function OptionsApp() {
  const [accounts, setAccounts] = useState<AccountRecord[]>([]);
  const [usage, setUsage] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const refresh = useCallback(async () => {
    try {
      setAccounts(await listAccounts(await ledgerDb()));
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
      <RhythmSetting />
      <BulkProtect accounts={accounts} />
      <BackupRestore onChanged={refresh} />
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
