import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * chrome.i18n for unit tests, which run outside a browser (WXT's fake browser leaves i18n
 * unimplemented): messages come from public/_locales as Chrome reads them (case-insensitive names,
 * named placeholders, positional $1…$9, "$$"), with English for any message a locale lacks.
 */
export interface CatalogueMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type Catalogue = Record<string, CatalogueMessage>;

export const LOCALES_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../public/_locales',
);

export function readCatalogue(locale: string): Catalogue {
  return JSON.parse(readFileSync(path.join(LOCALES_DIR, locale, 'messages.json'), 'utf8')) as Catalogue;
}

function byLowerCase<T>(record: Record<string, T>): Map<string, T> {
  return new Map(Object.entries(record).map(([name, value]) => [name.toLowerCase(), value]));
}

function getMessageFrom(
  catalogues: Map<string, CatalogueMessage>[],
  name: string,
  substitutions: string | string[] = [],
): string {
  const entry = catalogues.map((catalogue) => catalogue.get(name.toLowerCase())).find(Boolean);
  if (!entry) return '';
  const values = typeof substitutions === 'string' ? [substitutions] : substitutions;
  const placeholders = byLowerCase(entry.placeholders ?? {});
  // Named placeholders become their content ("$1"); then one pass puts the values in, never re-read.
  const template = entry.message.replace(
    /\$(\w+)\$/g,
    (match, placeholder: string) => placeholders.get(placeholder.toLowerCase())?.content ?? match,
  );
  return template.replace(/\$(\d)|\$\$/g, (_match, index?: string) =>
    index ? (values[Number(index) - 1] ?? '') : '$',
  );
}

/** Serves chrome.i18n in `uiLanguage` to the modules that first use it after this call. */
export function useUiLanguage(uiLanguage: string): void {
  const folder = uiLanguage.split('-')[0];
  const catalogues = (folder === 'en' ? ['en'] : [folder, 'en']).map((locale) =>
    byLowerCase(readCatalogue(locale)),
  );
  const chrome = ((globalThis as { chrome?: Record<string, unknown> }).chrome ??= {});
  chrome.i18n = {
    getMessage: (name: string, substitutions?: string | string[]) =>
      getMessageFrom(catalogues, name, substitutions),
    getUILanguage: () => uiLanguage,
  };
}
