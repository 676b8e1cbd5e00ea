// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { Window } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';

import { tiktok } from '../../../src/platforms/tiktok';
import { said } from '../support/said';

const PROFILE = 'https://www.tiktok.com/@alice';
const FIXTURE = readFileSync(join(import.meta.dirname, 'fixtures', 'own-followers.html'), 'utf8');

const windows: Window[] = [];
afterEach(async () => {
  await Promise.all(windows.splice(0).map((window) => window.happyDOM.close()));
});
function load(html: string, url = PROFILE): Document {
  const window = new Window({ url });
  windows.push(window);
  window.document.write(html);
  return window.document as unknown as Document;
}
const own = () => load(FIXTURE);

describe('tiktok adapter', () => {
  it('waits for the late nav-profile link before naming the logged-in user', () => {
    const doc = own();
    doc.querySelector('a[data-e2e="nav-profile"]')!.remove();
    expect(tiktok.loggedInUser(doc)).toBeNull();
  });

  it.each([
    ['/@alice', 'alice'],
    ['/@Alice.B', 'alice.b'],
    ['/@alice/video/123', null],
    ['/explore', null],
    ['/', null],
  ])('profileOwner(%s) = %s', (path, owner) => {
    expect(tiktok.profileOwner(new URL(path, PROFILE))).toBe(owner);
  });

  it('tells which count a click opens, from the strong or from around it, and nothing elsewhere', () => {
    const doc = own();
    const url = new URL(PROFILE);
    const followers = doc.querySelector('strong[data-e2e="followers-count"]')!;
    expect(tiktok.listFromClick(followers, url)).toBe('followers');
    expect(tiktok.listFromClick(followers.nextElementSibling!, url)).toBe('followers');
    expect(tiktok.listFromClick(doc.querySelector('strong[data-e2e="following-count"]')!, url)).toBe(
      'following',
    );
    expect(tiktok.listFromClick(doc.querySelector('main')!, url)).toBeUndefined();
    expect(tiktok.listFromClick(doc.querySelector('h1')!, url)).toBeUndefined();
  });

  it('follows the selected tab, by its label or else by its count and place; Suggested is no list', () => {
    const doc = own();
    const open = tiktok.findOpenList(doc)!;
    const tabs = [...doc.querySelectorAll('[role="tab"]')];
    expect(tiktok.listFromOpenList(open)).toBe('followers');
    tabs[1].setAttribute('aria-selected', 'false');
    tabs[0].setAttribute('aria-selected', 'true');
    expect(tiktok.listFromOpenList(open)).toBe('following');
    tabs[0].firstChild!.textContent = 'Abonniert ';
    expect(tiktok.listFromOpenList(open)).toBe('following');
    tabs[0].setAttribute('aria-selected', 'false');
    tabs[2].setAttribute('aria-selected', 'true');
    expect(tiktok.listFromOpenList(open)).toBe('not-a-list');
  });

  it('takes exact counts only from rehydration data about the same user', () => {
    const stale = load(FIXTURE.replace('"uniqueId":"alice"', '"uniqueId":"somebody"'));
    expect(tiktok.headerCount(stale, 'alice', 'followers')).toEqual({ value: 12300, unit: 100 });
    const broken = load(FIXTURE.replace('{"__DEFAULT_SCOPE__"', '{"__DEFAULT_SCOPE__" oops'));
    expect(tiktok.headerCount(broken, 'alice', 'following')).toEqual({ value: 340, unit: 1 });
  });

  it('reads rows only from the list container, each once', () => {
    const doc = own();
    const extra = doc.createElement('li');
    extra.innerHTML = '<a href="https://evil.example/@mallory">mallory</a>';
    doc.querySelector('ul')!.append(extra);
    expect(tiktok.readRows(tiktok.findOpenList(doc)!).map((row) => row.handle)).toEqual([
      'bob.smith',
      'carol_99',
      'dave',
    ]);
  });

  it('sees a captcha only when it is visible', () => {
    const doc = own();
    expect(said(tiktok.troubleSign(doc, new URL(PROFILE)))).toBeNull();
    (doc.querySelector('#captcha-verify-container-main-page') as HTMLElement).style.display = 'block';
    expect(said(tiktok.troubleSign(doc, new URL(PROFILE)))).toMatch(/captcha/);
  });

  it('recognizes a logged-out page and a private list', () => {
    const loggedOut = load(
      '<!doctype html><html><body><button data-e2e="top-login-button">Log in</button></body></html>',
    );
    expect(said(tiktok.troubleSign(loggedOut, new URL(PROFILE)))).toMatch(/logged out/);
    // The note takes the rows' place.
    const privateList = load(
      FIXTURE.replace(/<ul>[\s\S]*<\/ul>/, "<p>This account's followers list is private</p>"),
    );
    expect(said(tiktok.troubleSign(privateList, new URL(PROFILE)))).toMatch(/private/);
  });
});
