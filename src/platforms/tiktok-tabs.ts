import { parseCount } from '../domain/count';
import { type ListEvidence, placeList } from '../domain/list-evidence';
import type { ListKind } from '../domain/types';
import { listNamedBy } from './site-words';

/**
 * Which list TikTok's follow dialog shows, from independent signals: which tab is active (aria-selected
 * where present, the one tab styled differently from its siblings) and what that tab is (its label, the
 * header count its count equals, its place in the tab order). SITES.md: the tabs may be plain
 * `div[class*="DivTabItem"]` with a label and a `strong` count, and no role or aria-selected at all.
 */

/** SITES: Following, Followers, Suggested, maybe Friends, in this order. */
const TAB_ORDER: readonly ListKind[] = ['following', 'followers'];

export function tabsOf(dialog: Element): Element[] {
  const byRole = [...dialog.querySelectorAll('[role="tab"]')];
  if (byRole.length > 0) return byRole;
  return [...dialog.querySelectorAll('div[class*="DivTabItem"]')].filter(
    (tab) => !tab.parentElement?.closest('div[class*="DivTabItem"]'),
  );
}

/** What a tab is: its label, its count against the profile header's counts, and its place. */
export function tabNames(tab: Element, tabs: readonly Element[]): ListEvidence {
  const doc = tab.ownerDocument;
  const label = listNamedBy(labelOf(tab));
  const order = TAB_ORDER[tabs.indexOf(tab)] ?? null;
  return placeList([label, countNames(doc, tab), label === 'not-a-list' ? null : order]);
}

/** Which tab is active, by aria-selected and by the one class that differs; tabs that disagree are a conflict. */
export function activeTab(tabs: readonly Element[]): Element | 'conflict' | null {
  const byAria = tabs.some((tab) => tab.hasAttribute('aria-selected'))
    ? onlyOne(tabs.filter((tab) => tab.getAttribute('aria-selected') === 'true'))
    : null;
  const byStyle = styledApart(tabs);
  if (byAria && byStyle && byAria !== byStyle) return 'conflict';
  return byAria ?? byStyle;
}

/** The tab holding `target`, when the click was on one. */
export function tabAt(target: Element, dialog: Element): Element | null {
  return tabsOf(dialog).find((tab) => tab.contains(target)) ?? null;
}

/** The tab text outside its count. */
function labelOf(tab: Element): string {
  const copy = tab.cloneNode(true) as Element;
  for (const count of copy.querySelectorAll('strong')) count.remove();
  return copy.textContent ?? '';
}

/** The list whose header count equals this tab's count, when exactly one does. */
function countNames(doc: Document, tab: Element): ListEvidence {
  const value = parseCount(tab.querySelector('strong')?.textContent ?? '')?.value;
  if (value === undefined) return null;
  const matching = TAB_ORDER.filter(
    (list) =>
      parseCount(doc.querySelector(`strong[data-e2e="${list}-count"]`)?.textContent ?? '')?.value === value,
  );
  return matching.length === 1 ? matching[0] : null;
}

/** The one tab whose class differs from its siblings, which all share theirs; needs three tabs or more. */
function styledApart(tabs: readonly Element[]): Element | null {
  if (tabs.length < 3) return null;
  const classes = tabs.map((tab) => tab.getAttribute('class') ?? '');
  const apart = tabs.filter((_, i) => classes.filter((c) => c === classes[i]).length === 1);
  const rest = new Set(classes.filter((c) => classes.filter((d) => d === c).length > 1));
  return apart.length === 1 && rest.size === 1 ? apart[0] : null;
}

function onlyOne<T>(items: T[]): T | null {
  return items.length === 1 ? items[0] : null;
}
