import type { ImportBasis } from '../domain/import-rule';
import type { MessageKey } from '../i18n/translatable';
import { t } from '../i18n/translate';

const BASIS: Record<ImportBasis, MessageKey & `basis${string}`> = {
  'covers-count': 'basisCoversCount',
  'short-of-count': 'basisShortOfCount',
  'count-newer': 'basisCountNewer',
  'all-time': 'basisAllTime',
  range: 'basisRange',
};

/** Why an import counts as complete or partial, in the user's words: shown by the options page and the popup. */
export function importBasisText(basis: ImportBasis): string {
  return t(BASIS[basis] as 'basisAllTime');
}
