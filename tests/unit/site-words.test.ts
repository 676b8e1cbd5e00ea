// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';

import { listNamedBy, saysLoading, SITE_LANGUAGES, troubleWordIn } from '../../src/platforms/site-words';
import { WORDS } from '../../src/platforms/site-words-table';

function pageIn(lang: string): Document {
  const doc = document.implementation.createHTMLDocument('');
  doc.documentElement.lang = lang;
  return doc;
}

describe('site words', () => {
  it("cover the sites' 12 most used UI languages and more, each with every kind of word", () => {
    expect(SITE_LANGUAGES.length).toBeGreaterThanOrEqual(12);
    for (const words of Object.values(WORDS))
      for (const list of Object.values(words)) expect(list.length).toBeGreaterThan(0);
  });

  it('never let one heading word name two different lists across languages', () => {
    for (const words of Object.values(WORDS))
      for (const word of [...words.followers, ...words.following, ...words.other])
        expect(listNamedBy(word), word).not.toBe('conflict');
  });

  it.each([
    ['Abonnés', 'followers'],
    ['  FOLLOWING ', 'following'],
    ['Suggestions', 'not-a-list'],
    ['Amigos', 'not-a-list'],
    ['Takip edilenler', 'following'],
    ['粉丝', 'followers'],
    ['Close friends', null],
    ['', null],
  ])('%j names %s', (label, list) => {
    expect(listNamedBy(label)).toBe(list);
  });

  it('reads trouble in the page language and English, quoting the first sign as written', () => {
    const fr = pageIn('fr-FR');
    expect(troubleWordIn(fr, 'Action bloquée. Réessayez plus tard.')).toEqual({
      kind: 'blocked',
      found: 'Action bloquée',
    });
    expect(troubleWordIn(fr, 'Try Again Later')).toEqual({ kind: 'tryAgain', found: 'Try Again Later' });
    expect(troubleWordIn(pageIn('ja'), 'しばらくしてからもう一度実行してください')?.kind).toBe('tryAgain');
    expect(troubleWordIn(pageIn('en'), 'Réessayer plus tard')).toBeNull();
    expect(troubleWordIn(fr, 'Nina, 12 abonnés')).toBeNull();
  });

  it('reads a loading label in the page language', () => {
    expect(saysLoading(pageIn('de'), 'Wird geladen …')).toBe(true);
    expect(saysLoading(pageIn('de'), 'Loading...')).toBe(true);
    expect(saysLoading(pageIn('de'), 'Verified')).toBe(false);
  });
});
