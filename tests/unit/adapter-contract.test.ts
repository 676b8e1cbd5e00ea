// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { Window } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';

import type { Landmark } from '../../src/domain/types';
import { instagram } from '../../src/platforms/instagram';
import { missingLandmark } from '../../src/platforms/self-check';
import type { SiteAdapter } from '../../src/platforms/site-adapter';
import { tiktok } from '../../src/platforms/tiktok';

/**
 * The contract every site adapter keeps, checked once for both sites on the same situation: alice's
 * own followers list open and loading, three followers rendered (one verified, one without a name,
 * one with markup in its name, one rendered twice), suggestions excluded, header 12,345.
 */
const CASES: { adapter: SiteAdapter; fixture: string; profile: string; elsewhere: string }[] = [
  {
    adapter: instagram,
    fixture: 'instagram/fixtures/own-followers.html',
    profile: 'https://www.instagram.com/alice/',
    elsewhere: 'https://www.instagram.com/explore/',
  },
  {
    adapter: tiktok,
    fixture: 'tiktok/fixtures/own-followers.html',
    profile: 'https://www.tiktok.com/@alice',
    elsewhere: 'https://www.tiktok.com/explore',
  },
];
const EXPECTED_HANDLES: Record<string, string[]> = {
  instagram: ['bob.smith', 'carol', 'dave'],
  tiktok: ['bob.smith', 'carol_99', 'dave'],
};

const windows: Window[] = [];
afterEach(async () => {
  await Promise.all(windows.splice(0).map((window) => window.happyDOM.close()));
});
function load(html: string, url: string): Document {
  const window = new Window({ url });
  windows.push(window);
  window.document.write(html);
  return window.document as unknown as Document;
}

describe.each(CASES)('$adapter.platform adapter contract', ({ adapter, fixture, profile, elsewhere }) => {
  const html = readFileSync(join(import.meta.dirname, fixture), 'utf8');
  const own = () => load(html, profile);

  it('finds the logged-in user and whose profile the page shows', () => {
    expect(adapter.loggedInUser(own())).toBe('alice');
    expect(adapter.profileOwner(new URL(profile))).toBe('alice');
    expect(adapter.profileOwner(new URL(elsewhere))).toBeNull();
  });

  it('finds the open list and says which list it is', () => {
    const doc = own();
    const open = adapter.findOpenList(doc);
    expect(open).not.toBeNull();
    expect(open!.container.contains(open!.scroller)).toBe(true);
    expect(adapter.listFromUrl(new URL(profile)) ?? adapter.listFromOpenList(open!)).toBe('followers');
  });

  it('reads each rendered account once, normalized, with names as plain text, and no suggestions', () => {
    const rows = adapter.readRows(adapter.findOpenList(own())!);
    expect(rows.map((row) => row.handle)).toEqual(EXPECTED_HANDLES[adapter.platform]);
    expect(rows[0]).toEqual({ handle: 'bob.smith', displayName: 'Bob Smith', verified: true });
    expect(rows[1]).toEqual({ handle: EXPECTED_HANDLES[adapter.platform][1] });
    expect(rows[2].displayName).toMatch(/^<(script|img)/);
  });

  it('an account read already comes back as its handle alone, in its place; the others in full', () => {
    const all = adapter.readRows(adapter.findOpenList(own())!);
    const known = new Set([all[0].handle]);
    const rows = adapter.readRows(adapter.findOpenList(own())!, (handle) => known.has(handle));
    expect(rows).toEqual([{ handle: all[0].handle }, ...all.slice(1)]);
    expect(rows[0]).not.toHaveProperty('displayName');
  });

  it('a read within some children of the rows reads whole rows, the same as a full read does, and no others', () => {
    const open = adapter.findOpenList(own())!;
    const all = adapter.readRows(open);
    const children = [...open.rows.children];
    expect(children.length).toBeGreaterThan(1);
    // Child by child, each account comes back as the full read has it, and none twice over.
    const byChild = new Map<string, unknown>();
    for (const child of children)
      for (const row of adapter.readRows(open, undefined, [child])) {
        expect(child.contains(adapter.rowLink(open, row.handle))).toBe(true);
        expect(byChild.has(row.handle)).toBe(false);
        byChild.set(row.handle, row);
      }
    expect(byChild).toEqual(new Map(all.map((row) => [row.handle, row])));
    expect(adapter.readRows(open, undefined, children)).toEqual(all);
    expect(adapter.readRows(open, undefined, [])).toEqual([]);
  });

  it('reads the exact header count of the list', () => {
    expect(adapter.headerCount(own(), 'alice', 'followers')).toEqual({ value: 12345, unit: 1 });
    expect(adapter.headerCount(own(), 'alice', 'following')).toEqual({ value: 340, unit: 1 });
  });

  it('knows when the next page is loading', () => {
    const doc = own();
    const open = adapter.findOpenList(doc)!;
    expect(adapter.isLoading(open)).toBe(true);
    for (const spinner of doc.querySelectorAll('[role="progressbar"]')) spinner.remove();
    expect(adapter.isLoading(open)).toBe(false);
  });

  it('sees no trouble on a normal page, and nothing open on a page without a list', () => {
    expect(adapter.troubleSign(own(), new URL(profile))).toBeNull();
    const bare = load('<!doctype html><html><body><main>nothing here</main></body></html>', elsewhere);
    expect(adapter.findOpenList(bare)).toBeNull();
    expect(adapter.loggedInUser(bare)).toBeNull();
  });
});

