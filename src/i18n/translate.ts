import { browser } from 'wxt/browser';

import { formatCount, uiLocale } from './locale';
import {
  type MessageKey,
  type MessageValue,
  type PluralKey,
  type Translatable,
  TranslatableError,
  type ValuesOf,
} from './translatable';

// WXT's generated overloads know the keys only after `wxt prepare`; MessageKey checks them anyway.
const getMessage = (key: string, substitutions: string[]) =>
  (browser.i18n.getMessage as (key: string, substitutions: string[]) => string)(key, substitutions);

/** Stand-ins for substitutions $1…$9, from the Private Use Area: no message or value contains them. */
const SLOTS = Array.from({ length: 9 }, (_, i) => String.fromCharCode(0xe001 + i));
const SLOT = /[\ue001-\ue009]/g;
const templates = new Map<string, string>();

/**
 * A message with its substitutions left as slots, asked of the browser once. Kept because a content
 * script outlives its extension (an update or reload): after that, browser.i18n throws, and the page
 * must still be told, in its language, to reload.
 */
function template(key: string): string {
  let found = templates.get(key);
  if (found === undefined) {
    try {
      found = getMessage(key, SLOTS);
    } catch {
      return '';
    }
    templates.set(key, found);
  }
  return found;
}

/** Asks for `keys` now, while the extension is there, so they can be shown once it is gone. */
export function keepMessages(keys: readonly MessageKey[]): void {
  for (const key of keys) template(key);
}

/**
 * Chrome's messages take positional substitutions; the catalogue numbers each message's placeholders
 * in the alphabetical order of their names, so callers name their values and can't mix them up.
 */
function lookup(key: string, values: Record<string, MessageValue> | undefined): string {
  const names = values ? Object.keys(values).sort() : [];
  const substitutions = names.map((name) => text(values![name]));
  return template(key).replace(SLOT, (slot) => substitutions[slot.charCodeAt(0) - 0xe001] ?? '');
}

function text(value: MessageValue): string {
  if (typeof value === 'number') return formatCount(value);
  if (typeof value === 'string') return value;
  return translate(value);
}

/** A message of the catalogue in the user's language (English when it has no translation). */
export function t<K extends MessageKey>(key: K, ...values: ValuesOf<K>): string {
  return lookup(key, values[0]) || key;
}

let plurals: Intl.PluralRules | undefined;

/** A message with a count, in the form the language uses for that count ("1 account", "2 accounts"). */
export function tPlural<B extends PluralKey>(
  base: B,
  count: number,
  ...values: ValuesOf<`${B}_other`, 'count'>
): string {
  const category = (plurals ??= new Intl.PluralRules(uiLocale())).select(count);
  const all = { ...values[0], count };
  // A language with more forms than English falls back to its "other" form.
  return lookup(`${base}_${category}`, all) || lookup(`${base}_other`, all) || base;
}

export function translate(words: Translatable): string {
  return lookup(words.key, words.values) || words.key;
}

/** What to tell the user about a failure: its reason in their language when it has one. */
export function errorText(error: unknown): string {
  if (error instanceof TranslatableError) return translate(error.reason);
  return error instanceof Error ? error.message : String(error);
}

/** An extension page in the user's language: its title, and the language the page is written in. */
export function localizePage(title: 'extName' | 'pageTitleOptions' | 'pageTitleReview'): void {
  document.documentElement.lang = t('languageTag');
  document.title = t(title);
}
