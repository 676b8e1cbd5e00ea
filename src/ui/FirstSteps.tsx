import { browser } from 'wxt/browser';

import { PLATFORM_NAMES, PLATFORM_ORIGINS } from '../domain/platforms';
import { PLATFORMS } from '../domain/types';
import { t } from '../i18n/translate';
import { type ActiveTab, goTo } from './load-ledger';

/** What to do first, where there is nothing yet: the popup's welcome and the empty review list. */
export function FirstSteps({ tab }: { tab: ActiveTab | null }) {
  return (
    <>
      <h2>{t('firstStepsTitle')}</h2>
      <ol class="steps">
        <li>{t('firstRunInstagram')}</li>
        <li>{t('firstRunFollowing')}</li>
        <li>{t('firstRunOpenPopup')}</li>
      </ol>
      <p>{t('firstRunTikTok')}</p>
      <div class="actions">
        {PLATFORMS.map((platform) => (
          <button key={platform} type="button" onClick={() => goTo(`${PLATFORM_ORIGINS[platform]}/`, tab)}>
            {t('openPlatform', { platform: PLATFORM_NAMES[platform] })}
          </button>
        ))}
      </div>
      <p class="muted">
        {t('haveDownload')}{' '}
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('importOrRestore')}
        </button>
      </p>
    </>
  );
}
