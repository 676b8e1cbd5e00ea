/**
 * Data downloads built from the structures SITES.md records ("Official data downloads"), with made-up
 * names: never a real person's export.
 */
import { strToU8, type Zippable, zipSync } from 'fflate';

export interface Follow {
  name: string;
  /** Epoch seconds of the follow. */
  at: number;
}

const seconds = (day: number) => Date.UTC(2025, 0, day) / 1000;
export const follows = (names: string[], firstDay = 1): Follow[] =>
  names.map((name, index) => ({ name, at: seconds(firstDay + index) }));

/** Instagram JSON entries: the classic shape, the late-2025 following shape, the label_values shape. */
export const igClassic = ({ name, at }: Follow) => ({
  title: '',
  media_list_data: [],
  string_list_data: [{ href: `https://www.instagram.com/${name}`, value: name, timestamp: at }],
});
export const igTitled = ({ name, at }: Follow) => ({
  title: name,
  string_list_data: [{ href: `https://www.instagram.com/_u/${name}`, timestamp: at }],
});
export const igLabelled = ({ name, at }: Follow) => ({
  timestamp: at,
  media: [],
  label_values: [
    { label: 'Username', value: name },
    { label: 'URL', value: `https://www.instagram.com/${name}`, href: `https://www.instagram.com/${name}` },
  ],
  fbid: '17800000000000000',
});

function englishDate(at: number): string {
  const date = new Date(at * 1000);
  const month = date.toLocaleString('en-US', { month: 'short', timeZone: 'UTC' });
  const hour = date.getUTCHours() % 12 || 12;
  const minute = String(date.getUTCMinutes()).padStart(2, '0');
  return `${month} ${String(date.getUTCDate()).padStart(2, '0')}, ${date.getUTCFullYear()} ${hour}:${minute} ${date.getUTCHours() < 12 ? 'am' : 'pm'}`;
}

/** An Instagram HTML list page: the 2025 `<main>` layout or the earlier `<div role="main">` one. */
export function igHtml(
  title: string,
  entries: Follow[],
  options: { layout?: '2025' | 'older'; titled?: boolean; date?: (at: number) => string } = {},
): string {
  const date = options.date ?? englishDate;
  const blocks = entries.map((entry) =>
    options.titled
      ? `<div class="pam _3-95 _2ph- _a6-g uiBoxWhite noborder"><h2 class="_3-95 _2pim _a6-h _a6-i">${entry.name}</h2><div class="_a6-p"><div><div><a target="_blank" href="https://www.instagram.com/_u/${entry.name}">https://www.instagram.com/_u/${entry.name}</a></div><div>${date(entry.at)}</div></div></div></div>`
      : `<div class="pam _3-95 _2ph- _a6-g uiBoxWhite noborder"><div class="_a6-p"><div><div><a target="_blank" href="https://www.instagram.com/${entry.name}">${entry.name}</a></div><div>${date(entry.at)}</div></div></div></div>`,
  );
  const open =
    options.layout === 'older' ? '<div class="_a706" role="main">' : '<main class="_a706" role="main">';
  const close = options.layout === 'older' ? '</div>' : '</main>';
  return `<html><head><base href="../../"><title>${title}</title></head><body><div class="_a705"><div class="_a6-g"><h1>${title}</h1></div></div>${open}${blocks.join('')}${close}</body></html>`;
}

/** TikTok's TXT list: `Date:` and `Username:` blocks separated by a blank line. */
export function tiktokTxt(entries: Follow[], utcSuffix = false): string {
  return entries
    .map(({ name, at }) => {
      const date = new Date(at * 1000).toISOString().slice(0, 19).replace('T', ' ');
      return `Date: ${date}${utcSuffix ? ' UTC' : ''}\nUsername: ${name}\n`;
    })
    .join('\n');
}

export const tiktokEntries = (entries: Follow[]) =>
  entries.map(({ name, at }) => ({
    Date: new Date(at * 1000).toISOString().slice(0, 19).replace('T', ' '),
    UserName: name,
  }));

/** TikTok JSON in its three layouts, with the owner in the profile section. */
export function tiktokJson(
  layout: 'older' | '2024' | '2025',
  followers: unknown,
  following: unknown,
  owner?: string,
): unknown {
  const profile = owner ? { Profile: { 'Profile Info': { ProfileMap: { userName: owner } } } } : {};
  if (layout === 'older')
    return {
      ...profile,
      Activity: { 'Follower List': { FansList: followers }, 'Following List': { Following: following } },
    };
  if (layout === '2024')
    return {
      ...profile,
      'Your Activity': { Follower: { FansList: followers }, Following: { Following: following } },
      App: {},
      IsFastLane: false,
    };
  return {
    'Likes and Favorites': {},
    'Profile And Settings': {
      ...(owner ? { 'Profile Info': { ProfileMap: { userName: owner } } } : {}),
      Follower: { FansList: followers },
      Following: { Following: following },
    },
  };
}

/** A zip whose entries carry the given date (the UTC time field, as well as the DOS date). */
export function zipOf(files: Record<string, string>, modified = new Date()): Uint8Array {
  const stamp = new Uint8Array(5);
  stamp[0] = 1;
  new DataView(stamp.buffer).setInt32(1, Math.floor(modified.getTime() / 1000), true);
  const entries: Zippable = {};
  for (const [name, text] of Object.entries(files))
    entries[name] = [strToU8(text), { mtime: modified, extra: { 0x5455: stamp } }];
  return zipSync(entries);
}

export const igPersonalInformation = (owner: string) =>
  JSON.stringify({
    profile_user: [
      {
        media_map_data: {},
        string_map_data: {
          Username: { href: '', value: owner, timestamp: 0 },
          Name: { href: '', value: 'Studio', timestamp: 0 },
        },
      },
    ],
  });
