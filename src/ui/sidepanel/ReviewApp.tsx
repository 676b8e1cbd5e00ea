import { useEffect, useMemo, useState } from 'preact/hooks';

import { t, tPlural } from '../../i18n/translate';
import { AccountPicker } from '../AccountPicker';
import { downloadFile, today } from '../download-file';
import { FirstSteps } from '../FirstSteps';
import { OneByOne } from '../OneByOne';
import { leaveOutOwnWordViews } from '../own-word-views';
import { RenameList } from '../renames/RenameList';
import { renamesInView } from '../renames/renames-in-view';
import { reviewCsv } from '../review-csv';
import {
  createKeyIndex,
  DEFAULT_QUERY,
  filterEntries,
  isDefaultQuery,
  lazySearchKeys,
  type ReviewQuery,
  sortEntries,
} from '../review-query';
import { type Period, type ReviewEntry, reviewViews, type ViewId } from '../review-views';
import { BulkBar } from './BulkBar';
import { PersonDetail, TagSetEditor } from './PersonDetail';
import { reviewActions } from './review-actions';
import { ReviewControls, type SetQueryField } from './ReviewControls';
import { type ListActions, ReviewList } from './ReviewList';
import { ReviewProgress } from './ReviewProgress';
import { useReviewFollow } from './use-review-follow';
import { useReviewLedger, useSearchKey } from './use-review-ledger';

/** The side panel: any view as a review queue, with search, sort, filters, annotations and bulk actions. */
export function ReviewApp({ initial }: { initial: { account?: string; view?: ViewId; search?: string } }) {
  const [chosenAccount, setChosenAccount] = useState(initial.account);
  const { data, people, setPeople, tags, setTags, error, load } = useReviewLedger(chosenAccount);
  const [viewId, setViewId] = useState<ViewId>(initial.view ?? 'notFollowingBack');
  const [period, setPeriod] = useState<Period>('30d');
  const [query, setQuery] = useState<ReviewQuery>({ ...DEFAULT_QUERY, search: initial.search ?? '' });
  const [active, setActive] = useState(0);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [announcement, setAnnouncement] = useState('');

  const ledger = data?.ledger ?? null;
  const views = useMemo(
    () =>
      ledger ? leaveOutOwnWordViews(reviewViews({ ...ledger, people }, period, Date.now()), people) : [],
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
  // A review one by one moved on a profile page: the panel shows its view and account.
  const { moved, outside } = useReviewFollow(
    { accountId: ledger?.account.id, shown, people, setActive },
    {
      setChosenAccount,
      setViewId,
      load,
    },
  );
  const activeEntry: ReviewEntry | undefined = outside ?? shown[activeIndex];

  useSearchKey('review-search');

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

  const { change, openProfile, listActions, bulk, saveTags } = reviewActions({
    accountId,
    platform: ledger.account.platform,
    selected,
    setPeople,
    setTags,
    setSelected,
    setActive,
    announce: setAnnouncement,
    reload: () => void load(),
  });
  const setQueryField: SetQueryField = (key, value) => {
    setQuery({ ...query, [key]: value });
    setActive(0);
  };
  const renames = renamesInView(ledger, view.id, period, Date.now());

  return (
    <main class="panel">
      <header class="bar">
        <h1>{t('reviewTitle')}</h1>
        <AccountPicker accounts={data.accounts} value={accountId} onChange={setChosenAccount} />
      </header>
      <ReviewControls
        views={views}
        view={view}
        onView={(id) => {
          setViewId(id);
          setActive(0);
          setSelected(new Set());
        }}
        period={period}
        onPeriod={setPeriod}
        query={query}
        setQueryField={setQueryField}
        tags={tags}
      />

      <ReviewProgress early={early} view={view} shown={shown.length} />
      <p class="muted keys">{t('keyboardHelp')}</p>
      <button
        type="button"
        class="secondary export"
        disabled={early || shown.length === 0}
        onClick={() =>
          downloadFile(
            `follow-ledger-${view.id}-${today()}.csv`,
            reviewCsv(ledger.account.platform, view, shown, renames),
            'text/csv',
          )
        }
      >
        {tPlural('exportCsv', shown.length)}
      </button>
      <OneByOne
        account={ledger.account}
        view={view.id}
        handles={early ? [] : shown.map((entry) => entry.handle)}
        moved={moved}
      />

      <RenameList renames={renames} accountId={accountId} onDecided={() => void load()} />

      {selected.size > 0 && (
        <BulkBar count={selected.size} tags={tags} bulk={bulk} onClear={() => setSelected(new Set())} />
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
          actions={early ? withoutChanges(listActions) : listActions}
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

/** The first screen's rows open profiles and move the focus, but change nothing before the ledger is read. */
function withoutChanges(actions: ListActions): ListActions {
  const ignore = () => undefined;
  return { ...actions, toggleProtected: ignore, toggleReviewed: ignore, toggleSelected: ignore };
}
