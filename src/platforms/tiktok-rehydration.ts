import type { CountReading, ListKind } from '../domain/types';

/**
 * The exact counts in the page's rehydration JSON, but only if they belong to `owner`: the JSON is
 * written at page load and is stale after the site navigates to another profile without a reload.
 */
export function rehydratedCount(doc: Document, owner: string, list: ListKind): CountReading | null {
  const script = doc.querySelector('script#__UNIVERSAL_DATA_FOR_REHYDRATION__');
  const text = script?.textContent;
  if (!script || !text) return null;
  // The header is read again while a list is read; the page's JSON is large and rarely changes.
  let parsed = PARSED.get(script);
  if (parsed?.text !== text) {
    parsed = { text, data: parseJson(text) };
    PARSED.set(script, parsed);
  }
  const data = parsed.data;
  if (data === undefined) return null;
  const userInfo = findUserInfo(data, owner);
  const value = userInfo?.stats?.[list === 'followers' ? 'followerCount' : 'followingCount'];
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? { value, unit: 1 } : null;
}

const PARSED = new WeakMap<Element, { text: string; data: unknown }>();

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

interface UserInfo {
  user?: { uniqueId?: unknown };
  stats?: Record<string, unknown>;
}

function findUserInfo(node: unknown, owner: string, depth = 0): UserInfo | null {
  if (!node || typeof node !== 'object' || depth > 8) return null;
  const candidate = node as UserInfo;
  if (
    typeof candidate.user?.uniqueId === 'string' &&
    candidate.user.uniqueId.toLowerCase() === owner &&
    candidate.stats
  ) {
    return candidate;
  }
  for (const child of Object.values(node)) {
    const found = findUserInfo(child, owner, depth + 1);
    if (found) return found;
  }
  return null;
}
