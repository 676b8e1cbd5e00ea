import { t } from '../../i18n/translate';
import { formatCount } from '../../wording/format';
import type { ReviewView, ViewId } from '../review-views';

type TabId = ViewId | 'history';

/** The popup's views and its history as tabs, with one tab stop and the arrow keys between them. */
export function ViewTabs({
  views,
  selected,
  onSelect,
}: {
  views: ReviewView[];
  selected: TabId;
  onSelect: (id: TabId) => void;
}) {
  const tabIds: TabId[] = [...views.map((candidate) => candidate.id), 'history'];
  // One tab stop for the tab list; the arrows, Home and End move between tabs (the ARIA tabs pattern).
  const onTabKey = (event: KeyboardEvent) => {
    const moves: Record<string, number> = {
      ArrowRight: 1,
      ArrowDown: 1,
      ArrowLeft: -1,
      ArrowUp: -1,
      Home: -Infinity,
      End: Infinity,
    };
    if (!(event.key in moves)) return;
    event.preventDefault();
    const index = Math.max(0, Math.min(tabIds.length - 1, tabIds.indexOf(selected) + moves[event.key]));
    onSelect(tabIds[index]);
    document.getElementById(`tab-${tabIds[index]}`)?.focus();
  };
  return (
    <nav class="views" role="tablist" aria-label={t('viewsLabel')} onKeyDown={onTabKey}>
      {views.map((candidate) => (
        <button
          type="button"
          role="tab"
          key={candidate.id}
          id={`tab-${candidate.id}`}
          aria-selected={candidate.id === selected}
          tabIndex={candidate.id === selected ? 0 : -1}
          aria-controls="view-panel"
          onClick={() => onSelect(candidate.id)}
        >
          {candidate.label}{' '}
          <span class="count" data-testid={`count-${candidate.id}`}>
            {candidate.unavailable ? t('notAvailable') : formatCount(candidate.count)}
          </span>
        </button>
      ))}
      <button
        type="button"
        role="tab"
        id="tab-history"
        aria-selected={selected === 'history'}
        tabIndex={selected === 'history' ? 0 : -1}
        aria-controls="view-panel"
        onClick={() => onSelect('history')}
      >
        {t('historyTab')}
      </button>
    </nav>
  );
}
