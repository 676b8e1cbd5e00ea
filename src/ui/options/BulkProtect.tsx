import { useState } from 'preact/hooks';

import { readPastedHandles } from '../../domain/pasted-handles';
import { errorText, t, tPlural } from '../../i18n/translate';
import type { AccountRecord } from '../../storage/schema';
import { AccountPicker } from '../AccountPicker';
import { HandleList } from './HandleList';
import { protectKnown } from './protect-known';
import { type Status, StatusLine } from './StatusLine';

interface Outcome {
  status: Status;
  unmatched: string[];
  unreadable: string[];
}

/** Protects pasted accounts of one ledger; those it doesn't hold, and what is not a handle, are listed. */
export function BulkProtect({ accounts }: { accounts: AccountRecord[] }) {
  const [chosen, setChosen] = useState<string | undefined>();
  const [text, setText] = useState('');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const account = accounts.find((candidate) => candidate.id === chosen) ?? accounts[0];
  if (!account) return null;

  const protect = async () => {
    const { handles, unreadable } = readPastedHandles(account.platform, text);
    if (handles.length === 0 && unreadable.length === 0)
      return setOutcome({
        status: { kind: 'error', text: t('bulkProtectEmpty') },
        unmatched: [],
        unreadable,
      });
    try {
      const { matched, unmatched } = await protectKnown(account.id, handles);
      const status: Status = matched.length
        ? { kind: 'ok', text: tPlural('bulkProtectMatched', matched.length) }
        : { kind: 'error', text: t('bulkProtectNoneMatched') };
      setOutcome({ status, unmatched, unreadable });
    } catch (error) {
      setOutcome({
        status: { kind: 'error', text: t('nothingChanged', { error: errorText(error) }) },
        unmatched: [],
        unreadable: [],
      });
    }
  };
  return (
    <section aria-labelledby="bulk-protect">
      <h2 id="bulk-protect">{t('bulkProtectHeading')}</h2>
      <p class="muted">{t('bulkProtectHelp')}</p>
      <AccountPicker accounts={accounts} value={account.id} onChange={setChosen} />
      <label class="paste">
        {t('bulkProtectInput')}
        <textarea rows={4} value={text} onInput={(event) => setText(event.currentTarget.value)} />
      </label>
      <button type="button" onClick={() => void protect()}>
        {t('bulkProtectButton')}
      </button>
      <StatusLine status={outcome?.status ?? null} />
      <HandleList
        items={outcome?.unmatched.map((handle) => `@${handle}`) ?? []}
        words="bulkProtectUnmatched"
      />
      <HandleList items={outcome?.unreadable ?? []} words="bulkProtectUnreadable" />
    </section>
  );
}
