/** Changes on the page are looked at together, at most this often. */
export const LOOK_MS = 80;
/**
 * While a list is read, a scroll or a change inside its scroll area alone (its rows, a loading sign)
 * waits this long for a look: the rows were read as they rendered, and what else a look notices there
 * (the end, the header, the overlay's count) can wait half a second. A look costs the page's main
 * thread, and a fast scroll renders every frame and loads a page of rows every few. Any other change
 * on the page is looked at within `LOOK_MS`.
 */
export const READING_LOOK_MS = 500;

/**
 * When the capture controller next looks at the page: soon after it changes (changes coming together
 * are looked at once), at once when asked, and again after a wait that no change on the page may end
 * (a landmark that never shows).
 */
export function createLookSchedule(look: () => void) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let graceTimer: ReturnType<typeof setTimeout> | undefined;
  let lastAt = -Infinity;
  let dueAt = Infinity;
  let looks = 0;

  function run() {
    timer = undefined;
    dueAt = Infinity;
    lastAt = Date.now();
    looks++;
    look();
  }

  function at(delay: number) {
    clearTimeout(timer);
    timer = setTimeout(run, delay);
    dueAt = Date.now() + delay;
  }

  function soon(delay = LOOK_MS) {
    if (timer === undefined) at(delay);
  }

  return {
    soon,
    /** Looks within `delay`: sooner than a look already scheduled for later. */
    within(delay = LOOK_MS) {
      if (dueAt > Date.now() + delay) at(delay);
    },
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
