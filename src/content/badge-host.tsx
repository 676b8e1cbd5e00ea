import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

import { Badge } from './Badge';
import css from './badge.css?inline';
import { type HiddenUi, hiddenUi } from './hidden-host';
import type { BadgeView } from './profile-badge';
import { ReviewBar, type ReviewBarActions } from './ReviewBar';

/**
 * One badge at most, in a closed shadow root with a random name (see hidden-host) placed right after
 * the profile's name heading: the site's CSS and scripts can't reach into it, and it can't reach the
 * site. A new anchor, or a host the site's re-render dropped, moves the same root to the anchor.
 */
export function createBadgeHost(
  ctx: ContentScriptContext,
  onOpen: (handle: string) => void,
  review: ReviewBarActions,
) {
  let ui: HiddenUi | undefined;
  let anchor: Element | null = null;
  const hide = () => {
    anchor = null;
    if (!ui) return;
    render(null, ui.container);
    ui.host.remove();
  };
  ctx.onInvalidated(hide);
  return (view: BadgeView | null, at: Element | null) => {
    if (!view || !at) return hide();
    ui ??= hiddenUi(css);
    if (at !== anchor || !ui.host.isConnected) {
      anchor = at;
      at.after(ui.host);
    }
    const open = () => onOpen(view.handle);
    render(
      view.review ? (
        <ReviewBar key={view.handle} view={view} actions={review} onOpen={open} />
      ) : (
        <Badge view={view} onOpen={open} />
      ),
      ui.container,
    );
  };
}
