import { platformOfOrigin } from '../domain/platforms';
import type { Platform } from '../domain/types';

/** The parts of a runtime.MessageSender that decide whether to trust it. */
export interface SenderInfo {
  id?: string;
  url?: string;
  origin?: string;
  frameId?: number;
  tab?: { id?: number };
}

export type Sender =
  | { kind: 'site'; platform: Platform; tabId: number }
  | { kind: 'extension-page' }
  | { kind: 'refused'; reason: string };

/**
 * The one place that decides who is talking. Only this extension's own contexts count, and of pages
 * only the top frame of Instagram or TikTok: an embedded frame or any other site is refused.
 */
export function classifySender(sender: SenderInfo, self: { id: string; origin: string }): Sender {
  if (sender.id !== self.id) return refused('not this extension');
  const origin = sender.origin ?? originOf(sender.url);
  if (origin === self.origin) return { kind: 'extension-page' };
  const platform = origin ? platformOfOrigin(origin) : null;
  if (!platform) return refused(`origin ${origin ?? 'unknown'} is not Instagram or TikTok`);
  if (sender.tab?.id === undefined) return refused('no tab');
  if (sender.frameId !== 0) return refused('not the top frame');
  return { kind: 'site', platform, tabId: sender.tab.id };
}

function refused(reason: string): Sender {
  return { kind: 'refused', reason };
}

function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    // URL.origin is "null" for extension schemes outside the browser; protocol and host are not.
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return null;
  }
}
