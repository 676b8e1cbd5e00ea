import { useState } from 'preact/hooks';

import { errorText } from '../../i18n/translate';
import type { Status } from './StatusLine';

/**
 * A section's status line, and the one way its actions report to it: the words of what was done, or,
 * when the action throws, what went wrong in the person's words and that nothing changed.
 */
export function useStatus(explain: (error: unknown) => string = errorText) {
  const [status, setStatus] = useState<Status>(null);
  /** Runs `action`: what it returns is shown as done (nothing: it set the status itself). */
  const attempt = async (action: () => Promise<string | void>, failed: (reason: string) => string) => {
    try {
      const done = await action();
      if (typeof done === 'string') setStatus({ kind: 'ok', text: done });
    } catch (error) {
      setStatus({ kind: 'error', text: failed(explain(error)) });
    }
  };
  return { status, setStatus, attempt };
}
