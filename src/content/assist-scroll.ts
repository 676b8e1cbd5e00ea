/**
 * Opt-in scrolling of the open list at a human pace, with jitter. It only scrolls: it never clicks.
 * It stops for good the moment the user takes over (wheel, touch, keys, pointer) or `stop` is called.
 */
export function startAssistScroll(
  scroller: HTMLElement,
  onUserTookOver: () => void,
  random: () => number = Math.random,
): { stop(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  // Keys scroll the list wherever focus is; the other inputs count only on the list itself.
  const listeners: [EventTarget, string][] = [
    [scroller, 'wheel'],
    [scroller, 'touchstart'],
    [scroller, 'pointerdown'],
    [scroller.ownerDocument, 'keydown'],
  ];

  const stop = () => {
    if (stopped) return;
    stopped = true;
    clearTimeout(timer);
    for (const [target, type] of listeners) target.removeEventListener(type, takeOver, true);
  };
  function takeOver(event: Event) {
    if (!event.isTrusted) return;
    stop();
    onUserTookOver();
  }
  const step = () => {
    if (stopped) return;
    scroller.scrollBy({ top: Math.round(scroller.clientHeight * (0.45 + random() * 0.35)) });
    timer = setTimeout(step, 700 + random() * 900);
  };

  for (const [target, type] of listeners) target.addEventListener(type, takeOver, true);
  timer = setTimeout(step, 300);
  return { stop };
}
