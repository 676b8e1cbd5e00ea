import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';

import { Badge } from './Badge';
import css from './badge.css?inline';
import { randomElementName } from './hidden-host';
import type { BadgeView } from './profile-badge';
import { ReviewBar, type ReviewBarActions } from './ReviewBar';

/**
 * One badge at most, in a closed shadow root with a random name (see hidden-host) placed right after
 * the profile's name heading: the site's CSS and scripts can't reach into it, and it can't reach the site. Moving it re-mounts the same UI at the new anchor.
 */
export function createBadgeHost(
  ctx: ContentScriptContext,
  onOpen: (handle: string) => void,
  review: ReviewBarActions,
) {
  let anchor: Element | null = null;
  let ui: Promise<ShadowRootContentScriptUi<HTMLElement>> | undefined;
  return (view: BadgeView | null, at: Element | null) => {
    if (!view || !at) {
      anchor = null;
      void ui?.then((created) => created.remove());
      return;
    }
    ui ??= createShadowRootUi(ctx, {
      name: randomElementName(),
      mode: 'closed',
      css,
      position: 'inline',
      anchor: () => anchor,
      append: 'after',
      onMount: (container) => container,
      // WXT empties the container on remove: unmount first, or Preact would diff against nodes that are gone.
      onRemove: (container) => container && render(null, container),
    });
    void ui.then((created) => {
      if (at !== anchor || !created.mounted) {
        created.remove();
        anchor = at;
        created.mount();
      }
      if (!created.mounted) return;
      const open = () => onOpen(view.handle);
      render(
        view.review ? (
          <ReviewBar key={view.handle} view={view} actions={review} onOpen={open} />
        ) : (
          <Badge view={view} onOpen={open} />
        ),
        created.mounted,
      );
    });
  };
}
