import { normalizeHandle } from '../domain/handle';
import type { ListKind } from '../domain/types';
import { translatable, TranslatableError } from '../i18n/translatable';
import { baseName, entryError, type ListCollector } from './download-rows';
import { jsonOf } from './instagram-json';
import type { PickedFile } from './zip-reader';

type Section = Record<string, unknown> | null | undefined;

/**
 * Where each TikTok JSON layout keeps the lists: older `Activity["Follower List"].FansList`, 2024–2025
 * `"Your Activity".Follower.FansList`, since late 2025 `"Profile And Settings".Follower.FansList`.
 * `undefined` when the layout isn't there; null or [] is a list that holds nobody.
 */
function listsOf(value: Section): Record<ListKind, unknown> {
  const at = (category: string, section: string, key: string) =>
    ((value?.[category] as Section)?.[section] as Section)?.[key];
  const pick = (...candidates: unknown[]) => candidates.find((candidate) => candidate !== undefined);
  return {
    followers: pick(
      at('Activity', 'Follower List', 'FansList'),
      at('Your Activity', 'Follower', 'FansList'),
      at('Profile And Settings', 'Follower', 'FansList'),
    ),
    following: pick(
      at('Activity', 'Following List', 'Following'),
      at('Your Activity', 'Following', 'Following'),
      at('Profile And Settings', 'Following', 'Following'),
    ),
  };
}

export interface TikTokJson {
  /** Lists present in the file: false when given as null or [] (a new account). */
  present: Partial<Record<ListKind, boolean>>;
  owner: string | null;
}

export function readTikTokJson(file: PickedFile, collectors: Record<ListKind, ListCollector>): TikTokJson {
  const value = jsonOf(file) as Section;
  const lists = listsOf(value);
  if (lists.followers === undefined && lists.following === undefined)
    throw new TranslatableError(translatable('importNoTikTokList', { file: baseName(file.name) }));
  const present: TikTokJson['present'] = {};
  for (const list of ['followers', 'following'] as const) {
    const entries = lists[list];
    if (entries === undefined) continue;
    if (entries !== null && !Array.isArray(entries))
      throw new TranslatableError(translatable('importNoTikTokList', { file: baseName(file.name) }));
    const array: unknown[] = Array.isArray(entries) ? entries : [];
    present[list] = array.length > 0;
    array.forEach((raw, index) => {
      const entry = raw as Section;
      const place = { file: `${baseName(file.name)} (${list})`, entry: index + 1 };
      collectors[list].add(place, entry?.UserName, tiktokDate(entry?.Date, place));
    });
  }
  return { present, owner: tiktokOwner(value) };
}

/** `ProfileMap.userName` in the profile section, wherever this year's layout puts that section. */
function tiktokOwner(value: Section): string | null {
  for (const category of Object.values(value ?? {}))
    for (const section of Object.values((category as Section) ?? {})) {
      const name = ((section as Section)?.ProfileMap as Section)?.userName;
      if (typeof name === 'string') return normalizeHandle('tiktok', name);
    }
  return null;
}

/** "2024-11-05 12:34:56", in UTC, sometimes with " UTC" after it. */
function tiktokDate(raw: unknown, place: { file: string; entry: number }): number | null {
  if (raw === undefined || raw === null || raw === '') return null;
  const match =
    typeof raw === 'string' ? /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})(?: UTC)?$/.exec(raw.trim()) : null;
  if (!match) throw entryError('importEntryImpossibleDate', place);
  return Date.parse(`${match[1]}T${match[2]}Z`);
}

/**
 * TikTok's TXT download: blocks of `Date: …` and `Username: …` lines separated by a blank line.
 * Returns false when the file lists nobody.
 */
export function readTikTokTxt(file: PickedFile, into: ListCollector): boolean {
  const blocks = file.text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n\s*\r?\n/)
    .filter((block) => block.trim() !== '');
  blocks.forEach((block, index) => {
    const place = { file: baseName(file.name), entry: index + 1 };
    const field = (key: string) =>
      new RegExp(`^${key}:[ \\t]*(.*?)[ \\t]*$`, 'm').exec(block.replace(/\r/g, ''))?.[1];
    const username = field('Username');
    if (username === undefined) throw entryError('importEntryUnreadable', place);
    into.add(place, username, tiktokDate(field('Date'), place));
  });
  return blocks.length > 0;
}
