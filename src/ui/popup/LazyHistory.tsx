import type { ComponentProps } from 'preact';
import { useEffect, useState } from 'preact/hooks';

import { errorText, t } from '../../i18n/translate';
import type { History } from './History';

type HistoryView = typeof History;

let loading: Promise<HistoryView> | undefined;

/**
 * The history tab, fetched the first time it is shown: its chart library is a third of the popup's
 * code, and the popup opens on a review view whose counts shouldn't wait for it.
 */
export function LazyHistory(props: ComponentProps<HistoryView>) {
  const [History, setHistory] = useState<HistoryView | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    let shown = true;
    loading ??= import('./History').then((module) => module.History);
    loading.then(
      (view) => shown && setHistory(() => view),
      (error: unknown) => shown && setFailure(errorText(error)),
    );
    return () => {
      shown = false;
    };
  }, []);
  if (failure !== null) return <p role="alert">{failure}</p>;
  if (!History) return <p class="muted">{t('loading')}</p>;
  return <History {...props} />;
}
