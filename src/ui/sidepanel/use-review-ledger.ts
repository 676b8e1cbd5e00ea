import { useCallback, useEffect, useState } from 'preact/hooks';

import { errorText } from '../../i18n/translate';
import { readTags } from '../../storage/people';
import type { PersonRecord } from '../../storage/schema';
import { explainStorageError } from '../../storage/storage-problem';
import { ledgerDb } from '../ledger-db';
import { onLedgerReplaced } from '../ledger-replaced';
import { type LedgerPageData, loadLedgerPage } from '../load-ledger';

/**
 * The chosen account's ledger, its people as the panel changes them, and the tag set, read again
 * whenever another page replaces the ledger (a restore, an import, a deletion).
 */
export function useReviewLedger(account: string | undefined) {
  const [data, setData] = useState<LedgerPageData | null>(null);
  const [people, setPeople] = useState<Map<string, PersonRecord>>(new Map());
  const [tags, setTags] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      const db = await ledgerDb();
      // The counts and each view's first rows come first, for the first screen; then the whole ledger.
      const early = (first: LedgerPageData) => {
        setData(first);
        setPeople(first.ledger?.people ?? new Map());
      };
      const [loaded, tagSet] = await Promise.all([loadLedgerPage(db, account, early), readTags(db)]);
      setData(loaded);
      setPeople(loaded.ledger?.people ?? new Map());
      setTags(tagSet);
    } catch (failure) {
      setError(errorText(explainStorageError(failure)));
    }
  }, [account]);
  useEffect(() => void load(), [load]);
  useEffect(() => onLedgerReplaced(() => void load()), [load]);

  return { data, people, setPeople, tags, setTags, error, load };
}

/** "/" jumps to the search field from anywhere but a field the person is typing in. */
export function useSearchKey(fieldId: string) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const typing = event.target instanceof HTMLElement && event.target.closest('input, textarea, select');
      if (event.key === '/' && !typing) {
        event.preventDefault();
        document.getElementById(fieldId)?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [fieldId]);
}
