import type { ListKind, Platform } from './types';

/**
 * How far below the header count a finished list may stop and still count as complete. Instagram's
 * lists show 0–5 % fewer rows than the header (deactivated accounts); more than that is a list that
 * did not load fully.
 */
export const COVERAGE_TOLERANCE: Record<Platform, number> = { instagram: 0.05, tiktok: 0.05 };

export const PLATFORM_NAMES: Record<Platform, string> = { instagram: 'Instagram', tiktok: 'TikTok' };

export const PLATFORM_ORIGINS: Record<Platform, string> = {
  instagram: 'https://www.instagram.com',
  tiktok: 'https://www.tiktok.com',
};

export function platformOfOrigin(origin: string): Platform | null {
  for (const [platform, known] of Object.entries(PLATFORM_ORIGINS))
    if (known === origin) return platform as Platform;
  return null;
}

/** The page where the user opens one of their own lists: the manual route the popup's buttons take. */
export function ownListUrl(platform: Platform, owner: string, list: ListKind): string {
  return platform === 'instagram'
    ? `${PLATFORM_ORIGINS.instagram}/${owner}/${list}/`
    : `${PLATFORM_ORIGINS.tiktok}/@${owner}`;
}
