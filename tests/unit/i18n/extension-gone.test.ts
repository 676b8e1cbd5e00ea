import { describe, expect, it } from 'vitest';

import { useUiLanguage } from '../support/chrome-i18n';

// A German browser: the page keeps speaking German after the extension that translated it is gone.
useUiLanguage('de-DE');
const { keepMessages, t } = await import('../../../src/i18n/translate');

describe('a content script that outlives its extension (update or reload)', () => {
  it('still shows, in the user language, the messages it kept, and never throws for the others', () => {
    keepMessages(['extensionRestarted', 'overlayReadingFollowers']);
    const i18n = (globalThis as unknown as { chrome: { i18n: { getMessage: unknown } } }).chrome.i18n;
    i18n.getMessage = () => {
      throw new Error('Extension context invalidated.');
    };
    expect(t('extensionRestarted')).toMatch(/^Follow Ledger wurde aktualisiert/);
    expect(t('overlayReadingFollowers', { coverage: '12 von 40' })).toBe(
      'Follower werden gelesen · 12 von 40',
    );
    expect(t('captureFollowers')).toBe('captureFollowers');
  });
});
