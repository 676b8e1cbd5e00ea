import type { Landmark, ListKind } from '../domain/types';
import type { OpenList, SiteAdapter } from './site-adapter';

/**
 * The adapter's self-check: the first landmark of `owner`'s `list` that is not where the adapter
 * expects it, or null when each one is. It tells a site whose layout changed from a list still loading:
 * rows rendered after loading that hold no account the adapter can read are a changed layout, while an
 * empty list, or one the header says is empty, is not.
 */
export function missingLandmark(
  adapter: SiteAdapter,
  doc: Document,
  owner: string,
  list: ListKind,
  open: OpenList | null = adapter.findOpenList(doc),
): Landmark | null {
  if (!open) return adapter.findListDialog(doc) ? 'scroll area' : 'list';
  const header = adapter.headerCount(doc, owner, list);
  const rendered = open.rows.childElementCount > 0 && !adapter.isLoading(open) && header?.value !== 0;
  if (rendered && adapter.readRows(open).length === 0) return 'rows';
  return header ? null : 'count';
}
