import { describe, expect, it } from 'vitest';
import { withRoomInt32, withRoomUint8 } from './typed-array-capacity.ts';

describe('withRoomInt32 / withRoomUint8', () => {
  it('returns the same array while it has room', () => {
    const a = new Int32Array(4);
    expect(withRoomInt32(a, 4, -1)).toBe(a);
  });

  it('at least doubles, keeps the values and fills new slots', () => {
    const grown = withRoomInt32(Int32Array.of(5, 6), 3, -1);
    expect(grown.length).toBeGreaterThanOrEqual(4);
    expect([...grown.subarray(0, 4)]).toEqual([5, 6, -1, -1]);
    expect(withRoomInt32(new Int32Array(0), 100, -1).length).toBeGreaterThanOrEqual(100);
  });

  it('grows byte flags with new slots 0', () => {
    const grown = withRoomUint8(Uint8Array.of(1), 2);
    expect([...grown.subarray(0, 2)]).toEqual([1, 0]);
  });
});
