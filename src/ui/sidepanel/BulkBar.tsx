import type { PersonChange } from '../../domain/person-change';
import { t, tPlural } from '../../i18n/translate';

export type Bulk = (change: PersonChange, announce: (count: number) => string) => void;

/** What can be done to every selected account at once. */
export function BulkBar({
  count,
  tags,
  bulk,
  onClear,
}: {
  count: number;
  tags: string[];
  bulk: Bulk;
  onClear: () => void;
}) {
  return (
    <div class="bulk" role="toolbar" aria-label={t('selectedAccounts')}>
      <span>{tPlural('selectedCount', count)}</span>
      <button
        type="button"
        class="secondary"
        onClick={() => bulk({ protected: true }, (selected) => tPlural('bulkProtected', selected))}
      >
        {t('protect')}
      </button>
      <button
        type="button"
        class="secondary"
        onClick={() => bulk({ reviewed: true }, (selected) => tPlural('bulkReviewed', selected))}
      >
        {t('markReviewed')}
      </button>
      <select
        aria-label={t('tagSelected')}
        value=""
        onChange={(event) =>
          bulk({ addTags: [event.currentTarget.value] }, (selected) =>
            tPlural('bulkTagged', selected, { tag: event.currentTarget.value }),
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
      <button type="button" class="secondary" onClick={onClear}>
        {t('clearSelection')}
      </button>
    </div>
  );
}
