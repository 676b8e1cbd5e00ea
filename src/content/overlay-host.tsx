import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';

import { randomElementName } from './hidden-host';
import { Overlay } from './Overlay';
import css from './overlay.css?inline';
import type { OverlayActions, OverlayView } from './overlay-view';

/**
 * The overlay lives in a closed shadow root with a random name (see hidden-host): the site's CSS and
 * scripts can't reach into it, and it can't reach the site. Its styles come inline, in the script:
 * a stylesheet fetched from the extension would be a web-accessible resource, something the page can
 * probe for. It is created the first time there is
 * something to show, not on every page of the site.
 */
export function createOverlayHost(ctx: ContentScriptContext) {
  let ui: Promise<ShadowRootContentScriptUi<HTMLElement>> | undefined;
  let shown: OverlayView | null = null;
  return (view: OverlayView | null, actions: OverlayActions) => {
    if (!view && !ui) return;
    // The capture ticks several times a second while the user scrolls; most ticks change nothing on screen.
    if (view && shown && sameView(view, shown)) return;
    shown = view;
    ui ??= createShadowRootUi(ctx, {
      name: randomElementName(),
      mode: 'closed',
      css,
      position: 'inline',
      anchor: 'body',
      append: 'last',
      isolateEvents: true,
      onMount: (container) => container,
    }).then((created) => {
      created.mount();
      return created;
    });
    void ui.then((mounted) => {
      if (mounted.mounted) render(view ? <Overlay view={view} actions={actions} /> : null, mounted.mounted);
    });
  };
}

function sameView(a: OverlayView, b: OverlayView): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as (keyof OverlayView)[]);
  return [...keys].every((key) => a[key] === b[key]);
}
