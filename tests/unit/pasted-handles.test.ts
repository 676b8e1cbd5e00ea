import { describe, expect, it } from 'vitest';

import { matchKnown, readPastedHandles } from '../../src/domain/pasted-handles';

describe('readPastedHandles', () => {
  it('reads handles, @handles and profile links with any separator, once each', () => {
    const text =
      '@Alice, https://www.instagram.com/bob/?hl=de\ncarol;  instagram.com/dave · @alice\t• eve | bob';
    expect(readPastedHandles('instagram', text)).toEqual({
      handles: ['alice', 'bob', 'carol', 'dave', 'eve'],
      unreadable: [],
    });
  });

  it('keeps what is not a handle of that site as typed', () => {
    expect(readPastedHandles('tiktok', '@ok.name https://www.instagram.com/x/ bad!name a')).toEqual({
      handles: ['ok.name'],
      unreadable: ['https://www.instagram.com/x/', 'bad!name', 'a'],
    });
    expect(readPastedHandles('tiktok', 'https://www.tiktok.com/@Zed')).toEqual({
      handles: ['zed'],
      unreadable: [],
    });
  });

  it('reads nothing from blank input', () => {
    expect(readPastedHandles('instagram', ' \n, ;')).toEqual({ handles: [], unreadable: [] });
  });
});

describe('matchKnown', () => {
  it('splits handles into those the ledger knows and those it does not', () => {
    expect(matchKnown(['a', 'b', 'c'], new Set(['a', 'c', 'z']))).toEqual({
      matched: ['a', 'c'],
      unmatched: ['b'],
    });
  });
});
