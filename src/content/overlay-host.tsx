import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

import { type HiddenUi, hiddenUi } from './hidden-host';
import { Overlay } from './Overlay';
import css from './overlay.css?inline';
import { paceViews } from './overlay-pace';
import type { OverlayActions, OverlayView } from './overlay-view';

/**
 * The overlay lives in a closed shadow root with a random name (see hidden-host): the site's CSS and
 * scripts can't reach into it, and it can't reach the site. Its styles come inline, in the script:
 * a stylesheet fetched from the extension would be a web-accessible resource, something the page can
 * probe for. It is created the first time there is something to show, not on every page of the site.
 */
export function createOverlayHost(ctx: ContentScriptContext) {
  let ui: HiddenUi | undefined;
  let actions: OverlayActions;
  // The capture ticks several times a second while the user scrolls; most ticks change nothing on screen.
  const paced = paceViews((view) => {
    if (!ui) {
      const created = (ui = hiddenUi(css, true));
      document.body.append(created.host);
      ctx.onInvalidated(() => {
        render(null, created.container);
        created.host.remove();
      });
    }
    render(view ? <Overlay view={view} actions={actions} /> : null, ui.container);
  });
  return (view: OverlayView | null, given: OverlayActions) => {
    if (!view && !ui) return;
    actions = given;
    paced(view);
  };
}
