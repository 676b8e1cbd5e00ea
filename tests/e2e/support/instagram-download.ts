import { strToU8, zipSync } from 'fflate';

const t = (day: number) => Date.UTC(2025, 0, day) / 1000;

/** An Instagram data download as the site makes it: the zip, with followers_1.json and the newer following.json shape. */
export function instagramDownload(): Buffer {
  const follower = (value: string, day: number) => ({
    title: '',
    media_list_data: [],
    string_list_data: [{ href: `https://www.instagram.com/${value}`, value, timestamp: t(day) }],
  });
  const followed = (name: string, day: number) => ({
    title: name,
    string_list_data: [{ href: `https://www.instagram.com/_u/${name}`, timestamp: t(day) }],
  });
  return Buffer.from(
    zipSync({
      'connections/followers_and_following/followers_1.json': strToU8(
        JSON.stringify([
          follower('ana', 3),
          follower('bo', 4),
          follower('cy', 5),
          follower('dee', 6),
          follower('eli', 7),
          follower('fay', 8),
        ]),
      ),
      'connections/followers_and_following/following.json': strToU8(
        JSON.stringify({
          relationships_following: [
            followed('ana', 1),
            followed('bo', 2),
            followed('gus', 9),
            followed('hal', 10),
          ],
        }),
      ),
      'your_instagram_activity/likes/liked_posts.json': strToU8('[]'),
    }),
  );
}
