import type { ListKind, Platform, Row } from '../domain/types';
import { type Translatable, translatable, TranslatableError } from '../i18n/translatable';
import { distinct, ListCollector } from './download-rows';
import { readInstagramHtml } from './instagram-html';
import { instagramOwner, readInstagramJson } from './instagram-json';
import { readTikTokJson, readTikTokTxt } from './tiktok-download';
import { filesInZip, type PickedFile, ZIP_LIMITS } from './zip-reader';

export type { PickedFile } from './zip-reader';

export interface ImportedList {
  list: ListKind;
  rows: Row[];
}

export interface DownloadContents {
  platform: Platform;
  /** Lists that hold someone; a list given as null or [] is in `emptyLists` instead. */
  lists: ImportedList[];
  emptyLists: ListKind[];
  /** Instagram's close friends: offered to be protected, never protected silently. */
  closeFriends: string[];
  /** Instagram's recently unfollowed accounts, with when: "you unfollowed" changes. */
  unfollowed: Row[];
  /** Instagram's follow requests still pending, with when they were sent; null when the download has no such file. */
  requested: Row[] | null;
  /** Whose download it is, where the download says so. */
  owner: string | null;
  /** `N/A` and `__deleted__…` entries: deleted or hidden accounts, not accounts to review. */
  skipped: number;
  /** Accounts imported without a follow date (a date written in a language not known for sure). */
  undated: number;
  /** The newest date the download's own files carry (zip entries, else the files picked). */
  filesDated: number | null;
  used: string[];
}

export type ParsedDownload = ({ ok: true } & DownloadContents) | { ok: false; error: Translatable };

const IG_FOLLOWERS = /(^|\/)followers(_\d+)?\.(json|html?)$/i;
const IG_FOLLOWING = /(^|\/)following\.(json|html?)$/i;
const IG_OWNER = /(^|\/)personal_information\.json$/i;
const IG_CLOSE_FRIENDS = /(^|\/)close_friends\.(json|html?)$/i;
const IG_UNFOLLOWED = /(^|\/)recently_unfollowed_(profiles|accounts)\.(json|html?)$/i;
const IG_PENDING = /(^|\/)pending_follow_requests\.(json|html?)$/i;
const TIKTOK_JSON = /(^|\/)user_data(_tiktok)?\.json$/i;
const TIKTOK_FOLLOWERS = /(^|\/)follower( list)?\.txt$/i;
const TIKTOK_FOLLOWING = /(^|\/)following( list)?\.txt$/i;
const ALL = [
  IG_FOLLOWERS,
  IG_FOLLOWING,
  IG_OWNER,
  IG_CLOSE_FRIENDS,
  IG_UNFOLLOWED,
  IG_PENDING,
  TIKTOK_JSON,
  TIKTOK_FOLLOWERS,
  TIKTOK_FOLLOWING,
];

const wanted = (name: string) => ALL.some((pattern) => pattern.test(name));

/** The files an import can use, out of the zips and files picked; the rest of a download is never read. */
export async function pickedFiles(
  files: readonly File[],
  onProgress: (fraction: number) => void = () => undefined,
): Promise<PickedFile[]> {
  const picked: PickedFile[] = [];
  for (const [index, file] of files.entries()) {
    const progress = (fraction: number) => onProgress((index + fraction) / files.length);
    if (/\.zip$/i.test(file.name)) picked.push(...(await filesInZip(file, file.name, wanted, progress)));
    else if (wanted(file.name)) {
      // A list file picked on its own meets the same limit as one inside a zip.
      if (file.size > ZIP_LIMITS.entry)
        throw new TranslatableError(translatable('zipTooLarge', { file: file.name, entry: file.name }));
      picked.push({ name: file.name, text: await file.text(), modified: file.lastModified });
    }
  }
  return picked;
}

/**
 * Reads an official data download in any of the shapes SITES.md lists. Any entry it can't read refuses
 * the whole import, naming the file and entry: a half-read list would look like lost followers.
 */
