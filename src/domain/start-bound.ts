/**
 * Bounds how often capture sessions may start. A page whose evidence flips back and forth would
 * otherwise end and start sessions as fast as it renders (hundreds of records a second); a person
 * switching lists by hand starts a few a minute.
 */
export interface StartBound {
  /** Whether a session may start at `now`; a start that is allowed is counted. */
  tryStart(now: number): boolean;
}

export function createStartBound(max: number, windowMs: number): StartBound {
  const starts: number[] = [];
  return {
    tryStart(now) {
      while (starts.length > 0 && now - starts[0] >= windowMs) starts.shift();
      if (starts.length >= max) return false;
      starts.push(now);
      return true;
    },
  };
}
