import { useCallback, useEffect, useState } from 'preact/hooks';

import { filesInZip, type ParsedDownload, parseDownload, type PickedFile } from '../../data/downloads';
import { normalizeHandle } from '../../domain/handle';
import { PLATFORM_NAMES } from '../../domain/platforms';
import type { Platform } from '../../domain/types';
import { errorText, t, tPlural } from '../../i18n/translate';
import { listAccounts } from '../../storage/ledger-reader';
import type { AccountRecord } from '../../storage/schema';
import { explainStorageError } from '../../storage/storage-problem';
import { formatList, formatMegabytes, formatMoment } from '../../wording/format';
import { ledgerDb } from '../ledger-db';
import { sendToBackground } from '../send';
import { BackupRestore } from './BackupRestore';

type Status = { kind: 'ok' | 'error'; text: string } | null;

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
      <BackupRestore onChanged={refresh} />
      <ImportDownload accounts={accounts} onChanged={refresh} />
    </main>
  );
}

function StatusLine({ status }: { status: Status }) {
  if (!status) return null;
  return (
    <p class={status.kind === 'ok' ? 'complete' : 'problem'} role={status.kind === 'ok' ? 'status' : 'alert'}>
      {status.text}
    </p>
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

function ImportDownload({ accounts, onChanged }: { accounts: AccountRecord[]; onChanged: () => void }) {
  const [parsed, setParsed] = useState<(ParsedDownload & { ok: true; exportedAt: number }) | null>(null);
  const [owner, setOwner] = useState('');
  const [status, setStatus] = useState<Status>(null);
  const pick = async (files: FileList | null) => {
    setParsed(null);
    if (!files?.length) return;
    const picked: PickedFile[] = [];
    try {
      for (const file of files) {
        if (/\.zip$/i.test(file.name)) picked.push(...filesInZip(new Uint8Array(await file.arrayBuffer())));
        else picked.push({ name: file.name, text: await file.text() });
      }
    } catch {
      return setStatus({ kind: 'error', text: t('zipUnreadable') });
    }
    const result = parseDownload(picked);
    if (!result.ok) return setStatus({ kind: 'error', text: t('nothingImported', { reason: result.error }) });
    // The download is dated by its files: that is when the lists were true.
    const exportedAt = Math.max(...[...files].map((file) => file.lastModified));
    setParsed({ ...result, exportedAt });
    setOwner(
      (current) => current || accounts.find((account) => account.platform === result.platform)?.handle || '',
    );
    setStatus({
      kind: 'ok',
      text: t('downloadSummary', {
        platform: PLATFORM_NAMES[result.platform],
        date: formatMoment(exportedAt),
        lists: formatList(
          result.lists.map((list) =>
            tPlural(list.list === 'followers' ? 'followerCount' : 'followingCount', list.rows.length),
          ),
        ),
      }),
    });
  };
  const run = async () => {
    if (!parsed) return;
    const handle = normalizeHandle(parsed.platform, owner);
    if (!handle) return setStatus({ kind: 'error', text: t('invalidHandle') });
    try {
      await sendToBackground({
        type: 'data.import',
        platform: parsed.platform as Platform,
        owner: handle,
        exportedAt: parsed.exportedAt,
        lists: parsed.lists,
      });
      setStatus({
        kind: 'ok',
        text: t('importedInto', { handle: `@${handle}`, platform: PLATFORM_NAMES[parsed.platform] }),
      });
      setParsed(null);
      onChanged();
    } catch (error) {
      setStatus({ kind: 'error', text: errorText(error) });
    }
  };
  return (
    <section aria-labelledby="import">
      <h2 id="import">{t('importHeading')}</h2>
      <p class="muted">{t('importAbout')}</p>
      <label class="file">
        {t('downloadFiles')}{' '}
        <input
          type="file"
          multiple
          accept=".zip,.json,application/zip,application/json"
          onChange={(event) => pick(event.currentTarget.files)}
        />
      </label>
      {parsed && (
        <div class="import-target">
          <label>
            {t('yourUsername', { platform: PLATFORM_NAMES[parsed.platform] })}{' '}
            <input
              value={owner}
              onInput={(event) => setOwner(event.currentTarget.value)}
              placeholder={t('usernamePlaceholder')}
            />
          </label>{' '}
          <button type="button" disabled={!owner.trim()} onClick={run}>
            {t('importButton')}
          </button>
        </div>
      )}
      <StatusLine status={status} />
    </section>
  );
}
