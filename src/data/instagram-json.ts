import { normalizeHandle } from '../domain/handle';
import { translatable, TranslatableError } from '../i18n/translatable';
import { baseName, type ListCollector } from './download-rows';
import { parseJson } from './json-lines';
import type { PickedFile } from './zip-reader';

export function jsonOf(file: PickedFile): unknown {
  const parsed = parseJson(file.text);
  if (!parsed.ok)
    throw new TranslatableError(
      translatable('importFileProblem', { file: baseName(file.name), reason: parsed.error }),
    );
  return parsed.value;
}

type Entry = Record<string, unknown> | null | undefined;

/**
 * An Instagram list file in JSON: a top-level array, or the array wrapped in `relationships_<list>`.
 * Entries come in three shapes: `string_list_data` with a `value`, the late-2025 one with the name in
 * `title` and a `/_u/` link, and `label_values` with a `Username` label. Files of one download mix them.
 * `wrapper` names the list in the older wrapper (`followers`, `following`), or null for any `relationships_*`.
 * Returns false when the file holds nobody.
 */
export function readInstagramJson(file: PickedFile, into: ListCollector, wrapper: string | null): boolean {
  const value = jsonOf(file);
  const wrapped = Object.entries((value as Entry) ?? {}).find(([key]) =>
    wrapper === null ? key.startsWith('relationships_') : key === `relationships_${wrapper}`,
  );
  const entries: unknown = Array.isArray(value) ? value : wrapped?.[1];
  if (entries === null || (value === null && entries === undefined)) return false;
  if (!Array.isArray(entries))
    throw new TranslatableError(translatable('importNotInstagramList', { file: baseName(file.name) }));
  entries.forEach((raw, index) => {
    const place = { file: baseName(file.name), entry: index + 1 };
    const entry = raw as Entry;
    const data = Array.isArray(entry?.string_list_data) ? (entry.string_list_data[0] as Entry) : undefined;
    const labels = Array.isArray(entry?.label_values) ? (entry.label_values as Entry[]) : [];
    const labelled = labels.find((label) => label?.label === 'Username')?.value;
    const linked = labels.map((label) => label?.href).find((href) => typeof href === 'string');
    const name = [data?.value, entry?.title, data?.href, labelled, linked].find(
      (candidate) => typeof candidate === 'string' && candidate !== '',
    );
    const timestamp = data ? data.timestamp : entry?.timestamp;
    into.add(place, name, timestamp === undefined || timestamp === 0 ? null : seconds(timestamp));
  });
  return entries.length > 0;
}

function seconds(value: unknown): number {
  return typeof value === 'number' ? value * 1000 : NaN;
}

/**
 * The owner as the download's personal-information part names them: `profile_user[0].string_map_data`
 * with a `Username` field. Null when it isn't there: the person is asked.
 */
export function instagramOwner(file: PickedFile): string | null {
  const parsed = parseJson(file.text);
  if (!parsed.ok) return null;
  const profile = (parsed.value as { profile_user?: { string_map_data?: Record<string, Entry> }[] } | null)
    ?.profile_user?.[0]?.string_map_data;
  const value = profile?.Username?.value;
  return typeof value === 'string' ? normalizeHandle('instagram', value) : null;
}
