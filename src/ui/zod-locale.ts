import { config } from 'zod';
import de from 'zod/v4/locales/de.js';
import es from 'zod/v4/locales/es.js';
import fr from 'zod/v4/locales/fr.js';

import { lookupTable } from '../domain/lookup';
import { t } from '../i18n/translate';

const LOCALES = lookupTable<() => Parameters<typeof config>[0]>({ de, es, fr });

/**
 * zod's own words about a field in a refused backup, in the language the page is shown in. Only the
 * languages Follow Ledger is translated into: the others show English, like the rest of the page.
 */
export function localizeZodMessages(): void {
  const locale = LOCALES(t('languageTag'));
  if (locale) config(locale());
}
