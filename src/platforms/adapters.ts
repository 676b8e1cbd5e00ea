import { lookupTable } from '../domain/lookup';
import { instagram } from './instagram';
import type { SiteAdapter } from './site-adapter';
import { tiktok } from './tiktok';

const BY_HOST = lookupTable<SiteAdapter>({ 'www.instagram.com': instagram, 'www.tiktok.com': tiktok });

export function adapterForHost(host: string): SiteAdapter | null {
  return BY_HOST(host) ?? null;
}
