import { describe, expect, it, vi } from 'vitest';

// The popup module imports WXT's browser API, which only exists in an extension; its choice is pure.
vi.mock('wxt/browser', () => ({ browser: {} }));
const { chooseAccount } = await import('../../src/ui/load-ledger');

const account = (platform: 'instagram' | 'tiktok', handle: string, lastCaptureAt: number) => ({
  id: `${platform}:${handle}`,
  platform,
  handle,
  firstCaptureAt: 0,
  lastCaptureAt,
});
// listAccounts gives the most recently captured first.
const accounts = [
  account('instagram', 'brand', 30),
  account('tiktok', 'brand', 20),
  account('instagram', 'me', 10),
];

describe('chooseAccount', () => {
  it('opens on the account logged in on the current tab', () => {
    expect(chooseAccount(accounts, { platform: 'instagram', me: 'me' })?.id).toBe('instagram:me');
    expect(chooseAccount(accounts, { platform: 'tiktok', me: 'brand' })?.id).toBe('tiktok:brand');
  });

  it('falls back to the account captured last when the tab is elsewhere, logged out, or not yet captured', () => {
    expect(chooseAccount(accounts, null)?.id).toBe('instagram:brand');
    expect(chooseAccount(accounts, { platform: 'instagram', me: null })?.id).toBe('instagram:brand');
    expect(chooseAccount(accounts, { platform: 'instagram', me: 'stranger' })?.id).toBe('instagram:brand');
  });

  it('keeps the account the user picked', () => {
    expect(chooseAccount(accounts, { platform: 'instagram', me: 'me' }, 'tiktok:brand')?.id).toBe(
      'tiktok:brand',
    );
  });

  it('has nothing to open before any capture', () => {
    expect(chooseAccount([], { platform: 'instagram', me: 'me' })).toBeUndefined();
  });
});
