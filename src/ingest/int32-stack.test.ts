import { describe, expect, it } from 'vitest';
import { Int32Stack } from './int32-stack.ts';

describe('Int32Stack', () => {
  it('pops values last in, first out, across growth', () => {
    const stack = new Int32Stack(2);
    for (let i = -1; i < 100; i++) stack.push(i);
    expect(stack.length).toBe(101);
    const popped: number[] = [];
    while (stack.length > 0) popped.push(stack.pop());
    expect(popped).toEqual(Array.from({ length: 101 }, (_, i) => 99 - i));
  });

  it('is empty after clear, and refuses to pop when empty', () => {
    const stack = new Int32Stack();
    stack.push(7);
    stack.clear();
    expect(stack.length).toBe(0);
    expect(() => stack.pop()).toThrow(RangeError);
  });
});
