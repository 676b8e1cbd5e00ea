import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

import { profileUrl } from '../../domain/handle';
import type { PersonChange } from '../../domain/person-change';
import { errorText, t, tPlural } from '../../i18n/translate';
import { annotate, readTags } from '../../storage/people';
import type { PersonRecord } from '../../storage/schema';
import { explainStorageError } from '../../storage/storage-problem';
import { AccountPicker } from '../AccountPicker';
import { downloadFile, today } from '../download-file';
import { FirstSteps } from '../FirstSteps';
import { ledgerDb } from '../ledger-db';
import { onLedgerReplaced } from '../ledger-replaced';
import { type LedgerPageData, loadLedgerPage } from '../load-ledger';
import { reviewCsv } from '../review-csv';
import {
  createKeyIndex,
  DEFAULT_QUERY,
  filterEntries,
  isDefaultQuery,
  lazySearchKeys,
  reviewedCount,
  type ReviewQuery,
  sortEntries,
} from '../review-query';
import { CHANGE_VIEWS, type Period, type ReviewEntry, reviewViews, type ViewId } from '../review-views';
import { sendToBackground } from '../send';
import { PersonDetail, TagSetEditor } from './PersonDetail';
import { type ListActions, ReviewList } from './ReviewList';

/** The side panel: any view as a review queue, with search, sort, filters, annotations and bulk actions. */
export function ReviewApp({ initial }: { initial: { account?: string; view?: ViewId; search?: string } }) {
  const [data, setData] = useState<LedgerPageData | null>(null);
  const [people, setPeople] = useState<Map<string, PersonRecord>>(new Map());
  const [tags, setTags] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [chosenAccount, setChosenAccount] = useState(initial.account);
  const [viewId, setViewId] = useState<ViewId>(initial.view ?? 'notFollowingBack');
  const [period, setPeriod] = useState<Period>('30d');
  const [query, setQuery] = useState<ReviewQuery>({ ...DEFAULT_QUERY, search: initial.search ?? '' });
  const [active, setActive] = useState(0);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [announcement, setAnnouncement] = useState('');

  const load = useCallback(async () => {
    try {
      const db = await ledgerDb();
      // The counts and each view's first rows come first, for the first screen; then the whole ledger.
      const early = (first: LedgerPageData) => {
        setData(first);
        setPeople(first.ledger?.people ?? new Map());
      };
      const [loaded, tagSet] = await Promise.all([loadLedgerPage(db, chosenAccount, early), readTags(db)]);
      setData(loaded);
      setPeople(loaded.ledger?.people ?? new Map());
      setTags(tagSet);
    } catch (failure) {
      setError(errorText(explainStorageError(failure)));
    }
  }, [chosenAccount]);
  useEffect(() => void load(), [load]);
  useEffect(() => onLedgerReplaced(() => void load()), [load]);

  const ledger = data?.ledger ?? null;
  const views = useMemo(
    () => (ledger ? reviewViews({ ...ledger, people }, period, Date.now()) : []),
    [ledger, people, period],
  );
  const view = views.find((candidate) => candidate.id === viewId) ?? views[0];
  const keyOf = useMemo(() => createKeyIndex(), [ledger]);
  const sorted = useMemo(() => (view ? sortEntries(view.entries, query.sort) : []), [view, query.sort]);
  // Folding 100,000 names for search would delay the first rows: it waits until the panel is idle.
  const keys = useMemo(() => lazySearchKeys(sorted, keyOf), [sorted, keyOf]);
  useEffect(() => {
    const warmUp = requestIdleCallback(keys, { timeout: 2000 });
    return () => cancelIdleCallback(warmUp);
  }, [keys]);
  const shown = useMemo(() => filterEntries(sorted, keys, query), [sorted, keys, query]);
  const activeIndex = Math.min(active, Math.max(0, shown.length - 1));
  const activeEntry: ReviewEntry | undefined = shown[activeIndex];

  useEffect(() => {
    // "/" jumps to search from anywhere but a field the user is typing in.
    const onKey = (event: KeyboardEvent) => {
      const typing = event.target instanceof HTMLElement && event.target.closest('input, textarea, select');
      if (event.key === '/' && !typing) {
        event.preventDefault();
        document.getElementById('review-search')?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  if (error)
    return (
      <main class="panel">
        <p class="problem" role="alert">
          {t('couldNotOpenData', { error })}
        </p>
      </main>
    );
  if (!data)
    return (
      <main class="panel" aria-busy="true">
        <p class="muted">{t('loading')}</p>
      </main>
    );
  if (!ledger || !view) {
    return (
      <main class="panel first-run">
        <h1>{t('reviewTitle')}</h1>
        <p>{t('reviewNothingYet')}</p>
        <FirstSteps tab={data.tab} />
      </main>
    );
  }
  const accountId = ledger.account.id;
  // Until the members are read, the list shows only a view's first rows, unfiltered, and changes nothing.
  const early = ledger.members === null;
  const firstScreen = early && view.id === viewId && isDefaultQuery(query);

  const change = (handles: string[], personChange: PersonChange, announce: string) => {
    const now = Date.now();
    setPeople((previous) => {
      const next = new Map(previous);
      for (const handle of handles) {
        const person = annotate(previous.get(handle), { accountId, handle }, personChange, now);
        if (person) next.set(handle, person);
        else next.delete(handle);
      }
      return next;
    });
    sendToBackground({ type: 'people.annotate', accountId, handles, change: personChange }).then(
      () => setAnnouncement(announce),
      (failure: unknown) => {
        setAnnouncement(t('notSaved', { error: errorText(failure) }));
        void load();
      },
    );
  };
  const saveTags = (next: string[]) =>
    sendToBackground({ type: 'tags.set', tags: next }).then(setTags, (failure: unknown) =>
      setAnnouncement(t('tagsNotSaved', { error: errorText(failure) })),
    );
  const openProfile = (entry: ReviewEntry) =>
    void browser.tabs.create({ url: profileUrl(ledger.account.platform, entry.handle) });
  const listActions: ListActions = {
    setActive,
    open: openProfile,
    toggleProtected: (entry) =>
      change(
        [entry.handle],
        { protected: !entry.person?.protected },
        t(entry.person?.protected ? 'announceUnprotected' : 'announceProtected', {
          handle: `@${entry.handle}`,
        }),
      ),
    toggleReviewed: (entry) => {
      const reviewed = entry.person?.reviewedAt !== undefined;
      change(
        [entry.handle],
        { reviewed: !reviewed },
        t(reviewed ? 'announceNotReviewed' : 'announceReviewed', { handle: `@${entry.handle}` }),
      );
    },
    toggleSelected: (entry) =>
      setSelected((previous) => {
        const next = new Set(previous);
        if (!next.delete(entry.handle)) next.add(entry.handle);
        return next;
      }),
  };
  const bulk = (personChange: PersonChange, announce: (count: number) => string) => {
    const handles = [...selected];
    change(handles, personChange, announce(handles.length));
    setSelected(new Set());
  };
  const setQueryField = <K extends keyof ReviewQuery>(key: K, value: ReviewQuery[K]) => {
    setQuery({ ...query, [key]: value });
    setActive(0);
  };
  const reviewed = reviewedCount(view.entries);
  const ignore = () => undefined;
  const earlyActions: ListActions = {
    ...listActions,
    toggleProtected: ignore,
    toggleReviewed: ignore,
    toggleSelected: ignore,
  };

  return (
    <main class="panel">
      <header class="bar">
        <h1>{t('reviewTitle')}</h1>
        <AccountPicker accounts={data.accounts} value={accountId} onChange={setChosenAccount} />
      </header>
      <div class="controls">
        <label>
          {t('viewLabel')}{' '}
          <select
            value={view.id}
            onChange={(event) => {
              setViewId(event.currentTarget.value as ViewId);
              setActive(0);
              setSelected(new Set());
            }}
          >
            {views.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {t('viewOption', { label: candidate.label, count: candidate.count })}
              </option>
            ))}
          </select>
        </label>
        {CHANGE_VIEWS.has(view.id) && (
          <label>
            {t('periodLabel')}{' '}
            <select value={period} onChange={(event) => setPeriod(event.currentTarget.value as Period)}>
              <option value="last-capture">{t('periodSinceLastCapture')}</option>
              <option value="7d">{t('periodLast7Days')}</option>
              <option value="30d">{t('periodLast30Days')}</option>
            </select>
          </label>
        )}
        <label class="search">
          <span class="visually-hidden">{t('searchLabel')}</span>
          <input
            id="review-search"
            type="search"
            placeholder={t('searchPlaceholder')}
            value={query.search}
            onInput={(event) => setQueryField('search', event.currentTarget.value)}
          />
        </label>
        <label>
          {t('sortLabel')}{' '}
          <select
            value={query.sort}
            onChange={(event) => setQueryField('sort', event.currentTarget.value as ReviewQuery['sort'])}
          >
            <option value="change">{t('sortNewestChange')}</option>
            <option value="name">{t('sortName')}</option>
            <option value="firstSeen">{t('sortFirstSeen')}</option>
          </select>
        </label>
        <label>
          {t('statusLabel')}{' '}
          <select
            value={query.reviewed}
            onChange={(event) =>
              setQueryField('reviewed', event.currentTarget.value as ReviewQuery['reviewed'])
            }
          >
            <option value="all">{t('statusAll')}</option>
            <option value="not-reviewed">{t('statusNotReviewed')}</option>
            <option value="reviewed">{t('statusReviewed')}</option>
          </select>
        </label>
        <label>
          {t('tagLabel')}{' '}
          <select value={query.tag} onChange={(event) => setQueryField('tag', event.currentTarget.value)}>
            <option value="">{t('tagAny')}</option>
            <option value="-">{t('tagUntagged')}</option>
            {tags.map((tag) => (
              <option key={tag} value={tag}>
                {tag}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input
            type="checkbox"
            checked={query.verifiedOnly}
            onChange={(event) => setQueryField('verifiedOnly', event.currentTarget.checked)}
          />{' '}
          {t('verifiedOnly')}
        </label>
      </div>

      <p class="progress" data-testid="review-progress" aria-busy={early || undefined}>
        {early ? (
          t('loading')
        ) : (
          <>
            {t('progressReviewed', { reviewed, total: view.count })}
            {view.protectedCount > 0 && ` · ${tPlural('progressProtectedHidden', view.protectedCount)}`}
            {shown.length !== view.count && ` · ${tPlural('progressMatches', shown.length)}`}
          </>
        )}
      </p>
      <p class="muted keys">{t('keyboardHelp')}</p>
      <button
        type="button"
        class="secondary export"
        disabled={early || shown.length === 0}
        onClick={() =>
          downloadFile(
            `follow-ledger-${view.id}-${today()}.csv`,
            reviewCsv(ledger.account.platform, view, shown),
            'text/csv',
          )
        }
      >
        {tPlural('exportCsv', shown.length)}
      </button>

      {selected.size > 0 && (
        <div class="bulk" role="toolbar" aria-label={t('selectedAccounts')}>
          <span>{tPlural('selectedCount', selected.size)}</span>
          <button
            type="button"
            class="secondary"
            onClick={() => bulk({ protected: true }, (count) => tPlural('bulkProtected', count))}
          >
            {t('protect')}
          </button>
          <button
            type="button"
            class="secondary"
            onClick={() => bulk({ reviewed: true }, (count) => tPlural('bulkReviewed', count))}
          >
            {t('markReviewed')}
          </button>
          <select
            aria-label={t('tagSelected')}
            value=""
            onChange={(event) =>
              bulk({ addTags: [event.currentTarget.value] }, (count) =>
                tPlural('bulkTagged', count, { tag: event.currentTarget.value }),
              )
            }
          >
            <option value="">{t('addTagChoice')}</option>
            {tags.map((tag) => (
              <option key={tag} value={tag}>
                {tag}
              </option>
            ))}
          </select>
          <button type="button" class="secondary" onClick={() => setSelected(new Set())}>
            {t('clearSelection')}
          </button>
        </div>
      )}

      {view.unavailable ? (
        <p class="empty">{view.unavailable}</p>
      ) : early && (!firstScreen || shown.length === 0) ? (
        <p class="muted" aria-busy="true">
          {t('loading')}
        </p>
      ) : shown.length === 0 ? (
        <p class="empty">{view.entries.length === 0 ? view.empty : t('noMatch')}</p>
      ) : (
        <ReviewList
          label={view.label}
          platform={ledger.account.platform}
          entries={shown}
          active={activeIndex}
          selected={selected}
          actions={early ? earlyActions : listActions}
        />
      )}

      {activeEntry && !early && (
        <PersonDetail
          key={`${accountId}:${activeEntry.handle}`}
          entry={activeEntry}
          tags={tags}
          onChange={(personChange, announce) => change([activeEntry.handle], personChange, announce)}
          onOpen={() => openProfile(activeEntry)}
        />
      )}
      <TagSetEditor tags={tags} onSave={saveTags} />
      <p class="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </main>
  );
}
