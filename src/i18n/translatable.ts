import type english from '../../public/_locales/en/messages.json';

/** The English catalogue decides which messages exist: a key that is not in it fails the type check. */
type Catalogue = typeof english;
export type MessageKey = keyof Catalogue;

/** The placeholders a message takes, by name (of every message in K, when K is a union). */
export type PlaceholderOf<K extends MessageKey> = K extends MessageKey
  ? Catalogue[K] extends { placeholders: infer P }
    ? keyof P & string
    : never
  : never;

/** A message with `_one`, `_other`… forms, named without the suffix. */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}_other` ? Base : never) : never;

export type MessageValue = string | number | Translatable;

/** The values a message needs: none, or exactly its placeholders. Numbers are formatted for the user's locale. */
export type ValuesOf<K extends MessageKey, Omitted extends string = never> = [
  Exclude<PlaceholderOf<K>, Omitted>,
] extends [never]
  ? []
  : [Record<Exclude<PlaceholderOf<K>, Omitted>, MessageValue>];

/**
 * Words for the user, not yet in their language: what code without browser APIs (domain, data, site
 * adapters) gives the UI, which translates it. Plain data, so it also crosses extension messaging.
 */
export interface Translatable {
  key: MessageKey;
  values?: Record<string, MessageValue>;
}

export function translatable<K extends MessageKey>(key: K, ...values: ValuesOf<K>): Translatable {
  return values[0] ? { key, values: values[0] } : { key };
}

/** An error whose reason is said in the user's language. */
export class TranslatableError extends Error {
  constructor(readonly reason: Translatable) {
    super(reason.key);
    this.name = 'TranslatableError';
  }
}
