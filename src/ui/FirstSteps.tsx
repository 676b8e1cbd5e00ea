import { browser } from 'wxt/browser';
import { PLATFORM_NAMES, PLATFORM_ORIGINS } from '../domain/platforms';
import { PLATFORMS } from '../domain/types';
import { goTo, type ActiveTab } from './load-ledger';

/** What to do first, where there is nothing yet: the popup's welcome and the empty review list. */
export function FirstSteps({ tab }: { tab: ActiveTab | null }) {
  return (
    <>
      <h2>Start here</h2>
      <ol class="steps">
        <li>Open your followers list on Instagram and scroll to the end.</li>
        <li>Do the same with the accounts you follow.</li>
        <li>Click the Follow Ledger icon again to see who doesn't follow back.</li>
      </ol>
      <p>On TikTok, open your profile's Followers and scroll to the end of the list.</p>
      <div class="actions">
        {PLATFORMS.map((platform) => (
          <button key={platform} type="button" onClick={() => goTo(`${PLATFORM_ORIGINS[platform]}/`, tab)}>
            Open {PLATFORM_NAMES[platform]}
          </button>
        ))}
      </div>
      <p class="muted">
        Have a data download or a backup?{' '}
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          Import or restore it
        </button>
      </p>
    </>
  );
}
