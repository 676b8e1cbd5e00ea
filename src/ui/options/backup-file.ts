import type { Backup } from '../../data/backup-format';

/** Items written between two pauses: the page stays responsive and the progress moves. */
const ITEMS_PER_PART = 20_000;

const pause = () => new Promise((resolve) => setTimeout(resolve));

/**
 * The backup as a file (the JSON of DESIGN.md), built in parts: no single string holds a whole ledger,
 * since a string has a length limit and a 1,000,000-person ledger is some 200 MB of JSON. Each item of
 * a list is one line, so a refusal's line number points at one person or one event.
 */
export async function backupBlob(
  backup: Backup,
  onProgress: (done: number, total: number) => void,
): Promise<Blob> {
  const lists = ['people', 'events', 'captures', 'daily'] as const;
  const total = backup.accounts.reduce(
    (sum, account) => sum + lists.reduce((count, list) => count + account[list].length, 0),
    0,
  );
  const parts: string[] = [];
  let part: string[] = [];
  let done = 0;
  const field = (indent: string, key: string, value: unknown) =>
    `\n${indent}${JSON.stringify(key)}: ${value}`;

  part.push('{', field('  ', 'format', JSON.stringify(backup.format)), ',');
  part.push(field('  ', 'version', JSON.stringify(backup.version)), ',');
  part.push(field('  ', 'exportedAt', JSON.stringify(backup.exportedAt)), ',');
  part.push(field('  ', 'accounts', '['));
  for (const [index, account] of backup.accounts.entries()) {
    part.push(index ? ',\n    {' : '\n    {');
    const rest = Object.entries(account).filter(
      ([key, value]) => value !== undefined && !(lists as readonly string[]).includes(key),
    );
    for (const [key, value] of rest) part.push(field('      ', key, JSON.stringify(value)), ',');
    for (const [at, list] of lists.entries()) {
      const items: readonly unknown[] = account[list];
      part.push(field('      ', list, '['));
      for (let item = 0; item < items.length; item++) {
        part.push(item ? ',\n        ' : '\n        ', JSON.stringify(items[item]));
        if (++done % ITEMS_PER_PART === 0) {
          parts.push(part.join(''));
          part = [];
          onProgress(done, total);
          await pause();
        }
      }
      part.push(items.length ? '\n      ]' : ']', at < lists.length - 1 ? ',' : '');
    }
    part.push('\n    }');
  }
  part.push(backup.accounts.length ? '\n  ]\n}\n' : ']\n}\n');
  parts.push(part.join(''));
  onProgress(total, total);
  return new Blob(parts, { type: 'application/json' });
}
