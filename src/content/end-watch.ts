/** Nothing new and no loading indicator for this long at the bottom of the list: the end was reached. */
export const SETTLE_MS = 1500;

export interface EndWatchEnv {
  /** At the bottom of the list, nothing loading, no sign of trouble. */
  quiet(): boolean;
  /** Reads what rendered meanwhile, so a last page that came late is not missed. */
  readRows(): void;
  /** When the last account not read before arrived. */
  lastNewAt(): number;
  onEnd(): void;
}

/**
 * Tells the end of a list from a pause: the list must stay quiet, with no new account, for a settle
 * period. A site that shows no end marker (both don't) leaves no better sign.
 */
export interface EndWatch {
  /** Looks again: a quiet list starts the settle period, a busy one cancels it. */
  check(): void;
  stop(): void;
}

export function createEndWatch(env: EndWatchEnv): EndWatch {
  let timer: ReturnType<typeof setTimeout> | undefined;

  function stop() {
    clearTimeout(timer);
    timer = undefined;
  }

  function check() {
    if (!env.quiet()) return stop();
    timer ??= setTimeout(() => {
      timer = undefined;
      env.readRows();
      if (Date.now() - env.lastNewAt() < SETTLE_MS || !env.quiet()) return check();
      env.onEnd();
    }, SETTLE_MS);
  }

  return { check, stop };
}
