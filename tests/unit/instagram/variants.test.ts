// @vitest-environment happy-dom
import { Window } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';

import { instagram } from '../../../src/platforms/instagram';
import { whichList } from '../../../src/platforms/which-list';
import { said } from '../support/said';

const PROFILE = 'https://www.instagram.com/alice/';

const windows: Window[] = [];
afterEach(async () => {
  await Promise.all(windows.splice(0).map((window) => window.happyDOM.close()));
});

/** A page shaped after SITES.md's Instagram list dialog, in the page language `lang`. */
function page(body: string, { lang = 'en', url = PROFILE } = {}): Document {
  const window = new Window({ url });
  windows.push(window);
  window.document.write(`<!doctype html><html lang="${lang}"><body>${body}</body></html>`);
  return window.document as unknown as Document;
}

function listDialog(heading: string, afterList = '', scroller = 'overflow-y: auto') {
  return `
    <div role="dialog">
      <div role="heading">${heading}</div>
      <div><input placeholder="Search"></div>
      <div style="${scroller}">
        <div><div><a href="/bob/"><span>bob</span></a></div></div>
        ${afterList}
      </div>
    </div>`;
}

describe('instagram adapter on the variants of SITES.md', () => {
  it.each([
    ['role=progressbar', '<div role="progressbar"></div>', 'en'],
    ['Meta loading state', '<div data-visualcompletion="loading-state"></div>', 'en'],
    ['svg labelled Loading...', '<div><svg aria-label="Loading..."></svg></div>', 'en'],
    ['svg labelled in French', '<div><svg aria-label="Chargement..."></svg></div>', 'fr'],
  ])('sees the spinner as %s', (_name, spinner, lang) => {
    const open = instagram.findOpenList(page(listDialog('Followers', spinner), { lang }))!;
    expect(instagram.isLoading(open)).toBe(true);
    expect(instagram.isLoading(instagram.findOpenList(page(listDialog('Followers'), { lang }))!)).toBe(false);
  });

  it('takes the nested candidate that really scrolls, and finds it again once replaced', () => {
    // SITES: real markup nests an inner "overflow: hidden auto" div (written as longhands: happy-dom does not
    // split that shorthand). happy-dom has no layout, so the heights are given.
    const doc = page(`
      <div role="dialog">
        <div role="heading">Followers</div>
        <div><input></div>
        <div id="outer" style="overflow-y: auto; height: 400px">
          <div id="inner" style="overflow-x: hidden; overflow-y: auto; height: 400px">
            <div><div><a href="/bob/"><span>bob</span></a></div></div>
          </div>
        </div>
      </div>`);
    const outer = doc.getElementById('outer')!;
    Object.defineProperty(outer, 'scrollHeight', { value: 400 });
    Object.defineProperty(outer, 'clientHeight', { value: 400 });
    const inner = doc.getElementById('inner')!;
    Object.defineProperty(inner, 'scrollHeight', { value: 1200 });
    Object.defineProperty(inner, 'clientHeight', { value: 400 });
    expect(instagram.findOpenList(doc)!.scroller).toBe(inner);
    const replacement = inner.cloneNode(true) as HTMLElement;
    replacement.id = 'replacement';
    Object.defineProperty(replacement, 'scrollHeight', { value: 1300 });
    Object.defineProperty(replacement, 'clientHeight', { value: 400 });
    inner.replaceWith(replacement);
    expect(instagram.findOpenList(doc)!.scroller).toBe(replacement);
  });

  it.each([
    ['fr', 'Abonnés', 'followers'],
    ['fr', 'Abonnements', 'following'],
    ['de', 'Gefolgt', 'following'],
    ['pt', 'Seguindo', 'following'],
    ['tr', 'Takipçiler', 'followers'],
    ['ja', 'フォロワー', 'followers'],
    ['ko', '팔로잉', 'following'],
    ['ru', 'Подписчики', 'followers'],
    ['en', 'Close friends', null],
  ])('reads a %s heading %s as %s', (lang, heading, list) => {
    const open = instagram.findOpenList(page(listDialog(heading), { lang }))!;
    expect(instagram.listFromOpenList(open)).toBe(list);
  });

  it.each([
    ['fr', 'Réessayer plus tard'],
    ['es', 'Acción bloqueada'],
    ['de', 'Bitte warte einige Minuten'],
    ['it', 'Riprova più tardi'],
    ['pt', 'Tente novamente mais tarde'],
    ['tr', 'Daha sonra tekrar dene'],
    ['id', 'Coba lagi nanti'],
    ['ru', 'Повторите попытку позже'],
  ])('stops on a %s "%s" notice, quoting it', (lang, notice) => {
    const doc = page(`<div role="dialog"><h3>${notice}</h3><button>OK</button></div>`, { lang });
    expect(said(instagram.troubleSign(doc, new URL(PROFILE)))).toBe(`Instagram says "${notice}".`);
  });

  it('does not read a French notice as trouble on a page in another language', () => {
    const doc = page('<div role="dialog"><h3>Réessayer plus tard</h3></div>', { lang: 'en' });
    expect(instagram.troubleSign(doc, new URL(PROFILE))).toBeNull();
  });

  it('places the list only when the URL, the heading and the click agree', () => {
    const doc = page(listDialog('Following'));
    const open = instagram.findOpenList(doc)!;
    const url = (path: string) => new URL(path, PROFILE);
    expect(whichList(instagram, doc, url('/alice/'), open, 'following')).toBe('following');
    expect(whichList(instagram, doc, url('/alice/'), open, null)).toBe('following');
    // The repro: the URL says followers while the following dialog is open.
    expect(whichList(instagram, doc, url('/alice/followers/'), open, 'following')).toBe('conflict');
  });

  it('two list dialogs at once are a conflict', () => {
    const doc = page(listDialog('Followers') + listDialog('Following'));
    const open = instagram.findOpenList(doc)!;
    expect(whichList(instagram, doc, new URL(PROFILE), open, 'followers')).toBe('conflict');
  });
});
