import { startCaptureController } from '@/src/content/capture-controller';
import { createBatchSender } from '@/src/content/batch-sender';
import { createOverlayHost } from '@/src/content/overlay-host';
import { answerPageQueries } from '@/src/content/page-queries';
import { valueOf } from '@/src/messaging/reply';
import { adapterForHost } from '@/src/platforms/adapters';

export default defineContentScript({
  matches: ['https://www.instagram.com/*', 'https://www.tiktok.com/*'],
  cssInjectionMode: 'ui',
  main(ctx) {
    const adapter = adapterForHost(location.host);
    if (!adapter) return;
    const send = createBatchSender(
      (message) => browser.runtime.sendMessage(message),
      () => browser.runtime?.id !== undefined,
    );
    const controller = startCaptureController({
      adapter,
      win: window,
      send,
      showOverlay: createOverlayHost(ctx),
      askNotFollowers: (query) => browser.runtime.sendMessage(query).then(valueOf<string[] | null>),
    });
    ctx.onInvalidated(() => controller.stop());
    answerPageQueries(adapter);
  },
});
