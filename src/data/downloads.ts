import { unzipSync } from 'fflate';

import { normalizeHandle } from '../domain/handle';
import type { ListKind, Platform, Row } from '../domain/types';
import { type Translatable, translatable, TranslatableError } from '../i18n/translatable';
import { parseJson } from './json-lines';

/** A file the user picked, or one taken out of a zip. */
export interface PickedFile {
  name: string;
  text: string;
}

export interface ImportedList {
  list: ListKind;
  rows: Row[];
}

export type ParsedDownload =
  | { ok: true; platform: Platform; lists: ImportedList[]; used: string[] }
  | { ok: false; error: Translatable };

const INSTAGRAM_FOLLOWERS = /(^|\/)followers(_\d+)?\.json$/;
const INSTAGRAM_FOLLOWING = /(^|\/)following\.json$/;
const TIKTOK = /(^|\/)user_data(_tiktok)?\.json$/;

/** The files of a zip that an import can use; the rest of a data download is never read. */
export function filesInZip(bytes: Uint8Array): PickedFile[] {
  const wanted = (name: string) =>
    INSTAGRAM_FOLLOWERS.test(name) || INSTAGRAM_FOLLOWING.test(name) || TIKTOK.test(name);
  const entries = unzipSync(bytes, { filter: (file) => wanted(file.name) });
  return Object.entries(entries).map(([name, data]) => ({ name, text: new TextDecoder().decode(data) }));
}

/**
 * Reads an official data download: Instagram's followers_N.json / following.json (old and new shapes),
 * or TikTok's user_data(.json|_tiktok.json) (old and new shapes). Any entry it can't read refuses the
 * whole import, saying which file and entry: a half-read list would look like lost followers.
 */
export function parseDownload(files: PickedFile[]): ParsedDownload {
  const instagram = files.filter(
    (file) => INSTAGRAM_FOLLOWERS.test(file.name) || INSTAGRAM_FOLLOWING.test(file.name),
  );
  const tiktok = files.filter((file) => TIKTOK.test(file.name));
  if (instagram.length && tiktok.length) return { ok: false, error: translatable('importMixedSites') };
  if (tiktok.length > 1) return { ok: false, error: translatable('importOneTikTokFile') };
  if (!instagram.length && !tiktok.length) return { ok: false, error: translatable('importNoList') };
  try {
    if (tiktok.length)
      return { ok: true, platform: 'tiktok', lists: readTikTok(tiktok[0]), used: [tiktok[0].name] };
    const followers = instagram
      .filter((file) => INSTAGRAM_FOLLOWERS.test(file.name))
      .flatMap((file) => readInstagram(file, 'relationships_followers'));
    const following = instagram
      .filter((file) => INSTAGRAM_FOLLOWING.test(file.name))
      .flatMap((file) => readInstagram(file, 'relationships_following'));
    const lists: ImportedList[] = [];
    if (instagram.some((file) => INSTAGRAM_FOLLOWERS.test(file.name)))
      lists.push({ list: 'followers', rows: distinct(followers) });
    if (instagram.some((file) => INSTAGRAM_FOLLOWING.test(file.name)))
      lists.push({ list: 'following', rows: distinct(following) });
    return {
      ok: true,
      platform: 'instagram',
      lists: checkNotEmpty(lists),
      used: instagram.map((file) => file.name),
    };
  } catch (error) {
    if (error instanceof TranslatableError) return { ok: false, error: error.reason };
    return { ok: false, error: translatable('unexpectedProblem', { error: String(error) }) };
  }
}

function json(file: PickedFile): unknown {
  const parsed = parseJson(file.text);
  if (!parsed.ok)
    throw new TranslatableError(
      translatable('importFileProblem', { file: baseName(file.name), reason: parsed.error }),
    );
  return parsed.value;
}

function readInstagram(file: PickedFile, key: string): Row[] {
  const value = json(file);
  const entries = Array.isArray(value) ? value : (value as Record<string, unknown> | null)?.[key];
  if (!Array.isArray(entries))
    throw new TranslatableError(translatable('importNotInstagramList', { file: baseName(file.name) }));
  return entries.map((entry, index) => {
    const item = entry as {
      title?: unknown;
      string_list_data?: { href?: unknown; value?: unknown; timestamp?: unknown }[];
    };
    const data = Array.isArray(item?.string_list_data) ? item.string_list_data[0] : undefined;
    const name = [data?.value, item?.title, data?.href].find(
      (candidate) => typeof candidate === 'string' && candidate !== '',
    ) as string | undefined;
    const handle = name === undefined ? null : normalizeHandle('instagram', name);
    if (!handle)
      throw new TranslatableError(
        translatable('importEntryNoUsername', { file: baseName(file.name), entry: index + 1 }),
      );
    const timestamp = data?.timestamp;
    return typeof timestamp === 'number' && timestamp > 0 ? { handle, since: timestamp * 1000 } : { handle };
  });
}

function readTikTok(file: PickedFile): ImportedList[] {
  const value = json(file) as Record<string, Record<string, Record<string, unknown>>> | null;
  // Older downloads keep the lists under Activity, newer ones under "Your Activity" with other key names.
  const older = value?.Activity;
  const newer = value?.['Your Activity'];
  const fans =
    older?.['Follower List']?.FansList ?? (newer?.Follower as Record<string, unknown> | undefined)?.FansList;
  const following =
    older?.['Following List']?.Following ??
    (newer?.Following as Record<string, unknown> | undefined)?.Following;
  if (!Array.isArray(fans) && !Array.isArray(following))
    throw new TranslatableError(translatable('importNoTikTokList', { file: baseName(file.name) }));
  const rows = (entries: unknown, list: ListKind): Row[] | null => {
    if (!Array.isArray(entries)) return null;
    return distinct(
      entries.map((entry, index) => {
        const item = entry as { UserName?: unknown; Date?: unknown };
        const handle = typeof item?.UserName === 'string' ? normalizeHandle('tiktok', item.UserName) : null;
        if (!handle) {
          const where = { file: baseName(file.name), entry: index + 1 };
          throw new TranslatableError(
            translatable(
              list === 'followers' ? 'importFollowerEntryNoUsername' : 'importFollowingEntryNoUsername',
              where,
            ),
          );
        }
        const since = typeof item.Date === 'string' ? Date.parse(`${item.Date.replace(' ', 'T')}Z`) : NaN;
        return Number.isFinite(since) ? { handle, since } : { handle };
      }),
    );
  };
  const lists: ImportedList[] = [];
  const followerRows = rows(fans, 'followers');
  const followingRows = rows(following, 'following');
  if (followerRows) lists.push({ list: 'followers', rows: followerRows });
  if (followingRows) lists.push({ list: 'following', rows: followingRows });
  return checkNotEmpty(lists);
}

/** An empty list would make everyone a lost follower: far likelier a wrong file than a real one. */
function checkNotEmpty(lists: ImportedList[]): ImportedList[] {
  const empty = lists.find((list) => list.rows.length === 0);
  if (empty)
    throw new TranslatableError(
      translatable(empty.list === 'followers' ? 'importEmptyFollowers' : 'importEmptyFollowing'),
    );
  return lists;
}

/** Each account once, with the earliest date any file gives. */
function distinct(rows: Row[]): Row[] {
  const byHandle = new Map<string, Row>();
  for (const row of rows) {
    const known = byHandle.get(row.handle);
    if (!known || (row.since !== undefined && (known.since === undefined || row.since < known.since)))
      byHandle.set(row.handle, row);
  }
  return [...byHandle.values()];
}

function baseName(name: string): string {
  return name.split('/').pop() ?? name;
}
