/**
 * Loss spikes: change windows that lost far more followers than the account usually does, and how
 * many of those lost carry signs of a bot or an abandoned account. Signs are hints for a person to
 * review, never a verdict on anyone.
 */

/** The rule, shown to the person wherever a spike is flagged. */
export const SPIKE_RULE = {
  /** Fewer lost than this is never a spike, however quiet the account usually is. */
  minLost: 10,
  /** More than this many times the usual. */
  times: 3,
  /** The usual is the median of this many windows before… */
  windows: 8,
  /** …and needs at least this many of them: with less history there is no usual to compare with. */
  minWindows: 3,
} as const;

export type BotSign = 'no-name' | 'generated-handle';

export interface LostAccount {
  handle: string;
  /** Whether a page capture showed a display name for them; null when no page capture read them (a download has no names). */
  nameSeen: boolean | null;
}

/** The losses one complete capture of the followers proved, between the capture before it and itself. */
export interface LossWindow {
  after: number;
  before: number;
  lost: LostAccount[];
}

export interface LossSpike extends LossWindow {
  /** The median lost of the windows before it. */
  usual: number;
  /** The lost who carry at least one sign, with their signs. */
  withSigns: { handle: string; signs: BotSign[] }[];
  /** Most of the lost carry signs: likely the site removing bots, not people leaving. */
  likelyCleanup: boolean;
}

/** Letters, maybe a separator, then six or more digits: the shape of handles the sites hand out by default ("user8302917"). */
const GENERATED = /^[a-z]+[._]?\d{6,}$/;

export function botSigns(account: LostAccount): BotSign[] {
  const signs: BotSign[] = [];
  if (account.nameSeen === false) signs.push('no-name');
  if (GENERATED.test(account.handle)) signs.push('generated-handle');
  return signs;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The windows, oldest first, that break the rule. */
export function lossSpikes(windows: readonly LossWindow[]): LossSpike[] {
  const ordered = [...windows].sort((a, b) => a.before - b.before);
  const spikes: LossSpike[] = [];
  ordered.forEach((window, index) => {
    const earlier = ordered.slice(Math.max(0, index - SPIKE_RULE.windows), index);
    if (earlier.length < SPIKE_RULE.minWindows || window.lost.length < SPIKE_RULE.minLost) return;
    const usual = median(earlier.map((one) => one.lost.length));
    if (window.lost.length <= SPIKE_RULE.times * usual) return;
    const withSigns = window.lost
      .map((account) => ({ handle: account.handle, signs: botSigns(account) }))
      .filter((account) => account.signs.length > 0);
    spikes.push({ ...window, usual, withSigns, likelyCleanup: withSigns.length * 2 > window.lost.length });
  });
  return spikes;
}
