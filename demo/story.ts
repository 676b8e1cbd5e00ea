import type { InstagramScenario, MockAccount } from '../tests/e2e/mock-instagram/server';
import type { TikTokScenario } from '../tests/e2e/mock-tiktok/server';

/**
 * The demo's story: a small bakery that captured its Instagram lists every few days for three weeks,
 * and its TikTok once. Everyone here is made up; the names are built from two short lists so the
 * same run always shows the same people.
 */
export const ME = 'lumen.bakery';

const FIRST = [
  'maya',
  'jonas',
  'zoë',
  'amir',
  'lena',
  'tomás',
  'ines',
  'kofi',
  'hana',
  'luca',
  'noor',
  'eli',
  'sofia',
  'ravi',
  'yuki',
  'ada',
];
const LAST = [
  'okafor',
  'lind',
  'éclair',
  'haddad',
  'berg',
  'rossi',
  'silva',
  'mensah',
  'sato',
  'fontaine',
  'khan',
  'novak',
];
const SHOPS = [
  'kiln.studio',
  'north.roast',
  'paper_moon',
  'harbor.flowers',
  'the.mill.co',
  'oat.and.honey',
  'city.markets',
  'slow.bread',
];

const plain = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
const title = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** 140 people: shops first (a few verified), then first × last names, some without a display name. */
const PEOPLE: MockAccount[] = [
  ...SHOPS.map((handle, index) => ({
    handle,
    name: title(handle.replace(/[._]+/g, ' ')),
    verified: index % 3 === 0,
  })),
  ...Array.from({ length: 132 }, (_, index) => {
    const first = FIRST[index % FIRST.length];
    const last = LAST[Math.floor(index / FIRST.length) % LAST.length];
    const separator = index % 3 === 0 ? '_' : '.';
    return {
      handle: plain(`${first}${separator}${last}`),
      name: index % 5 === 4 ? undefined : `${title(first)} ${title(last)}`,
    };
  }),
];
const person = (index: number) => PEOPLE[index];

/**
 * Twelve followers that look like bots: no display name and a handle the site made up (letters, then
 * seven digits). The site removes them all on one day, three days ago: the history's loss spike.
 */
const BOT_WORDS = ['user', 'promo', 'glow', 'shop', 'follow', 'deal'];
export const BOTS: MockAccount[] = Array.from({ length: 12 }, (_, index) => ({
  handle: `${BOT_WORDS[index % BOT_WORDS.length]}${index % 2 ? '_' : ''}${String(4_810_273 + index * 7_919)}`,
}));
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => person(from + i));

/** The follower who renames himself two days ago: the same display name under a new handle. */
export const RENAMED = {
  index: 11,
  from: person(11),
  to: { handle: 'amir.okafor.art', name: person(11).name },
} as const;

export interface Day {
  /** Days before today. */
  daysAgo: number;
  followers: MockAccount[];
  following: MockAccount[];
  /** The user gave up on the followers list halfway that day. */
  followersAbandoned?: boolean;
}

function change(
  list: MockAccount[],
  { add = [], remove = [] }: { add?: MockAccount[]; remove?: number[] },
): MockAccount[] {
  const gone = new Set(remove.map((index) => person(index).handle));
  return [...add, ...list.filter((account) => !gone.has(account.handle))];
}

function days(): Day[] {
  // Followers 0–89 and the bots, following 60–119: 30 mutuals, 30 who don't follow back, 72 fans.
  const first: Day = { daysAgo: 21, followers: [...range(0, 89), ...BOTS], following: range(60, 119) };
  const day17: Day = {
    daysAgo: 17,
    followers: change(first.followers, { remove: [40] }),
    following: first.following,
  };
  const week2: Day = {
    daysAgo: 14,
    followers: change(day17.followers, { add: range(120, 124), remove: [13, 17] }),
    following: change(first.following, { add: [person(125), person(126)], remove: [110] }),
  };
  const day9: Day = {
    daysAgo: 9,
    followers: change(week2.followers, { add: [...range(127, 129), person(125)], remove: [65] }),
    following: week2.following,
    followersAbandoned: true,
  };
  const day5: Day = {
    daysAgo: 5,
    followers: change(day9.followers, { add: [person(130), person(131)], remove: [22] }),
    following: change(day9.following, { add: [person(132)], remove: [66] }),
  };
  // The clean-up: every bot gone at once, with two people who left the same days.
  const bots = new Set(BOTS.map((bot) => bot.handle));
  const day3: Day = {
    daysAgo: 3,
    followers: change(day5.followers, { remove: [44, 52] }).filter((account) => !bots.has(account.handle)),
    following: day5.following,
  };
  // Amir (a fan) renames his account: the same display name under a new handle, a likely rename.
  const day2: Day = {
    daysAgo: 2,
    followers: change(day3.followers, {
      add: [person(100), person(101), ...range(133, 135), RENAMED.to],
      remove: [30, RENAMED.index],
    }),
    following: day3.following,
  };
  return [first, day17, week2, day9, day5, day3, day2];
}

/** The days captured before the demo starts, oldest first. */
export const PAST_DAYS = days();

/** Today, captured live in the demo: three new followers, one of them a follow back, and one lost. */
export function today(): InstagramScenario {
  const last = PAST_DAYS[PAST_DAYS.length - 1];
  return {
    me: ME,
    followers: change(last.followers, { add: [person(136), person(137), person(102)], remove: [35] }),
    following: change(last.following, { add: [person(138)] }),
  };
}

/** Someone who followed back and then left: the profile the demo opens to show the badge. */
export const LOST_FRIEND = person(65).handle;

/** The same bakery on TikTok: the web list stops before the end, so that capture is partial. */
export function tiktok(): TikTokScenario {
  return {
    me: ME,
    followers: range(0, 71).map(({ handle, name, verified }) => ({
      handle: handle.replace(/\./g, '_'),
      nickname: name,
      verified,
    })),
    following: range(60, 79).map(({ handle, name }) => ({
      handle: handle.replace(/\./g, '_'),
      nickname: name,
    })),
    webListLimit: 48,
  };
}

/** How fast the mock sites load rows: quicker than the real ones, so the demo's history is seeded in seconds. */
export const QUICK = { batchSize: 24, loadDelayMs: 120 } as const;
