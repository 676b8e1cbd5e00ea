import { expect, type Page } from '@playwright/test';

/**
 * Stops and pauses the extension's service worker through the DevTools protocol, as Chrome stops an
 * idle worker. The commands go through a site page's own DevTools session: it can see and close every
 * target, and the page keeps answering Playwright. (Playwright's Worker handle goes stale after a stop.)
 */
export async function controlWorker(page: Page, extensionId: string) {
  const cdp = await page.context().newCDPSession(page);
  const scriptPrefix = `chrome-extension://${extensionId}/`;
  const states: string[] = [];
  let paused = false;
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const version of versions) if (version.scriptURL.startsWith(scriptPrefix)) states.push(version.runningStatus);
  });
  cdp.on('Target.receivedMessageFromTarget', ({ message }) => {
    const { method } = JSON.parse(message) as { method?: string };
    if (method === 'Debugger.paused' || method === 'Debugger.resumed') paused = method === 'Debugger.paused';
  });
  await cdp.send('ServiceWorker.enable');

  async function workerTarget(): Promise<string> {
    let targetId: string | undefined;
    await expect
      .poll(async () => {
        const { targetInfos } = await cdp.send('Target.getTargets');
        targetId = targetInfos.find((info) => info.type === 'service_worker' && info.url.startsWith(scriptPrefix))?.targetId;
        return targetId;
      })
      .toBeDefined();
    return targetId!;
  }

  return {
    /** How many times the worker has started running since this control was set up. */
    starts: () => states.filter((state) => state === 'running').length,

    /** Stops the worker now, whatever it is doing; the next message to it starts it again. */
    async stop(): Promise<void> {
      const from = states.length;
      await cdp.send('Target.closeTarget', { targetId: await workerTarget() });
      await expect.poll(() => states.slice(from)).toContain('stopped');
    },

    /**
     * Freezes the worker's JavaScript at the next statement it runs: a message that arrives after that
     * gets no answer until the worker is stopped and started again.
     */
    async pause(): Promise<void> {
      // The flat protocol needs a session object per target, which Playwright only makes for pages:
      // the older nested form sends the worker's commands through this page session instead.
      const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: await workerTarget(), flatten: false });
      for (const [id, method] of [[1, 'Debugger.enable'], [2, 'Debugger.pause']] as const) {
        await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
      }
    },
    isPaused: () => paused,
  };
}
