import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ownListUrl, PLATFORM_NAMES, PLATFORM_ORIGINS } from '../../domain/platforms';
import { AccountPicker } from '../AccountPicker';
import { openReviewList } from '../../browser/panels';
import { LIST_KINDS, PLATFORMS } from '../../domain/types';
import { openLedgerDb } from '../../storage/schema';
import { CaptureStatus } from './CaptureStatus';
import { goTo, loadLedgerPage, type LedgerPageData } from '../load-ledger';
import { History } from './History';
import { PersonList } from './PersonList';
import { UnreadableNotice } from './UnreadableNotice';
import { CHANGE_VIEWS, reviewViews, type Period, type ViewId } from '../review-views';
import { formatCount, LIST_LABEL } from '../format';

export function App() {
  const [data, setData] = useState<LedgerPageData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [chosenAccount, setChosenAccount] = useState<string | undefined>();
  const [viewId, setViewId] = useState<ViewId | 'history'>('notFollowingBack');
  const [period, setPeriod] = useState<Period>('7d');

  useEffect(() => {
    openLedgerDb()
      .then((db) => loadLedgerPage(db, chosenAccount))
      .then(setData, (failure: unknown) => setError(failure instanceof Error ? failure.message : String(failure)));
  }, [chosenAccount]);

  // "Everyone" is for searching in the side panel; the popup keeps to the views.
  const views = useMemo(
    () => (data?.ledger ? reviewViews(data.ledger, period, Date.now(), { everyone: false }) : []),
    [data, period],
  );

  if (error) return <main class="popup"><p class="problem" role="alert">Follow Ledger could not open its data: {error}</p></main>;
  if (!data) return <main class="popup" aria-busy="true"><p class="muted">Loading…</p></main>;
  if (!data.ledger) return <FirstRun data={data} />;

  const { ledger } = data;
  const view = viewId === 'history' ? null : (views.find((candidate) => candidate.id === viewId) ?? views[0]);
  const isChange = view !== null && CHANGE_VIEWS.has(view.id);
  const selectedTab = view?.id ?? 'history';
  return (
    <main class="popup">
      <header class="bar">
        <h1>Follow Ledger</h1>
        <AccountPicker accounts={data.accounts} value={ledger.account.id} onChange={setChosenAccount} />
      </header>
      <UnreadableNotice page={data.tab?.page} />

      <section class="captures" aria-label="Last captures">
        {LIST_KINDS.map((list) => (
          <div class="capture-row" key={list}>
            <CaptureStatus platform={ledger.account.platform} list={list} capture={ledger.lastCapture[list]} />
            <button
              type="button"
              class="secondary"
              onClick={() => goTo(ownListUrl(ledger.account.platform, ledger.account.handle, list), data.tab)}
            >
              Capture {LIST_LABEL[list]}
            </button>
          </div>
        ))}
      </section>

      <div class="page-links">
        <button type="button" class="secondary" onClick={() => void openReviewList(data.tab?.windowId).then(() => window.close())}>
          Open the review list
        </button>
        <button type="button" class="secondary" onClick={() => void browser.runtime.openOptionsPage()}>
          Backup, import, delete
        </button>
      </div>

      <nav class="views" role="tablist" aria-label="Views">
        {views.map((candidate) => (
          <button
            type="button"
            role="tab"
            key={candidate.id}
            id={`tab-${candidate.id}`}
            aria-selected={candidate.id === selectedTab}
            aria-controls="view-panel"
            onClick={() => setViewId(candidate.id)}
          >
            {candidate.label}{' '}
            <span class="count" data-testid={`count-${candidate.id}`}>
              {candidate.unavailable ? '–' : formatCount(candidate.count)}
            </span>
          </button>
        ))}
        <button
          type="button"
          role="tab"
          id="tab-history"
          aria-selected={selectedTab === 'history'}
          aria-controls="view-panel"
          onClick={() => setViewId('history')}
        >
          History
        </button>
      </nav>

      <section id="view-panel" role="tabpanel" aria-labelledby={`tab-${selectedTab}`}>
        {isChange && (
          <label class="period">
            Show changes{' '}
            <select value={period} onChange={(event) => setPeriod(event.currentTarget.value as Period)}>
              <option value="last-capture">since the last capture</option>
              <option value="7d">in the last 7 days</option>
              <option value="30d">in the last 30 days</option>
            </select>
          </label>
        )}
        {view ? (
          <PersonList key={`${ledger.account.id}:${view.id}`} platform={ledger.account.platform} view={view} />
        ) : (
          <History key={ledger.account.id} ledger={ledger} platform={ledger.account.platform} />
        )}
      </section>
    </main>
  );
}

function FirstRun({ data }: { data: LedgerPageData }) {
  return (
    <main class="popup first-run">
      <h1>Follow Ledger</h1>
      <UnreadableNotice page={data.tab?.page} />
      <p>Open your followers list on Instagram and scroll to the end.</p>
      <p>On TikTok, open your profile's Followers and scroll to the end of the list.</p>
      <p class="muted">
        Follow Ledger reads your own lists as you scroll them, keeps their history in this browser only, and shows who
        doesn't follow back. It never clicks or unfollows for you.
      </p>
      <div class="actions">
        {PLATFORMS.map((platform) => (
          <button key={platform} type="button" onClick={() => goTo(`${PLATFORM_ORIGINS[platform]}/`, data.tab)}>
            Open {PLATFORM_NAMES[platform]}
          </button>
        ))}
      </div>
    </main>
  );
}
