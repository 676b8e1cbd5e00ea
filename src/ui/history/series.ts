import type { SeriesId } from '../../domain/history-series';

type SeriesLabel =
  | 'listFollowers'
  | 'listFollowing'
  | 'viewMutuals'
  | 'viewNotFollowingBack'
  | 'viewFans'
  | 'viewNewFollowers'
  | 'viewLostFollowers'
  | 'viewNewFriends'
  | 'viewLostFriends';

/** Each series of the daily history: its name, its colour (a theme variable) and how it is drawn. */
export const HISTORY_SERIES: readonly {
  id: SeriesId;
  label: SeriesLabel;
  color: string;
  bar?: 'wide' | 'narrow';
}[] = [
  { id: 'followers', label: 'listFollowers', color: '--series-followers' },
  { id: 'following', label: 'listFollowing', color: '--series-following' },
  { id: 'mutuals', label: 'viewMutuals', color: '--series-mutuals' },
  { id: 'notFollowingBack', label: 'viewNotFollowingBack', color: '--series-not-following-back' },
  { id: 'fans', label: 'viewFans', color: '--series-fans' },
  { id: 'newFollowers', label: 'viewNewFollowers', color: '--series-gain', bar: 'wide' },
  { id: 'lostFollowers', label: 'viewLostFollowers', color: '--series-loss', bar: 'wide' },
  { id: 'newFriends', label: 'viewNewFriends', color: '--series-friend-gain', bar: 'narrow' },
  { id: 'lostFriends', label: 'viewLostFriends', color: '--series-friend-loss', bar: 'narrow' },
];

/** Losses are drawn below the zero line, gains above it. */
export const DRAWN_BELOW: ReadonlySet<SeriesId> = new Set(['lostFollowers', 'lostFriends']);
