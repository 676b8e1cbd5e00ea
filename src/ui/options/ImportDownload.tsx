import { useEffect, useState } from 'preact/hooks';

import type { DownloadContents } from '../../data/downloads';
import { normalizeHandle } from '../../domain/handle';
import { PLATFORM_NAMES } from '../../domain/platforms';
import type { ListKind } from '../../domain/types';
import { t } from '../../i18n/translate';
import { listsWithoutCount } from '../../storage/imports';
import { accountIdOf, type AccountRecord } from '../../storage/schema';
import { ledgerDb } from '../ledger-db';
import { sendToBackground } from '../send';
import { downloadSummary, importOutcome } from './download-summary';
import { ProtectCloseFriends } from './ProtectCloseFriends';
import { readInWorker } from './read-in-worker';
import { StatusLine } from './StatusLine';
import { useStatus } from './use-status';

/**
 * Imports an official data download: reads it whole first (nothing is written before), names its owner
 * where the download does, asks "All time?" only where no header count can tell, then hands it to
 * the background, which writes it whole or not at all and says what it stored.
 */
export function ImportDownload({
  accounts,
  onChanged,
}: {
  accounts: AccountRecord[];
  onChanged: () => void;
}) {
  const [contents, setContents] = useState<DownloadContents | null>(null);
  const [owner, setOwner] = useState('');
  const [unknownCount, setUnknownCount] = useState<ListKind[]>([]);
  const [allTime, setAllTime] = useState<boolean | null>(null);
  const { status, setStatus, attempt } = useStatus();
  const [progress, setProgress] = useState<{ fraction: number; cancel: () => void } | null>(null);
  const [closeFriends, setCloseFriends] = useState<{ accountId: string; handles: string[] } | null>(null);
  const handle = contents ? normalizeHandle(contents.platform, owner) : null;

  useEffect(() => {
    if (!contents || !handle) return setUnknownCount([]);
    const lists = contents.lists.map((list) => list.list);
    let current = true;
    void ledgerDb()
      .then((db) => listsWithoutCount(db, accountIdOf(contents.platform, handle), lists))
      .then((unknown) => current && setUnknownCount(unknown));
    return () => {
      current = false;
    };
  }, [contents, handle]);

  const pick = async (files: FileList | null) => {
    setContents(null);
    setAllTime(null);
    setCloseFriends(null);
    if (!files?.length) return;
    const now = Date.now();
    setStatus(null);
    const reading = readInWorker([...files], now, (fraction) =>
      setProgress((current) => current && { ...current, fraction }),
    );
    setProgress({ fraction: 0, cancel: reading.cancel });
    const parsed = await reading.result;
    setProgress(null);
    if (!parsed) return setStatus({ kind: 'ok', text: t('importCancelled') });
    if (!parsed.ok) return setStatus({ kind: 'error', text: t('nothingImported', { reason: parsed.error }) });
    setContents(parsed);
    setOwner(
      (current) =>
        parsed.owner ??
        (current || accounts.find((account) => account.platform === parsed.platform)?.handle || ''),
    );
    setStatus({ kind: 'ok', text: downloadSummary(parsed, now) });
  };

  const run = async () => {
    if (!contents) return;
    if (!handle) return setStatus({ kind: 'error', text: t('invalidHandle') });
    if (contents.owner && contents.owner !== handle)
      return setStatus({
        kind: 'error',
        text: t('importOwnerMismatch', { owner: `@${contents.owner}`, chosen: `@${handle}` }),
      });
    await attempt(
      async () => {
        const result = await sendToBackground({
          type: 'data.import',
          platform: contents.platform,
          owner: handle,
          ...(contents.owner ? { downloadOwner: contents.owner } : {}),
          filesDated: contents.filesDated,
          allTime: allTime === true,
          lists: contents.lists,
          ...(contents.unfollowed.length ? { unfollowed: contents.unfollowed } : {}),
          ...(contents.requested ? { requested: contents.requested } : {}),
        });
        if (contents.closeFriends.length)
          setCloseFriends({
            accountId: accountIdOf(contents.platform, handle),
            handles: contents.closeFriends,
          });
        setContents(null);
        onChanged();
        return importOutcome(handle, contents, result);
      },
      (reason) => t('nothingImported', { reason }),
    );
  };

  const asking = unknownCount.length > 0;
  return (
    <section aria-labelledby="import">
      <h2 id="import">{t('importHeading')}</h2>
      <p class="muted">{t('importAbout')}</p>
      <label class="file">
        {t('downloadFiles')}{' '}
        <input
          type="file"
          multiple
          accept=".zip,.json,.html,.txt,application/zip,application/json,text/html,text/plain"
          onChange={(event) => pick(event.currentTarget.files)}
        />
      </label>
      {progress && (
        <div class="import-progress">
          <progress value={progress.fraction} max={1} aria-label={t('readingDownload')} />{' '}
          <button type="button" class="secondary" onClick={progress.cancel}>
            {t('cancelReading')}
          </button>
        </div>
      )}
      {contents && (
        <div class="import-target">
          <label>
            {t('yourUsername', { platform: PLATFORM_NAMES[contents.platform] })}{' '}
            <input
              value={owner}
              onInput={(event) => setOwner(event.currentTarget.value)}
              placeholder={t('usernamePlaceholder')}
            />
          </label>
          {asking && (
            <fieldset>
              <legend>{t('allTimeQuestion')}</legend>
              {([true, false] as const).map((answer) => (
                <label key={String(answer)}>
                  <input
                    type="radio"
                    name="all-time"
                    checked={allTime === answer}
                    onChange={() => setAllTime(answer)}
                  />{' '}
                  {t(answer ? 'allTimeYes' : 'allTimeNo')}
                </label>
              ))}
            </fieldset>
          )}{' '}
          <button type="button" disabled={!owner.trim() || (asking && allTime === null)} onClick={run}>
            {t('importButton')}
          </button>
        </div>
      )}
      <StatusLine status={status} />
      {closeFriends && <ProtectCloseFriends {...closeFriends} />}
    </section>
  );
}
