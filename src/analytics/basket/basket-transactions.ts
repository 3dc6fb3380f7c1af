/**
 * Baskets encoded for mining: every distinct item gets an integer id (in order of first
 * appearance) and the baskets are one flat `Int32Array` of ids with offsets, so a million baskets
 * are two typed arrays instead of a million JavaScript arrays of strings.
 */
export interface BasketTransactions {
  /** Item names by id. */
  readonly itemNames: readonly string[];
  /** Basket `b` holds `items[offsets[b]]` … `items[offsets[b + 1] - 1]`, each id once. */
  readonly offsets: Int32Array;
  readonly items: Int32Array;
  /** Number of baskets. */
  readonly size: number;
}

/**
 * Collects baskets one at a time and encodes them. An item repeated inside one basket counts
 * once (support counts baskets, not units).
 *
 * @example
 * const b = new TransactionsBuilder();
 * b.add(['milk', 'bread', 'milk']);
 * b.build(); // { itemNames: ['milk', 'bread'], offsets: [0, 2], items: [0, 1], size: 1 }
 */
export class TransactionsBuilder {
  private readonly ids = new Map<string, number>();
  private readonly names: string[] = [];
  private offsets: Int32Array = new Int32Array(1024);
  private items: Int32Array = new Int32Array(4096);
  private baskets = 0;
  private length = 0;
  /** Last basket that saw each item id: a duplicate check without a Set per basket. */
  private seenIn: Int32Array = new Int32Array(1024).fill(-1);

  /** Adds one basket of item names; returns false (and adds nothing) when it is empty. */
  add(names: Iterable<string>): boolean {
    const start = this.length;
    for (const name of names) {
      let id = this.ids.get(name);
      if (id === undefined) {
        id = this.names.length;
        this.ids.set(name, id);
        this.names.push(name);
      }
      this.push(id);
    }
    return this.close(start);
  }

  /** Adds one basket of item ids `0 … itemCount − 1` already named with `nameItems` (benchmarks). */
  addIds(ids: ArrayLike<number>): boolean {
    const start = this.length;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      if (!(id >= 0 && id < this.names.length)) throw new Error(`Item id ${id} has no name`);
      this.push(id);
    }
    return this.close(start);
  }

  /** Names items `0 … names.length − 1` for `addIds`; call once, before any `add`. */
  nameItems(names: readonly string[]): void {
    if (this.names.length > 0) throw new Error('Items are already named');
    for (const name of names) {
      this.ids.set(name, this.names.length);
      this.names.push(name);
    }
  }

  get basketCount(): number {
    return this.baskets;
  }

  build(): BasketTransactions {
    return {
      itemNames: this.names,
      offsets: this.offsets.slice(0, this.baskets + 1),
      items: this.items.slice(0, this.length),
      size: this.baskets,
    };
  }

  private push(id: number): void {
    if (id >= this.seenIn.length) {
      const grown = new Int32Array(Math.max(id + 1, this.seenIn.length * 2)).fill(-1);
      grown.set(this.seenIn);
      this.seenIn = grown;
    }
    if (this.seenIn[id] === this.baskets) return;
    this.seenIn[id] = this.baskets;
    if (this.length === this.items.length) this.items = grow(this.items);
    this.items[this.length++] = id;
  }

  private close(start: number): boolean {
    if (this.length === start) return false;
    this.baskets++;
    if (this.baskets >= this.offsets.length) this.offsets = grow(this.offsets);
    this.offsets[this.baskets] = this.length;
    return true;
  }
}

function grow(a: Int32Array): Int32Array {
  const bigger = new Int32Array(a.length * 2);
  bigger.set(a);
  return bigger;
}
