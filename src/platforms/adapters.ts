import { instagram } from './instagram';
import type { SiteAdapter } from './site-adapter';
import { tiktok } from './tiktok';

const BY_HOST: Record<string, SiteAdapter> = { 'www.instagram.com': instagram, 'www.tiktok.com': tiktok };

export function adapterForHost(host: string): SiteAdapter | null {
  return BY_HOST[host] ?? null;
}
