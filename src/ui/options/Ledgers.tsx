import { useState } from 'preact/hooks';

import { PLATFORM_NAMES } from '../../domain/platforms';
import { t } from '../../i18n/translate';
import type { AccountRecord } from '../../storage/schema';
import { formatMegabytes, formatMoment } from '../../wording/format';
import { sendToBackground } from '../send';
import { StatusLine } from './StatusLine';
import { useStatus } from './use-status';

/** The ledgers kept, the space they use, and their deletion, each asked twice. */
export function Ledgers({
  accounts,
  usage,
  onChanged,
}: {
  accounts: AccountRecord[];
  usage: number | null;
  onChanged: () => void;
}) {
  const [confirming, setConfirming] = useState<string | null>(null);
  const { status, attempt } = useStatus();
  const remove = async (accountId: string | null, done: string) => {
    if (confirming !== (accountId ?? 'all')) return setConfirming(accountId ?? 'all');
    setConfirming(null);
    await attempt(
      async () => {
        await sendToBackground({ type: 'data.delete', accountId });
        onChanged();
        return done;
      },
      (error) => t('nothingDeleted', { error }),
    );
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