/** Layout changes, each of which takes away one landmark the adapters read a list by. */
const LAYOUT_CHANGES: { change: string; missing: Landmark; apply: (doc: Document) => void }[] = [
  {
    change: 'the list window lost its dialog role',
    missing: 'list',
    apply: (doc) =>
      doc
        .querySelectorAll('[role="dialog"]')
        .forEach((dialog) => dialog.setAttribute('role', 'presentation')),
  },
  {
    change: 'the list scrolls by other means',
    missing: 'scroll area',
    apply: (doc) => {
      doc.querySelectorAll('style').forEach((style) => style.remove());
      doc
        .querySelectorAll('[class*="DivUserListContainer"]')
        .forEach((element) => element.setAttribute('class', 'css-0x0x0x-List'));
    },
  },
  {
    change: 'rows navigate by script, without profile links',
    missing: 'rows',
    apply: (doc) => {
      doc.querySelectorAll('[role="dialog"] a[href]').forEach((link) => link.removeAttribute('href'));
      doc.querySelectorAll('[role="progressbar"]').forEach((spinner) => spinner.remove());
    },
  },
  {
    change: 'the header counts are gone',
    missing: 'count',
    apply: (doc) =>
      doc
        .querySelectorAll(
          'main a[href$="/followers/"], meta[property="og:description"], script[type="application/json"], strong[data-e2e="followers-count"]',
        )
        .forEach((element) => element.remove()),
  },
];

describe.each(CASES)('$adapter.platform adapter self-check', ({ adapter, fixture, profile }) => {
  const html = readFileSync(join(import.meta.dirname, fixture), 'utf8');

  it('finds every landmark of the open list on the page as the site lays it out today', () => {
    expect(missingLandmark(adapter, load(html, profile), 'alice', 'followers')).toBeNull();
  });

  it.each(LAYOUT_CHANGES)('names "$missing" when $change', ({ apply, missing }) => {
    const doc = load(html, profile);
    apply(doc);
    expect(missingLandmark(adapter, doc, 'alice', 'followers')).toBe(missing);
  });

  it("does not take rows it can't read yet, while the next page is loading, for a changed layout", () => {
    const loading = load(html, profile);
    loading.querySelectorAll('[role="dialog"] a[href]').forEach((link) => link.removeAttribute('href'));
    expect(missingLandmark(adapter, loading, 'alice', 'followers')).toBeNull();
  });
});