export function parseDownload(files: PickedFile[], now: number): ParsedDownload {
  const instagram = files.filter((file) => IG_FOLLOWERS.test(file.name) || IG_FOLLOWING.test(file.name));
  const tiktok = files.filter((file) =>
    [TIKTOK_JSON, TIKTOK_FOLLOWERS, TIKTOK_FOLLOWING].some((p) => p.test(file.name)),
  );
  if (instagram.length && tiktok.length) return { ok: false, error: translatable('importMixedSites') };
  if (!instagram.length && !tiktok.length) return { ok: false, error: translatable('importNoList') };
  if (files.filter((file) => TIKTOK_JSON.test(file.name)).length > 1)
    return { ok: false, error: translatable('importOneTikTokFile') };
  try {
    const contents = instagram.length ? readInstagram(files, instagram, now) : readTikTok(tiktok, now);
    if (!contents.lists.length) return { ok: false, error: translatable('importNothingListed') };
    return { ok: true, ...contents };
  } catch (error) {
    if (error instanceof TranslatableError) return { ok: false, error: error.reason };
    return { ok: false, error: translatable('unexpectedProblem', { error: String(error) }) };
  }
}

function readInstagram(all: PickedFile[], lists: PickedFile[], now: number): DownloadContents {
  const collectors = collectorsFor('instagram', now);
  const present: Partial<Record<ListKind, boolean>> = {};
  for (const file of lists) {
    const list: ListKind = IG_FOLLOWERS.test(file.name) ? 'followers' : 'following';
    present[list] = readInstagramList(file, collectors[list], list) || (present[list] ?? false);
  }
  const ownerFile = all.find((file) => IG_OWNER.test(file.name));
  const contents = contentsOf(
    'instagram',
    collectors,
    present,
    ownerFile ? instagramOwner(ownerFile) : null,
    lists,
  );
  // Close friends and recent unfollows hold accounts as the lists do, read the same way.
  const extra = (pattern: RegExp) => {
    const collector = new ListCollector('instagram', now);
    for (const file of all.filter((candidate) => pattern.test(candidate.name)))
      readInstagramList(file, collector, null);
    return distinct(collector.rows);
  };
  return {
    ...contents,
    closeFriends: extra(IG_CLOSE_FRIENDS).map((row) => row.handle),
    unfollowed: extra(IG_UNFOLLOWED),
    requested: all.some((file) => IG_PENDING.test(file.name)) ? extra(IG_PENDING) : null,
  };
}

function readInstagramList(file: PickedFile, into: ListCollector, wrapper: string | null): boolean {
  return /\.json$/i.test(file.name) ? readInstagramJson(file, into, wrapper) : readInstagramHtml(file, into);
}

/** TikTok's download holds nothing but the lists that an import uses. */
const NOTHING_BESIDE = { closeFriends: [], unfollowed: [], requested: null };

function readTikTok(files: PickedFile[], now: number): DownloadContents {
  const collectors = collectorsFor('tiktok', now);
  const json = files.find((file) => TIKTOK_JSON.test(file.name));
  if (json) {
    const read = readTikTokJson(json, collectors);
    return { ...contentsOf('tiktok', collectors, read.present, read.owner, [json]), ...NOTHING_BESIDE };
  }
  const present: Partial<Record<ListKind, boolean>> = {};
  for (const file of files) {
    const list: ListKind = TIKTOK_FOLLOWERS.test(file.name) ? 'followers' : 'following';
    present[list] = readTikTokTxt(file, collectors[list]) || (present[list] ?? false);
  }
  return { ...contentsOf('tiktok', collectors, present, null, files), ...NOTHING_BESIDE };
}

function collectorsFor(platform: Platform, now: number): Record<ListKind, ListCollector> {
  return {
    followers: new ListCollector(platform, now),
    following: new ListCollector(platform, now),
  };
}

function contentsOf(
  platform: Platform,
  collectors: Record<ListKind, ListCollector>,
  present: Partial<Record<ListKind, boolean>>,
  owner: string | null,
  used: PickedFile[],
): Omit<DownloadContents, 'closeFriends' | 'unfollowed' | 'requested'> {
  const lists: ImportedList[] = [];
  const emptyLists: ListKind[] = [];
  for (const list of ['followers', 'following'] as const) {
    if (present[list] === undefined) continue;
    const rows = distinct(collectors[list].rows);
    if (rows.length) lists.push({ list, rows });
    else emptyLists.push(list);
  }
  const dates = used.map((file) => file.modified).filter((time): time is number => time !== null);
  return {
    platform,
    lists,
    emptyLists,
    owner,
    skipped: collectors.followers.skipped + collectors.following.skipped,
    undated: lists.reduce((sum, list) => sum + list.rows.filter((row) => row.since === undefined).length, 0),
    filesDated: dates.length ? Math.max(...dates) : null,
    used: used.map((file) => file.name),
  };
}
