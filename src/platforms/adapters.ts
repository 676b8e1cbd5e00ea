import { instagram } from './instagram';
import { tiktok } from './tiktok';
import type { SiteAdapter } from './site-adapter';

const BY_HOST: Record<string, SiteAdapter> = { 'www.instagram.com': instagram, 'www.tiktok.com': tiktok };

export function adapterForHost(host: string): SiteAdapter | null {
  return BY_HOST[host] ?? null;
}
