import { type ListEvidence, placeList } from '../domain/list-evidence';
import type { OpenList, SiteAdapter } from './site-adapter';

/**
 * Which of the owner's lists is open, from the evidence that must agree: the URL, what the open list
 * says of itself (heading or tabs), and the click that opened it. Two list windows shown at once can't
 * be told apart, so they are a conflict whatever each one says.
 */
export function whichList(
  adapter: SiteAdapter,
  doc: Document,
  url: URL,
  open: OpenList | null,
  clicked: ListEvidence,
): ListEvidence {
  if (adapter.listDialogs(doc).length > 1) return 'conflict';
  return placeList([adapter.listFromUrl(url), open && adapter.listFromOpenList(open), clicked]);
}
