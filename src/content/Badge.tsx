import { t } from '../i18n/translate';
import { relationshipText } from '../wording/relationship-text';
import { onlyTrusted } from './hidden-host';
import type { BadgeView } from './profile-badge';

/**
 * The relationship with the profile on screen; a click opens that account in the review list, where its
 * note and tags are. The badge only says that they exist: it sits in the site's page.
 */
export function Badge({ view, onOpen }: { view: BadgeView; onOpen: () => void }) {
  const text = relationshipText(view.relationship);
  const title = [text.headline, ...text.details].join(' · ');
  return (
    <button
      type="button"
      class={`fl-badge fl-${text.tone}`}
      title={t('badgeTitle', { summary: title })}
      lang={t('languageTag')}
      onClick={onlyTrusted(onOpen)}
    >
      <span class="fl-headline">{text.headline}</span>
      {text.details.length > 0 && <span class="fl-details">{text.details.join(' · ')}</span>}
    </button>
  );
}
