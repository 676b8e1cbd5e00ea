import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

import { openReviewList } from '../../browser/panels';
import { ownListUrl } from '../../domain/platforms';
import { LIST_KINDS } from '../../domain/types';
import { errorText, t } from '../../i18n/translate';
import { explainStorageError } from '../../storage/storage-problem';
import { AccountPicker } from '../AccountPicker';
import { FirstSteps } from '../FirstSteps';
import { RecentSpikes } from '../history/RecentSpikes';
import { HostAccessNotice } from '../HostAccessNotice';
import { ledgerDb } from '../ledger-db';
import { goTo, type LedgerPageData, loadLedgerPage } from '../load-ledger';
import { OneByOne } from '../OneByOne';
import { leaveOutOwnWordViews } from '../own-word-views';
import { RenameList } from '../renames/RenameList';
import { renamesInView } from '../renames/renames-in-view';
import {
  CHANGE_VIEWS,
  type Period,
  periodReaching,
  type ReviewView,
  reviewViews,
  type ViewId,
} from '../review-views';
import { CaptureStatus } from './CaptureStatus';
import { LazyHistory } from './LazyHistory';
import { PersonList } from './PersonList';
import { RhythmLines } from './RhythmLines';
import { UnreadableNotice } from './UnreadableNotice';
import { ViewTabs } from './ViewTabs';

export function App() {
  const [data, setData] = useState<LedgerPageData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [chosenAccount, setChosenAccount] = useState<string | undefined>();
  const [viewId, setViewId] = useState<ViewId | 'history'>('notFollowingBack');
  const [period, setPeriod] = useState<Period>('7d');
  // Counts up when the person decides something the ledger must be read again for (a rename).
  const [reads, setReads] = useState(0);
  const reload = () => setReads((count) => count + 1);

  useEffect(() => {
    ledgerDb()
      .then((db) => loadLedgerPage(db, chosenAccount, setData))
      .then(setData, (failure: unknown) => setError(errorText(explainStorageError(failure))));
  }, [chosenAccount, reads]);

  // "Everyone" is for searching in the side panel; the popup keeps to the views.
  const views = useMemo(
    () =>
      data?.ledger
        ? leaveOutOwnWordViews(
            reviewViews(data.ledger, period, Date.now(), { everyone: false }),
            data.ledger.people,
          )
        : [],
    [data, period],
  );

  if (error)
    return (
      <main class="popup">
        <p class="problem" role="alert">
          {t('couldNotOpenData', { error })}
        </p>
      </main>
    );
  if (!data)
    return (
      <main class="popup" aria-busy="true">
        <p class="muted">{t('loading')}</p>
      </main>
    );
  if (!data.ledger) return <FirstRun data={data} />;

  const { ledger } = data;
  const view = viewId === 'history' ? null : (views.find((candidate) => candidate.id === viewId) ?? views[0]);
  const isChange = view !== null && CHANGE_VIEWS.has(view.id);
  const selectedTab = view?.id ?? 'history';
  return (
    <main class="popup">
      <header class="bar">
        <h1>{t('extName')}</h1>
        <AccountPicker accounts={data.accounts} value={ledger.account.id} onChange={setChosenAccount} />
      </header>
      <HostAccessNotice />
      <UnreadableNotice site={data.tab?.site} />
      <RhythmLines
        account={ledger.account}
        tab={data.tab}
        onView={(id, since) => {
          setViewId(id);
          if (since !== null) setPeriod(periodReaching(since, Date.now()));
        }}
      />

      <section class="captures" aria-label={t('lastCaptures')}>
        {LIST_KINDS.map((list) => (
          <div class="capture-row" key={list}>
            <CaptureStatus
              platform={ledger.account.platform}
              list={list}
              capture={ledger.lastCapture[list]}
            />
            <button
              type="button"
              class="secondary"
              onClick={() => goTo(ownListUrl(ledger.account.platform, ledger.account.handle, list), data.tab)}
            >
              {t(list === 'followers' ? 'captureFollowers' : 'captureFollowing')}
            </button>
          </div>
        ))}
      </section>

      <div class="page-links">
        <button
          type="button"
          class="secondary"
          onClick={() => void openReviewList(data.tab?.windowId).then(() => window.close())}
        >
          {t('openReviewList')}
        </button>
        <button type="button" class="secondary" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('openDataPage')}
        </button>
      </div>

      {selectedTab !== 'history' && <RecentSpikes ledger={ledger} />}

      <ViewTabs views={views} selected={selectedTab} onSelect={setViewId} />

      {/* A view with nothing to focus in it (no account, no period to choose) takes the focus itself, as the ARIA tabs pattern asks. */}
      <section
        id="view-panel"
        role="tabpanel"
        aria-labelledby={`tab-${selectedTab}`}
        tabIndex={view && !isChange && !hasLinks(view) ? 0 : undefined}
      >
        {isChange && (
          <label class="period">
            {t('showChanges')}{' '}
            <select value={period} onChange={(event) => setPeriod(event.currentTarget.value as Period)}>
              <option value="last-capture">{t('periodSinceLastCapture')}</option>
              <option value="7d">{t('periodInLast7Days')}</option>
              <option value="30d">{t('periodInLast30Days')}</option>
            </select>
          </label>
        )}
        {view && isChange && (
          <RenameList
            renames={renamesInView(ledger, view.id, period, Date.now())}
            accountId={ledger.account.id}
            onDecided={reload}
          />
        )}
        {view ? (
          <PersonList
            key={`${ledger.account.id}:${view.id}`}
            platform={ledger.account.platform}
            view={view}
          />
        ) : (
          <LazyHistory
            key={ledger.account.id}
            ledger={ledger}
            platform={ledger.account.platform}
            onDecided={reload}
          />
        )}
        {/* After the list: Tab goes from the views to the list first, and an empty view offers nothing. */}
        {view && !view.pending && !view.unavailable && view.entries.length > 0 && (
          <OneByOne
            account={ledger.account}
            view={view.id}
            handles={view.entries.map((entry) => entry.handle)}
            onStarted={() => window.close()}
          />
        )}
      </section>
    </main>
  );
}

const hasLinks = (view: ReviewView) => !view.unavailable && !view.pending && view.entries.length > 0;

function FirstRun({ data }: { data: LedgerPageData }) {
  return (
    <main class="popup first-run">
      <h1>{t('welcomeTitle')}</h1>
      <HostAccessNotice />
      <UnreadableNotice site={data.tab?.site} />
      <p class="muted">{t('firstRunAbout')}</p>
      <FirstSteps tab={data.tab} />
    </main>
  );
}
