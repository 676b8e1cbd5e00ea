import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Backup } from '../../data/backup-format';
import { filesInZip, parseDownload, type ParsedDownload, type PickedFile } from '../../data/downloads';
import { readBackup } from '../../data/read-backup';
import { PLATFORM_NAMES } from '../../domain/platforms';
import type { Platform } from '../../domain/types';
import { listAccounts } from '../../storage/ledger-reader';
import { openLedgerDb, type AccountRecord } from '../../storage/schema';
import { explainStorageError } from '../../storage/storage-problem';
import { downloadFile, today } from '../download-file';
import { formatCount, formatMoment } from '../format';
import { sendToBackground } from '../send';

type Status = { kind: 'ok' | 'error'; text: string } | null;

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
      setProblem(explainStorageError(failure));
    }
  }, []);
  useEffect(() => void refresh(), [refresh]);

  return (
    <main class="options">
      <h1>Follow Ledger</h1>
      {problem && <p class="problem" role="alert">{problem}</p>}
      <Ledgers accounts={accounts} usage={usage} onChanged={refresh} />
      <BackupAndRestore onChanged={refresh} />
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

function Ledgers({ accounts, usage, onChanged }: { accounts: AccountRecord[]; usage: number | null; onChanged: () => void }) {
  const [confirming, setConfirming] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const remove = async (accountId: string | null, label: string) => {
    if (confirming !== (accountId ?? 'all')) return setConfirming(accountId ?? 'all');
    setConfirming(null);
    try {
      await sendToBackground({ type: 'data.delete', accountId });
      setStatus({ kind: 'ok', text: `Deleted ${label}.` });
      onChanged();
    } catch (error) {
      setStatus({ kind: 'error', text: `Nothing was deleted: ${(error as Error).message}` });
    }
  };
  return (
    <section aria-labelledby="ledgers">
      <h2 id="ledgers">Your ledgers</h2>
      <p class="muted" data-testid="storage-used">
        {usage === null ? 'Space used: unknown' : `Space used in this browser: ${(usage / 1024 / 1024).toFixed(2)} MB`}
      </p>
      {accounts.length === 0 ? (
        <p class="empty">No ledger yet: capture your lists on Instagram or TikTok, or import a data download below.</p>
      ) : (
        <ul class="accounts">
          {accounts.map((account) => (
            <li key={account.id}>
              <span>
                @{account.handle} · {PLATFORM_NAMES[account.platform]} · last capture {formatMoment(account.lastCaptureAt)}
              </span>
              <button type="button" class="secondary danger" onClick={() => remove(account.id, `@${account.handle}'s ledger`)}>
                {confirming === account.id ? `Really delete @${account.handle}'s data?` : 'Delete this data'}
              </button>
            </li>
          ))}
        </ul>
      )}
      {accounts.length > 0 && (
        <button type="button" class="secondary danger" onClick={() => remove(null, 'every ledger')}>
          {confirming === 'all' ? 'Really delete everything? This cannot be undone.' : 'Delete everything'}
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
      downloadFile(`follow-ledger-backup-${today()}.json`, JSON.stringify(backup, null, 2), 'application/json');
      setStatus({ kind: 'ok', text: `Backup of ${backup.accounts.length} ${backup.accounts.length === 1 ? 'ledger' : 'ledgers'} saved.` });
    } catch (error) {
      setStatus({ kind: 'error', text: `The backup failed: ${(error as Error).message}` });
    }
  };
  const pick = async (file: File | undefined) => {
    setPending(null);
    if (!file) return;
    const checked = readBackup(await file.text());
    if (!checked.ok) return setStatus({ kind: 'error', text: `${file.name} was not restored. ${checked.error}` });
    setPending(checked.backup);
    const people = checked.backup.accounts.reduce((sum, account) => sum + account.people.length, 0);
    setStatus({
      kind: 'ok',
      text: `${file.name}: ${checked.backup.accounts.length} ledgers, ${formatCount(people)} people. Restoring replaces everything Follow Ledger holds now.`,
    });
  };
  const restore = async () => {
    if (!pending) return;
    try {
      await sendToBackground({ type: 'data.restore', backup: pending });
      setPending(null);
      setStatus({ kind: 'ok', text: 'Restored.' });
      onChanged();
    } catch (error) {
      setStatus({ kind: 'error', text: `Nothing was changed: ${(error as Error).message}` });
    }
  };
  return (
    <section aria-labelledby="backup">
      <h2 id="backup">Back up and restore</h2>
      <p class="muted">A backup holds every ledger: people with your notes, tags and protected marks, changes, captures and daily history.</p>
      <button type="button" onClick={backUp}>
        Download a backup
      </button>
      <label class="file">
        Restore from a backup file <input type="file" accept=".json,application/json" onChange={(event) => pick(event.currentTarget.files?.[0])} />
      </label>
      {pending && (
        <button type="button" class="danger" onClick={restore}>
          Restore this backup
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
      return setStatus({ kind: 'error', text: 'That zip could not be opened: is it the whole download?' });
    }
    const result = parseDownload(picked);
    if (!result.ok) return setStatus({ kind: 'error', text: `Nothing was imported. ${result.error}` });
    // The download is dated by its files: that is when the lists were true.
    const exportedAt = Math.max(...[...files].map((file) => file.lastModified));
    setParsed({ ...result, exportedAt });
    setOwner((current) => current || accounts.find((account) => account.platform === result.platform)?.handle || '');
    setStatus({
      kind: 'ok',
      text: `${PLATFORM_NAMES[result.platform]} download of ${formatMoment(exportedAt)}: ${result.lists
        .map((list) => `${formatCount(list.rows.length)} ${list.list}`)
        .join(', ')}.`,
    });
  };
  const run = async () => {
    if (!parsed) return;
    const handle = owner.trim().replace(/^@/, '').toLowerCase();
    try {
      await sendToBackground({ type: 'data.import', platform: parsed.platform as Platform, owner: handle, exportedAt: parsed.exportedAt, lists: parsed.lists });
      setStatus({ kind: 'ok', text: `Imported into @${handle}'s ${PLATFORM_NAMES[parsed.platform]} ledger.` });
      setParsed(null);
      onChanged();
    } catch (error) {
      setStatus({ kind: 'error', text: (error as Error).message.replace(/^Refused: malformed data\.import message$/, 'That account name is not a valid handle.') });
    }
  };
  return (
    <section aria-labelledby="import">
      <h2 id="import">Import your data download</h2>
      <p class="muted">
        Instagram (Settings › Your information › Download, JSON) or TikTok (user_data.json): the zip itself or its
        followers/following files. An import counts as a complete capture on the download's date, with the real follow dates.
      </p>
      <label class="file">
        Download files <input type="file" multiple accept=".zip,.json,application/zip,application/json" onChange={(event) => pick(event.currentTarget.files)} />
      </label>
      {parsed && (
        <div class="import-target">
          <label>
            Your {PLATFORM_NAMES[parsed.platform]} username{' '}
            <input value={owner} onInput={(event) => setOwner(event.currentTarget.value)} placeholder="yourname" />
          </label>{' '}
          <button type="button" disabled={!owner.trim()} onClick={run}>
            Import
          </button>
        </div>
      )}
      <StatusLine status={status} />
    </section>
  );
}
