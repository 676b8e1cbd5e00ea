/** Changes on the page are looked at together, at most this often. */
const LOOK_MS = 80;

/**
 * When the capture controller next looks at the page: soon after it changes (changes coming together
 * are looked at once), at once when asked, and again after a wait that no change on the page may end
 * (a landmark that never shows).
 */
export function createLookSchedule(look: () => void) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let graceTimer: ReturnType<typeof setTimeout> | undefined;
  let lastAt = -Infinity;
  let looks = 0;

  function run() {
    timer = undefined;
    lastAt = Date.now();
    looks++;
    look();
  }

  function soon(delay = LOOK_MS) {
    if (timer === undefined) timer = setTimeout(run, delay);
  }

  return {
    soon,
    /** Looks now, in place of a look already scheduled. */
    now() {
      clearTimeout(timer);
      run();
    },
    /** The page changed since the last look, and that look is still to come. */
    due: () => timer !== undefined,
    /** Nothing is scheduled, and nothing was looked at for a while: a change may be looked at at once. */
    idle: () => timer === undefined && Date.now() - lastAt >= LOOK_MS,
    recheckIn(delay: number) {
      clearTimeout(graceTimer);
      graceTimer = setTimeout(() => {
        graceTimer = undefined;
        soon(0);
      }, delay);
    },
    /** Looks so far: a click is placed between two of them. */
    count: () => looks,
    stop() {
      clearTimeout(timer);
      clearTimeout(graceTimer);
    },
  };
}
