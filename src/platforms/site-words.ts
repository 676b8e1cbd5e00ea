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

/** The word tables to read `doc` with: its own language (from `lang`) and English. */
function wordsOf(doc: Document): Words[] {
  const code = (doc.documentElement.lang || 'en').split('-')[0].toLowerCase();
  return code !== 'en' && WORDS[code] ? [WORDS[code], WORDS.en] : [WORDS.en];
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
 * The sign of trouble `text` holds, in the page's language or English, and the words that gave it
 * away as the page wrote them.
 */
export function troubleWordIn(doc: Document, text: string): { kind: TroubleWord; found: string } | null {
  const folded = fold(text);
  // The words that come first: a notice's title before its explanation ("Action Blocked … try again later").
  let first: { kind: TroubleWord; word: string; at: number } | null = null;
  for (const words of wordsOf(doc)) {
    for (const kind of TROUBLE_WORDS) {
      for (const word of words[kind]) {
        const at = folded.indexOf(word);
        if (at >= 0 && (!first || at < first.at)) first = { kind, word, at };
      }
    }
  }
  return first && { kind: first.kind, found: asWritten(text, first.word) };
}

/** `word` as `text` writes it (its case and spacing), for quoting the site to the user. */
function asWritten(text: string, word: string): string {
  const pattern = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
  return new RegExp(pattern, 'iu').exec(text.normalize('NFC'))?.[0] ?? word;
}

/** Whether an accessible label says "loading" in the page's language. */
export function saysLoading(doc: Document, label: string): boolean {
  const folded = fold(label);
  return wordsOf(doc).some((words) => words.loading.some((word) => folded.startsWith(word)));
}
