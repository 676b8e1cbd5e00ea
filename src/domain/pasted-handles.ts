import { normalizeHandle } from './handle';
import type { Platform } from './types';

/**
 * Handles pasted as a list: "@name", "name" or profile links, with any separator between them (spaces,
 * new lines, commas, semicolons, bullets). Each is read once; what is not a handle is kept as typed, so
 * the person is told about it.
 */
export function readPastedHandles(
  platform: Platform,
  text: string,
): { handles: string[]; unreadable: string[] } {
  const handles = new Set<string>();
  const unreadable = new Set<string>();
  for (const piece of text.split(/[\s,;|·•]+/u)) {
    if (!piece) continue;
    const handle = normalizeHandle(platform, piece);
    if (handle) handles.add(handle);
    else unreadable.add(piece);
  }
  return { handles: [...handles], unreadable: [...unreadable] };
}

/** Which of `handles` the ledger knows (in a list, or annotated before), and which it doesn't. */
export function matchKnown(
  handles: readonly string[],
  known: ReadonlySet<string>,
): { matched: string[]; unmatched: string[] } {
  const matched: string[] = [];
  const unmatched: string[] = [];
  for (const handle of handles) (known.has(handle) ? matched : unmatched).push(handle);
  return { matched, unmatched };
}
