import type { Translatable } from '../../../src/i18n/translatable';
import { translate } from '../../../src/i18n/translate';

/** What the user would read, in the test's UI language. */
export const said = (words: Translatable | null) => (words ? translate(words) : null);
