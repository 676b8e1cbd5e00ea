import { describe, expect, it } from 'vitest';

import { HandleIndex } from '../../src/domain/handle-index';

/** What the index stands for: a Map of each handle to its last position, in first-come order. */
function asMap(handles: readonly string[], without: readonly string[] = []) {
  const positions = new Map<string, number>();
  handles.forEach((handle, position) => positions.set(handle, position));
  for (const handle of without) positions.delete(handle);
  return positions;
}

function visited(index: HandleIndex) {
  const positions: number[] = [];
  index.forEach((position) => positions.push(position));
  return positions;
}

describe('HandleIndex', () => {
  it('finds each handle at its last position and visits each once, in first-come order', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 100; round++) {
      const handles = Array.from({ length: Math.floor(next() * 300) }, () => `h${Math.floor(next() * 200)}`);
      const without = round % 3 === 0 && handles.length ? [handles[0]] : [];
      const index = new HandleIndex(handles);
      for (const handle of without) index.delete(handle);
      const expected = asMap(handles, without);
      expect(index.size).toBe(expected.size);
      expect(visited(index)).toEqual([...expected.values()]);
      for (const handle of new Set([...handles, 'absent', '']))
        expect(index.get(handle)).toBe(expected.get(handle));
    }
  });

  it('holds a list of distinct handles as they are', () => {
    const handles = Array.from({ length: 50_000 }, (_, i) => `account_${i}`);
    const index = new HandleIndex(handles);
    expect(index.size).toBe(handles.length);
    expect(handles.every((handle, position) => index.get(handle) === position)).toBe(true);
    expect(visited(index)).toEqual(handles.map((_, position) => position));
  });
});
