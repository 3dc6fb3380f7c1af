import { withRoomInt32 } from './typed-array-capacity.ts';

/**
 * A growable stack of 32-bit integers, e.g. an undo log of op codes and operands: millions of
 * entries cost 4 bytes each and nothing for the garbage collector to trace.
 */
export class Int32Stack {
  private items: Int32Array<ArrayBuffer>;
  private size = 0;

  constructor(capacity = 64) {
    this.items = new Int32Array(capacity);
  }

  get length(): number {
    return this.size;
  }

  push(value: number): void {
    if (this.size === this.items.length) this.items = withRoomInt32(this.items, this.size + 1, 0);
    this.items[this.size++] = value;
  }

  /** The top value, removed; the stack must not be empty. */
  pop(): number {
    if (this.size === 0) throw new RangeError('pop from an empty Int32Stack');
    return this.items[--this.size]!;
  }

  /** A copy of the values, bottom first. */
  toArray(): Int32Array {
    return this.items.slice(0, this.size);
  }

  /** Empties the stack; memory grown for a large batch is given back, since it rarely recurs. */
  clear(): void {
    this.size = 0;
    if (this.items.length > 1 << 16) this.items = new Int32Array(64);
  }
}
