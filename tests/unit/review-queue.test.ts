// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';

import { reviewKeyAction } from '../../src/content/review-keys';
import { queueAt, startQueue, step, summaryOf, tally } from '../../src/domain/review-queue';

const queue = startQueue('instagram:me', 'notFollowingBack', 7, ['a', 'b', 'c', 'b']);

describe('review queue', () => {
  it('keeps each account once, in the order given, from the first', () => {
    expect(queue.handles).toEqual(['a', 'b', 'c']);
    expect(queue.index).toBe(0);
  });

  it.each([
    ['next from the first', 0, 'next', 1, false],
    ['next to the last', 1, 'next', 2, false],
    ['next on the last ends the queue', 2, 'next', 2, true],
    ['previous', 2, 'previous', 1, false],
    ['previous on the first stays there', 0, 'previous', 0, false],
  ] as const)('%s', (_name, from, direction, to, ended) => {
    const moved = step({ ...queue, index: from }, direction);
    expect(moved.index).toBe(to);
    expect(moved.ended === true).toBe(ended);
  });

  it.each([
    ['the account it stands on', 'b', 1, 1],
    ['another account of the queue: the person went there', 'b', 0, 1],
    ['an account not on the queue', 'z', 0, null],
  ] as const)('queueAt: %s', (_name, handle, index, found) => {
    expect(queueAt({ ...queue, index }, handle)?.index ?? null).toBe(found);
  });

  it('an ended queue stands nowhere', () => {
    expect(queueAt({ ...step({ ...queue, index: 2 }, 'next') }, 'c')).toBeNull();
  });

  it('tallies each account once per line, and takes it out when undone', () => {
    let counted = tally(queue, 'reviewed', 'a', true);
    counted = tally(counted, 'reviewed', 'a', true);
    counted = tally(counted, 'protected', 'b', true);
    counted = tally(counted, 'unfollowed', 'c', true);
    counted = tally(counted, 'unfollowed', 'c', false);
    expect(summaryOf(counted)).toEqual({ total: 3, reviewed: 1, protected: 1, unfollowed: 0 });
  });
});

describe('review bar keys', () => {
  const key = (over: Partial<KeyboardEvent> & { key: string }) =>
    reviewKeyAction({
      isTrusted: true,
      ctrlKey: false,
      altKey: false,
      metaKey: false,
      defaultPrevented: false,
      target: document.body,
      ...over,
    });
  it.each([
    ['p', 'protect'],
    ['P', 'protect'],
    ['r', 'reviewed'],
    ['u', 'unfollowed'],
    ['k', 'previous'],
    ['ArrowLeft', 'previous'],
    ['j', 'next'],
    ['ArrowRight', 'next'],
    ['x', null],
    ['Enter', null],
    ['constructor', null],
  ])('%s → %s', (pressed, action) => {
    expect(key({ key: pressed })).toBe(action);
  });

  it('leaves the key to the site when made up, combined, already taken, or typed into a field', () => {
    const field = document.createElement('input');
    const editable = Object.assign(document.createElement('div'), { contentEditable: 'true' });
    const textbox = document.createElement('div');
    textbox.setAttribute('role', 'textbox');
    const inside = document.createElement('span');
    editable.append(inside);
    document.body.append(field, editable, textbox);
    expect(key({ key: 'j', isTrusted: false })).toBeNull();
    expect(key({ key: 'j', ctrlKey: true })).toBeNull();
    expect(key({ key: 'j', metaKey: true })).toBeNull();
    expect(key({ key: 'j', altKey: true })).toBeNull();
    expect(key({ key: 'j', defaultPrevented: true })).toBeNull();
    for (const target of [field, editable, inside, textbox]) expect(key({ key: 'j', target })).toBeNull();
  });
});
