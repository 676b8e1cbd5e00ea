import { t } from '../../i18n/translate';
import { LabeledSelect } from '../LabeledSelect';
import type { ReviewQuery } from '../review-query';
import { CHANGE_VIEWS, type Period, type ReviewView, type ViewId } from '../review-views';

export type SetQueryField = <K extends keyof ReviewQuery>(key: K, value: ReviewQuery[K]) => void;

/** The review list's controls: which view, over which period, and the search, sort and filters. */
export function ReviewControls({
  views,
  view,
  onView,
  period,
  onPeriod,
  query,
  setQueryField,
  tags,
}: {
  views: ReviewView[];
  view: ReviewView;
  onView: (id: ViewId) => void;
  period: Period;
  onPeriod: (period: Period) => void;
  query: ReviewQuery;
  setQueryField: SetQueryField;
  tags: string[];
}) {
  return (
    <div class="controls">
      <LabeledSelect
        label={t('viewLabel')}
        value={view.id}
        choices={views.map((candidate) => ({
          value: candidate.id,
          label: t('viewOption', { label: candidate.label, count: candidate.count }),
        }))}
        onChange={onView}
      />
      {CHANGE_VIEWS.has(view.id) && (
        <LabeledSelect
          label={t('periodLabel')}
          value={period}
          choices={[
            { value: 'last-capture', label: t('periodSinceLastCapture') },
            { value: '7d', label: t('periodLast7Days') },
            { value: '30d', label: t('periodLast30Days') },
          ]}
          onChange={onPeriod}
        />
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
      <LabeledSelect
        label={t('sortLabel')}
        value={query.sort}
        choices={[
          { value: 'change', label: t('sortNewestChange') },
          { value: 'name', label: t('sortName') },
          { value: 'firstSeen', label: t('sortFirstSeen') },
        ]}
        onChange={(sort) => setQueryField('sort', sort)}
      />
      <LabeledSelect
        label={t('statusLabel')}
        value={query.reviewed}
        choices={[
          { value: 'all', label: t('statusAll') },
          { value: 'not-reviewed', label: t('statusNotReviewed') },
          { value: 'reviewed', label: t('statusReviewed') },
        ]}
        onChange={(reviewed) => setQueryField('reviewed', reviewed)}
      />
      <LabeledSelect
        label={t('tagLabel')}
        value={query.tag}
        choices={[
          { value: '', label: t('tagAny') },
          { value: '-', label: t('tagUntagged') },
          ...tags.map((tag) => ({ value: tag, label: tag })),
        ]}
        onChange={(tag) => setQueryField('tag', tag)}
      />
      <label>
        <input
          type="checkbox"
          checked={query.verifiedOnly}
          onChange={(event) => setQueryField('verifiedOnly', event.currentTarget.checked)}
        />{' '}
        {t('verifiedOnly')}
      </label>
    </div>
  );
}
