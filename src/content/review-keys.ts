import type { ReviewAction } from '../domain/review-queue';

const KEYS: Record<string, ReviewAction> = {
  p: 'protect',
  r: 'reviewed',
  u: 'unfollowed',
  k: 'previous',
  ArrowLeft: 'previous',
  j: 'next',
  ArrowRight: 'next',
};

/** Fields of the site's page where a key is typing, not a command: search, comments, messages. */
const TYPING =
  'input, textarea, select, [contenteditable]:not([contenteditable="false"]), [role="textbox"], [role="searchbox"], [role="combobox"]';

/**
 * The review bar's action for a key press, or null to leave the key to the site: only the person's own
 * key (never one a script made up), without a modifier, and never while they type in the page.
 */
export function reviewKeyAction(
  event: Pick<
    KeyboardEvent,
    'key' | 'isTrusted' | 'ctrlKey' | 'altKey' | 'metaKey' | 'defaultPrevented' | 'target'
  >,
): ReviewAction | null {
  if (!event.isTrusted || event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey)
    return null;
  const target = event.target;
  if (target instanceof Element && (target.closest(TYPING) || (target as HTMLElement).isContentEditable))
    return null;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  return Object.hasOwn(KEYS, key) ? KEYS[key] : null;
}
