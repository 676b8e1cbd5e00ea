import { normalizeHandle } from '../domain/handle';
import type { Platform, Row } from '../domain/types';
import { translatable, TranslatableError } from '../i18n/translatable';

/** The first follow either site can hold (Instagram opened in 2010): an earlier date is not a date. */
const EARLIEST_FOLLOW = Date.UTC(2010, 0, 1);

/** Where an entry sits, to name it when it can't be read. */
export interface EntryPlace {
  file: string;
  entry: number;
}

export function entryError(
  key: 'importEntryNoUsername' | 'importEntryImpossibleDate' | 'importEntryUnreadable',
  place: EntryPlace,
): TranslatableError {
  return new TranslatableError(translatable(key, { ...place }));
}

/**
 * Collects the rows of one list as a reader walks its entries. Deleted or hidden accounts (`N/A`,
 * `__deleted__…`) are skipped and counted; an entry with no usable username or an impossible date
 * refuses the whole download, naming the file and entry: a half-read list would look like lost followers.
 */
export class ListCollector {
  readonly rows: Row[] = [];
  skipped = 0;

  constructor(
    private readonly platform: Platform,
    private readonly now: number,
  ) {}

  add(place: EntryPlace, name: unknown, since: number | null | undefined): void {
    const text = typeof name === 'string' ? name.trim() : '';
    if (text === 'N/A' || /^__deleted__/i.test(text)) {
      this.skipped++;
      return;
    }
    const handle = text === '' ? null : normalizeHandle(this.platform, text);
    if (!handle) throw entryError('importEntryNoUsername', place);
    if (since === null || since === undefined) {
      this.rows.push({ handle });
      return;
    }
    if (!Number.isFinite(since) || since < EARLIEST_FOLLOW || since > this.now + 86_400_000)
      throw entryError('importEntryImpossibleDate', place);
    this.rows.push({ handle, since });
  }
}

/** Each account once, with the earliest date any file gives. */
export function distinct(rows: Row[]): Row[] {
  const byHandle = new Map<string, Row>();
  for (const row of rows) {
    const known = byHandle.get(row.handle);
    if (!known || (row.since !== undefined && (known.since === undefined || row.since < known.since)))
      byHandle.set(row.handle, row);
  }
  return byHandle.size === rows.length ? rows : [...byHandle.values()];
}

export function baseName(name: string): string {
  return name.split('/').pop() ?? name;
}
