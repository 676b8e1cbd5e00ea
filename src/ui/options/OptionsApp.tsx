import { useCallback, useEffect, useState } from 'preact/hooks';

import { errorText, t } from '../../i18n/translate';
import { listAccounts } from '../../storage/ledger-reader';
import type { AccountRecord } from '../../storage/schema';
import { explainStorageError } from '../../storage/storage-problem';
import { ledgerDb } from '../ledger-db';
import { BackupRestore } from './BackupRestore';
import { BulkProtect } from './BulkProtect';
import { ImportDownload } from './ImportDownload';
import { Ledgers } from './Ledgers';
import { RhythmSetting } from './RhythmSetting';

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
