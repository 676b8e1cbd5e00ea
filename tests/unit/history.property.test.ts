import { describe, expect, it } from 'vitest';

import { judgeCapture } from '../../src/domain/capture-rules';
import type { LedgerEvent, ListState } from '../../src/domain/ledger';
import { applyCapture } from './support/apply-capture';
import { mulberry32 } from './support/random';

const DAY = 86_400_000;
type Kind = 'full' | 'partial' | 'short' | 'ended-early';

/**
 * Simulates an account's followers over `steps` captures: each day some people follow and unfollow,
 * and the user's capture is whole, stopped partway, short of the header, or ended early by the site.
 * Some followers are deactivated: counted in the header, never shown (what Instagram does). With
 * `flaky`, a short capture also drops one or two random rows, as a list that varies between runs.
 * Returns what the ledger did at each step, with the truth beside it.
 */
function simulate(seed: number, steps: number, flaky = true) {
  const random = mulberry32(seed);
  const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)];
  let nextId = 0;
  const truth = new Set(Array.from({ length: 60 + Math.floor(random() * 60) }, () => `u${nextId++}`));
  const deactivated = new Set(Array.from({ length: seed % 3 }, () => `u${nextId++}`));
  let state: ListState = { members: [], baselineAt: null, baselineHeader: null };
  const history: {
    kind: Kind;
    complete: boolean;
    short: boolean;
    seen: Set<string>;
    truth: Set<string>;
    events: LedgerEvent[];
    state: ListState;
  }[] = [];

  for (let step = 1; step <= steps; step++) {
    for (let n = Math.floor(random() * 4); n > 0; n--) truth.add(`u${nextId++}`);
    for (let n = Math.floor(random() * 4); n > 0 && truth.size > 20; n--) truth.delete(pick([...truth]));

    const kind = pick<Kind>(['full', 'full', 'full', 'partial', 'partial', 'short', 'ended-early']);
    const everyone = [...truth].sort(() => random() - 0.5);
    const seen =
      kind === 'full'
        ? everyone
        : kind === 'partial'
          ? everyone.slice(0, Math.floor(everyone.length * random() * 0.9))
          : kind === 'short'
            ? everyone.slice(0, everyone.length - (flaky ? 1 + Math.floor(random() * 2) : 0))
            : everyone.slice(0, Math.floor(everyone.length * 0.5));
    const header = { value: truth.size + deactivated.size, unit: 1 };
    const verdict = judgeCapture({
      read: seen.length,
      header,
      endReached: kind !== 'partial',
      tolerance: 0.05,
    });
    const result = applyCapture(state, {
      list: 'followers',
      endedAt: step * DAY,
      rows: seen.map((handle) => ({ handle })),
      header,
      ...verdict,
    });
    state = result.next;
    history.push({
      kind,
      ...verdict,
      seen: new Set(seen),
      truth: new Set(truth),
      events: result.events,
      state,
    });
  }
  return history;
}

const SEEDS = Array.from({ length: 40 }, (_, i) => i + 1);

describe('history over hundreds of simulated captures', () => {
  it.each(SEEDS)('seed %i: no partial capture ever yields a lost follower', (seed) => {
    for (const step of simulate(seed, 300)) {
      if (!step.complete) expect(step.events.filter((event) => event.kind === 'lost-follower')).toEqual([]);
    }
  });

  it.each(SEEDS)(
    'seed %i: replaying the events from the first complete capture reproduces every complete capture',
    (seed) => {
      const history = simulate(seed, 300);
      const first = history.findIndex((step) => step.complete);
      const replayed = new Set(history[first].state.members.map((member) => member.handle));
      let completes = 0;
      for (const step of history.slice(first + 1)) {
        for (const event of step.events) {
          if (event.kind === 'new-follower') replayed.add(event.handle);
          if (event.kind === 'lost-follower') replayed.delete(event.handle);
        }
        if (!step.complete) continue;
        completes++;
        const missing = new Set(
          step.state.members.filter((member) => member.missingSince !== undefined).map((m) => m.handle),
        );
        // What the capture saw, plus those it could not yet call lost, is exactly what the events say.
        expect([...replayed].sort()).toEqual([...new Set([...step.seen, ...missing])].sort());
        if (!step.short) expect([...replayed].sort()).toEqual([...step.truth].sort());
      }
      expect(completes).toBeGreaterThan(100);
    },
  );

  it.each(SEEDS)(
    'seed %i: every change is dated by a window that ends at the capture that proved it',
    (seed) => {
      let previousEnd = 0;
      for (const [index, step] of simulate(seed, 300).entries()) {
        const at = (index + 1) * DAY;
        for (const event of step.events) {
          expect(event.before).toBe(at);
          expect(event.after).toBeLessThan(event.before);
          expect(event.after).toBeGreaterThanOrEqual(Math.min(previousEnd, DAY));
        }
        previousEnd = at;
      }
    },
  );

  it.each(SEEDS)(
    'seed %i: with deactivated accounts but no flaky rows, nobody still following is ever lost',
    (seed) => {
      for (const step of simulate(seed, 300, false)) {
        for (const event of step.events)
          if (event.kind === 'lost-follower') expect(step.truth.has(event.handle)).toBe(false);
      }
    },
  );
});
