import { describe, expect, it } from 'vitest';

import { useUiLanguage } from '../support/chrome-i18n';

// French counts 0 and 1 as "one", and a million as "many", a form the catalogue doesn't have.
useUiLanguage('fr-FR');
const { tPlural } = await import('../../../src/i18n/translate');
const { formatCount } = await import('../../../src/wording/format');

describe('plural forms follow the language, not English', () => {
  it('uses the singular for 0 in French, and falls back to "other" for a form the catalogue lacks', () => {
    expect(tPlural('protectedNotShown', 0)).toBe('0 compte protégé non affiché');
    expect(tPlural('protectedNotShown', 2)).toBe('2 comptes protégés non affichés');
    expect(tPlural('protectedNotShown', 1_000_000)).toBe(
      `${formatCount(1_000_000)} comptes protégés non affichés`,
    );
    expect(formatCount(1_000_000)).toBe('1\u202f000\u202f000');
  });
});
