/**
 * Reads a data download off the options page's main thread: a million-row download takes seconds
 * to inflate and parse, and the page must stay responsive (and cancellable) meanwhile.
 */
import { parseDownload, pickedFiles } from '../../data/downloads';
import { translatable, TranslatableError } from '../../i18n/translatable';
import type { FromWorker, ToWorker } from './read-in-worker';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker): void;
};

scope.onmessage = async ({ data }) => {
  try {
    const picked = await pickedFiles(data.files, (fraction) =>
      scope.postMessage({ kind: 'progress', fraction }),
    );
    scope.postMessage({ kind: 'done', parsed: parseDownload(picked, data.now) });
  } catch (error) {
    const names = data.files.map((file) => file.name).join(', ');
    scope.postMessage({
      kind: 'done',
      parsed: {
        ok: false,
        error:
          error instanceof TranslatableError ? error.reason : translatable('zipUnreadable', { file: names }),
      },
    });
  }
};
