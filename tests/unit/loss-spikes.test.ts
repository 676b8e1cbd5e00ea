import { describe, expect, it } from 'vitest';

import { botSigns, lossSpikes, type LossWindow } from '../../src/domain/loss-spikes';

const DAY = 86_400_000;
/** Windows one day apart, each losing the given number of named followers with ordinary handles. */
function windows(...lost: number[]): LossWindow[] {
  return lost.map((count, index) => ({
    after: index * DAY,
    before: (index + 1) * DAY,
    lost: Array.from({ length: count }, (_, i) => ({ handle: `person.${index}.${i}`, nameSeen: true })),
  }));
}

describe('lossSpikes: at least 10 lost, and more than 3× the median of up to 8 windows before', () => {
  it.each([
    ['10 after a quiet usual of 0', [0, 0, 0, 10], 1],
    ['a big loss after a usual of 2 (median of 1, 2, 2, 9)', [1, 2, 2, 9, 12], 1],
    ['a run of high losses until it has become the usual', [1, 1, 1, 20, 20, 20, 20, 20], 3],
    ['the usual is the median of the last 8 windows only', [50, 50, 50, 1, 1, 1, 1, 1, 1, 1, 1, 12], 1],
  ])('fires: %s', (_case, lost, count) => {
    expect(lossSpikes(windows(...lost))).toHaveLength(count);
  });

  it.each([
    ['9 lost, below the minimum, however quiet the usual', [0, 0, 0, 9]],
    ['exactly 3× the usual', [4, 4, 4, 12]],
    ['a big loss with fewer than 3 windows before it: no usual yet', [0, 0, 30]],
    ['the first window of all', [40]],
    ['steady large losses', [20, 22, 19, 25, 21]],
    ['no windows', []],
  ])('does not fire: %s', (_case, lost) => {
    expect(lossSpikes(windows(...lost))).toEqual([]);
  });

  it('orders windows by date whatever order they come in, and reports the usual', () => {
    const [spike] = lossSpikes(windows(2, 1, 3, 15).reverse());
    expect(spike.before).toBe(4 * DAY);
    expect(spike.usual).toBe(2);
  });
});

describe('the signs on the lost, and "likely a platform clean-up"', () => {
  it.each([
    ['user4810273', false, ['no-name', 'generated-handle']],
    ['promo_4818192', true, ['generated-handle']],
    ['glow.12345678', null, ['generated-handle']],
    ['anna', false, ['no-name']],
    // Must not fire: fewer than six digits, digits first or inside, a name seen, or nothing known.
    ['anna1985', true, []],
    ['12345678', true, []],
    ['a1234567b', true, []],
    ['anna.k', null, []],
  ] as const)('%s, name seen: %s → %j', (handle, nameSeen, signs) => {
    expect(botSigns({ handle, nameSeen })).toEqual(signs);
  });

  function spikeWith(botCount: number, peopleCount: number) {
    const [quiet] = windows(1);
    const lost = [
      ...Array.from({ length: botCount }, (_, i) => ({ handle: `user${1_000_000 + i}`, nameSeen: false })),
      ...Array.from({ length: peopleCount }, (_, i) => ({ handle: `friend.${i}`, nameSeen: true })),
    ];
    const [spike] = lossSpikes([quiet, quiet, quiet, { after: 0, before: 9 * DAY, lost }]);
    return spike;
  }

  it('says likely a clean-up when most of the lost carry signs, and lists only those', () => {
    const spike = spikeWith(8, 4);
    expect(spike.likelyCleanup).toBe(true);
    expect(spike.withSigns.map((account) => account.handle)).toHaveLength(8);
    expect(spike.withSigns.every((account) => account.handle.startsWith('user'))).toBe(true);
  });

  it.each([
    ['half of them', 6, 6],
    ['a few of them', 2, 10],
    ['none of them', 0, 12],
  ])('does not when only %s carry signs', (_case, bots, people) => {
    const spike = spikeWith(bots, people);
    expect(spike.likelyCleanup).toBe(false);
    expect(spike.withSigns).toHaveLength(bots);
  });

  it('never counts a missing name that no page could have shown (a download)', () => {
    const [quiet] = windows(0);
    const lost = Array.from({ length: 12 }, (_, i) => ({ handle: `imported.${i}`, nameSeen: null }));
    const [spike] = lossSpikes([quiet, quiet, quiet, { after: 0, before: DAY, lost }]);
    expect(spike.withSigns).toEqual([]);
    expect(spike.likelyCleanup).toBe(false);
  });
});
