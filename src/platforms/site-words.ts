import type { ListEvidence } from '../domain/list-evidence';
import { WORDS, type Words } from './site-words-table';

export type TroubleWord = 'tryAgain' | 'blocked' | 'wait' | 'confirm' | 'captcha' | 'private';
const TROUBLE_WORDS: readonly TroubleWord[] = [
  'tryAgain',
  'blocked',
  'wait',
  'confirm',
  'captcha',
  'private',
];

/** The languages these tables cover. */
export const SITE_LANGUAGES = Object.keys(WORDS);

function fold(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase();
}

function languageOf(doc: Document): string {
  const code = (doc.documentElement.lang || 'en').split('-')[0].toLowerCase();
  return WORDS[code] ? code : 'en';
}

/** The word tables to read `doc` with: its own language (from `lang`) and English. */
function wordsOf(doc: Document): Words[] {
  const code = languageOf(doc);
  return code !== 'en' ? [WORDS[code], WORDS.en] : [WORDS.en];
}

/**
 * Which list a heading or tab label names, in any of the languages: a page's `lang` may not be the
 * language of its words. A word that means one list in a language and another list in another is a
 * conflict, never a guess.
 */
export function listNamedBy(label: string): ListEvidence {
  const text = fold(label);
  if (!text) return null;
  const named = new Set<ListEvidence>();
  for (const words of Object.values(WORDS)) {
    if (words.followers.includes(text)) named.add('followers');
    if (words.following.includes(text)) named.add('following');
    if (words.other.includes(text)) named.add('not-a-list');
  }
  return named.size === 1 ? [...named][0] : named.size > 1 ? 'conflict' : null;
}

/**
 * The sign of trouble `text` holds, in the page's language or English: the first one in the text (a
 * notice's title before its explanation, "Action Blocked … try again later"), as the page wrote it.
 * This runs on every tick of a capture, so it is one pass of one expression per language.
 */
export function troubleWordIn(doc: Document, text: string): { kind: TroubleWord; found: string } | null {
  const code = languageOf(doc);
  let pattern = TROUBLE_PATTERNS.get(code);
  if (!pattern) {
    const words = wordsOf(doc).flatMap((table) => TROUBLE_WORDS.flatMap((kind) => table[kind]));
    pattern = new RegExp(words.map(asPattern).join('|'), 'iu');
    TROUBLE_PATTERNS.set(code, pattern);
  }
  const found = pattern.exec(text)?.[0];
  if (!found) return null;
  const word = fold(found);
  const kind = TROUBLE_WORDS.find((candidate) =>
    wordsOf(doc).some((table) => table[candidate].includes(word)),
  );
  return kind ? { kind, found } : null;
}

const TROUBLE_PATTERNS = new Map<string, RegExp>();

/** A word as a pattern: its letters as they are, any run of spaces between its parts. */
function asPattern(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
}

/** Whether an accessible label says "loading" in the page's language. */
export function saysLoading(doc: Document, label: string): boolean {
  const folded = fold(label);
  return wordsOf(doc).some((words) => words.loading.some((word) => folded.startsWith(word)));
}
