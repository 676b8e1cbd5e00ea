import { describe, expect, it } from 'vitest';

import { useUiLanguage } from '../support/chrome-i18n';

// The browser is in German: chosen before the modules first ask for the UI language.
useUiLanguage('de-DE');
const { t, tPlural, translate, errorText } = await import('../../../src/i18n/translate');
const { translatable, TranslatableError } = await import('../../../src/i18n/translatable');
const { formatCoverage, formatMegabytes, formatList, formatWindow } =
  await import('../../../src/wording/format');
const { relationshipText } = await import('../../../src/wording/relationship-text');
const { readBackup } = await import('../../../src/data/read-backup');

const NOV2 = new Date(2026, 10, 2, 12).getTime();
const NOV4 = new Date(2026, 10, 4, 12).getTime();

describe('in a German browser', () => {
  it('says everything in German, numbers and dates the German way', () => {
    expect(t('captureFollowers')).toBe('Follower erfassen');
    expect(formatCoverage(1180, { value: 1234, unit: 1 })).toBe('1.180 von 1.234');
    expect(formatCoverage(340, { value: 12300, unit: 100 })).toBe('340 von etwa 12.300');
    expect(formatWindow(NOV2, NOV4)).toBe('zwischen 2. Nov. und 4. Nov.');
    expect(formatMegabytes(1.5 * 1024 * 1024)).toBe('1,50 MB');
    const lost = { handle: 'x', kind: 'lost-follower' as const, after: NOV2, before: NOV4, accountId: 'a' };
    const text = relationshipText({
      followsMe: false,
      iFollow: false,
      followers: null,
      lastChange: lost,
      person: null,
    });
    expect(text.headline).toBe('Hat dir zwischen 2. Nov. und 4. Nov. entfolgt');
  });

  it('picks the plural form for the count, and formats the count', () => {
    expect(tPlural('protectedNotShown', 1)).toBe('1 geschütztes Konto nicht angezeigt');
    expect(tPlural('protectedNotShown', 2500)).toBe('2.500 geschützte Konten nicht angezeigt');
    expect(tPlural('bulkTagged', 3, { tag: 'marke' })).toBe('Mit marke getaggt: 3 Konten');
    expect(formatList([tPlural('followerCount', 6), tPlural('followingCount', 1)])).toBe(
      '6 Follower, 1 gefolgtes Konto',
    );
  });

  it('translates the words that data code and the background give, nested ones too', () => {
    const refused = readBackup('{"format": "follow-ledger-backup", "version": 9}');
    expect(refused.ok).toBe(false);
    if (!refused.ok)
      expect(translate(refused.error)).toMatch(
        /^Diese Sicherung stammt von einem neueren Follow Ledger \(Formatversion 9\)/,
      );
    const nested = translatable('assistStoppedBy', {
      trouble: translatable('troubleLoggedOut', { platform: 'Instagram' }),
    });
    expect(translate(nested)).toBe('Scrollhilfe beendet. Du bist bei Instagram abgemeldet.');
    expect(errorText(new TranslatableError(translatable('noAnswer')))).toBe(
      'Follow Ledger hat nicht geantwortet.',
    );
    expect(errorText(new Error('Refused: malformed message'))).toBe('Refused: malformed message');
  });
});

describe('t() is checked by the compiler', () => {
  it('refuses unknown keys and wrong or missing values', () => {
    // @ts-expect-error: not a message of the catalogue
    expect(() => t('captureFollowerz')).not.toThrow();
    // @ts-expect-error: coverageOf needs read and total
    t('coverageOf', { read: 1 });
    // @ts-expect-error: loading takes no values
    t('loading', { count: 1 });
    // @ts-expect-error: only messages with _one/_other forms have a plural
    tPlural('loading', 1);
  });
});
