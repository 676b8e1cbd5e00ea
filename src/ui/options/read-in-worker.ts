import type { ParsedDownload } from '../../data/downloads';
import DownloadWorker from './download-worker?worker';

export interface ToWorker {
  files: File[];
  now: number;
}
export type FromWorker = { kind: 'progress'; fraction: number } | { kind: 'done'; parsed: ParsedDownload };

/** A download being read in a worker: its result (null once cancelled), and the Cancel that ends it at once. */
export interface Reading {
  result: Promise<ParsedDownload | null>;
  cancel: () => void;
}

export function readInWorker(files: File[], now: number, onProgress: (fraction: number) => void): Reading {
  const worker = new DownloadWorker();
  let settle: (parsed: ParsedDownload | null) => void = () => undefined;
  const result = new Promise<ParsedDownload | null>((resolve) => (settle = resolve));
  const finish = (parsed: ParsedDownload | null) => {
    worker.terminate();
    settle(parsed);
  };
  worker.onmessage = ({ data }: MessageEvent<FromWorker>) => {
    if (data.kind === 'progress') onProgress(data.fraction);
    else finish(data.parsed);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    finish({ ok: false, error: { key: 'unexpectedProblem', values: { error: event.message } } });
  };
  worker.postMessage({ files, now } satisfies ToWorker);
  return { result, cancel: () => finish(null) };
}
