import { expect, type Page } from '@playwright/test';

/**
 * Stops, pauses and watches the extension's service worker through the DevTools protocol, as Chrome
 * stops an idle worker. The commands go through a site page's own DevTools session: it can see and
 * close every target, and the page keeps answering Playwright. (Playwright's Worker handle goes stale
 * after a stop.)
 */
export async function controlWorker(page: Page, extensionId: string) {
  const cdp = await page.context().newCDPSession(page);
  const scriptPrefix = `chrome-extension://${extensionId}/`;
  const states: string[] = [];
  const fromWorker = new Map<string, (message: { method?: string; params?: unknown }) => void>();
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const version of versions)
      if (version.scriptURL.startsWith(scriptPrefix)) states.push(version.runningStatus);
  });
  cdp.on('Target.receivedMessageFromTarget', ({ sessionId, message }) =>
    fromWorker.get(sessionId)?.(JSON.parse(message)),
  );
  await cdp.send('ServiceWorker.enable');

  async function workerTarget(): Promise<string> {
    let targetId: string | undefined;
    await expect
      .poll(async () => {
        const { targetInfos } = await cdp.send('Target.getTargets');
        targetId = targetInfos.find(
          (info) => info.type === 'service_worker' && info.url.startsWith(scriptPrefix),
        )?.targetId;
        return targetId;
      })
      .toBeDefined();
    return targetId!;
  }

  /**
   * Sends DevTools commands to the worker itself. The flat protocol needs a session object per target,
   * which Playwright only makes for pages: the older nested form goes through this page's session instead.
   */
  async function commandWorker(
    methods: string[],
    onEvent: (message: { method?: string; params?: unknown }) => void,
  ) {
    const { sessionId } = await cdp.send('Target.attachToTarget', {
      targetId: await workerTarget(),
      flatten: false,
    });
    fromWorker.set(sessionId, onEvent);
    for (const [id, method] of methods.entries()) {
      await cdp.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id: id + 1, method }),
      });
    }
  }

  let paused = false;
  /** Where in `states` the last stop() saw the worker stopped. */
  let stoppedAt: number | null = null;
  return {
    /**
     * The worker ran again after the last stop(). Read from the states that followed the stop, not from
     * a count taken once stop() returned: a message sent just before the stop (a batch leaves up to a
     * moment after its rows were read) starts the worker again before stop() has seen it stopped.
     */
    restartedSinceStop: () => stoppedAt !== null && states.slice(stoppedAt).includes('running'),

    /** Stops the worker now, whatever it is doing; the next message to it starts it again. */
    async stop(): Promise<void> {
      const from = states.length;
      await cdp.send('Target.closeTarget', { targetId: await workerTarget() });
      await expect.poll(() => states.slice(from)).toContain('stopped');
      stoppedAt = from + states.slice(from).indexOf('stopped');
    },

    /**
     * Freezes the worker's JavaScript at the next statement it runs: a message that arrives after that
     * gets no answer until the worker is stopped and started again.
     */
    pause: () =>
      commandWorker(['Debugger.enable', 'Debugger.pause'], ({ method }) => {
        if (method === 'Debugger.paused' || method === 'Debugger.resumed')
          paused = method === 'Debugger.paused';
      }),
    isPaused: () => paused,

    /**
     * Records the address of every request the worker makes from now on, and every one its Content
     * Security Policy stopped before it went out (those are only logged).
     */
    async watchNetwork(): Promise<{ requests: string[]; refusedByPolicy: string[] }> {
      const seen = { requests: [] as string[], refusedByPolicy: [] as string[] };
      await commandWorker(['Network.enable', 'Log.enable'], ({ method, params }) => {
        if (method === 'Network.requestWillBeSent')
          seen.requests.push((params as { request: { url: string } }).request.url);
        const logged = method === 'Log.entryAdded' ? (params as { entry: { text: string } }).entry.text : '';
        if (/Content Security Policy/.test(logged)) seen.refusedByPolicy.push(logged);
      });
      return seen;
    },
  };
}
