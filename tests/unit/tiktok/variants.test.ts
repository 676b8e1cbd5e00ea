// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { Window } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';

import { tiktok } from '../../../src/platforms/tiktok';
import { whichList } from '../../../src/platforms/which-list';
import { said } from '../support/said';

const PROFILE = 'https://www.tiktok.com/@alice';
const FIXTURE = readFileSync(join(import.meta.dirname, 'fixtures', 'variant-portal.html'), 'utf8');

const windows: Window[] = [];
afterEach(async () => {
  await Promise.all(windows.splice(0).map((window) => window.happyDOM.close()));
});
function load(html = FIXTURE): Document {
  const window = new Window({ url: PROFILE });
  windows.push(window);
  window.document.write(html);
  return window.document as unknown as Document;
}
const tabsOf = (doc: Document) => [...doc.querySelectorAll('[class*="DivTabItem"]')];
const select = (doc: Document, index: number) =>
  tabsOf(doc).forEach((tab, i) =>
    tab.setAttribute('class', i === index ? 'css-cc22dd-DivTabItem e1abc1' : 'css-aa11bb-DivTabItem e1abc0'),
  );

describe('tiktok adapter on the variants of SITES.md', () => {
  it('finds the unhooked dialog in the portal, its rows and its loading row, and the user inside nav-profile', () => {
    const doc = load();
    expect(tiktok.loggedInUser(doc)).toBe('alice');
    const open = tiktok.findOpenList(doc)!;
    expect(open.container.tagName).toBe('SECTION');
    expect(tiktok.readRows(open).map((row) => row.handle)).toEqual(['bob.smith', 'carol_99']);
    expect(tiktok.isLoading(open)).toBe(true);
    doc.querySelector('[class*="DivLoadingContainer"]')!.remove();
    expect(tiktok.isLoading(open)).toBe(false);
  });

  it('finds the user inside profile-icon too', () => {
    const doc = load(FIXTURE.replace('data-e2e="nav-profile"', 'data-e2e="profile-icon"'));
    expect(tiktok.loggedInUser(doc)).toBe('alice');
  });

  it('does not take another modal in the portal (one without the tabs) for the list', () => {
    const doc = load(
      FIXTURE.replace(
        /<div class="css-3d4e5f-DivTabs">[\s\S]*?<\/div>\s*<div class="css-9k2m1a/,
        '<div class="css-9k2m1a',
      ),
    );
    expect(tiktok.listDialogs(doc)).toEqual([]);
  });

  it('tells the open list by the one tab styled apart, its label, its count and its place', () => {
    const doc = load();
    const open = tiktok.findOpenList(doc)!;
    expect(tiktok.listFromOpenList(open)).toBe('followers');
    select(doc, 0);
    expect(tiktok.listFromOpenList(open)).toBe('following');
    select(doc, 2);
    expect(tiktok.listFromOpenList(open)).toBe('not-a-list');
    select(doc, 3);
    expect(tiktok.listFromOpenList(open)).toBe('not-a-list');
    // No tab styled apart: the dialog says nothing, and the click must.
    select(doc, -1);
    expect(tiktok.listFromOpenList(open)).toBeNull();
  });

  it('reads an unknown label by its count and place, and refuses when they disagree', () => {
    const doc = load(FIXTURE.replace('<div>Followers</div>', '<div>Takipçi listesi</div>'));
    const open = tiktok.findOpenList(doc)!;
    expect(tiktok.listFromOpenList(open)).toBe('followers');
    // Tabs in another order than SITES says: the label and count say followers, the place following.
    const swapped = load(
      FIXTURE.replace(
        /(<div class="css-aa11bb[^\n]*Following[^\n]*\n)(\s*<div class="css-cc22dd[^\n]*\n)/,
        '$2$1',
      ),
    );
    expect(tiktok.listFromOpenList(tiktok.findOpenList(swapped)!)).toBe('conflict');
  });

  it('takes aria-selected where present, and a conflict when it and the styling pick different tabs', () => {
    const doc = load();
    const tabs = tabsOf(doc);
    tabs.forEach((tab, i) => tab.setAttribute('aria-selected', String(i === 1)));
    const open = tiktok.findOpenList(doc)!;
    expect(tiktok.listFromOpenList(open)).toBe('followers');
    tabs.forEach((tab, i) => tab.setAttribute('aria-selected', String(i === 0)));
    expect(tiktok.listFromOpenList(open)).toBe('conflict');
  });

  it('tells which tab a click was on, and which count in the header', () => {
    const doc = load();
    const url = new URL(PROFILE);
    const [following, followers, friends, suggested] = tabsOf(doc);
    expect(tiktok.listFromClick(following.querySelector('div')!, url)).toBe('following');
    expect(tiktok.listFromClick(followers.querySelector('strong')!, url)).toBe('followers');
    expect(tiktok.listFromClick(friends, url)).toBe('not-a-list');
    expect(tiktok.listFromClick(suggested, url)).toBe('not-a-list');
    expect(tiktok.listFromClick(doc.querySelector('li a')!, url)).toBeUndefined();
  });

  it('two list windows at once are a conflict, whatever each says', () => {
    const doc = load();
    const open = tiktok.findOpenList(doc)!;
    expect(whichList(tiktok, doc, new URL(PROFILE), open, 'followers')).toBe('followers');
    expect(whichList(tiktok, doc, new URL(PROFILE), open, 'following')).toBe('conflict');
    doc.body.append(doc.getElementById('tux-portal-container')!.cloneNode(true));
    expect(whichList(tiktok, doc, new URL(PROFILE), open, 'followers')).toBe('conflict');
  });

  it('reads a private list note in the page language', () => {
    const doc = load(
      FIXTURE.replace('<html lang="en">', '<html lang="fr">').replace(
        /<li>[\s\S]*<\/li>/,
        '<p>La liste des abonnés de ce compte est privée</p>',
      ),
    );
    expect(said(tiktok.troubleSign(doc, new URL(PROFILE)))).toMatch(/private/);
  });
});
