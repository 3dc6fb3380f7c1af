/**
 * A frequent-pattern tree (Han, Pei & Yin, "Mining Frequent Patterns without Candidate
 * Generation", SIGMOD 2000) in typed arrays. Items are ranks `0 … itemCount − 1`, rank 0 the most
 * frequent; every path from the root lists ranks in ascending order, so baskets that share their
 * most frequent items share a prefix. Nodes of one rank are chained through `next` from `head`.
 * Node 0 is the root.
 */
export class FpTree {
  /** The rank of each node (−1 for the root). */
  item: Int32Array;
  count: Int32Array;
  parent: Int32Array;
  /** The next node of the same rank, −1 at the end of the chain. */
  next: Int32Array;
  /** First node of each rank, −1 when the rank has none. */
  readonly head: Int32Array;
  /** Total count of each rank over the tree: its support in the baskets the tree holds. */
  readonly itemCount: Int32Array;
  size = 1;
  /** (parent, rank) → child. One map per tree beats child lists when the root has thousands of children. */
  private readonly children = new Map<number, number>();

  constructor(
    readonly rankCount: number,
    capacity = 1024,
  ) {
    const n = Math.max(2, capacity);
    this.item = new Int32Array(n);
    this.count = new Int32Array(n);
    this.parent = new Int32Array(n);
    this.next = new Int32Array(n);
    this.item[0] = -1;
    this.parent[0] = -1;
    this.head = new Int32Array(rankCount).fill(-1);
    this.itemCount = new Int32Array(rankCount);
  }

  /** Adds `count` baskets holding `ranks[0] … ranks[length − 1]` (ascending, distinct). */
  insert(ranks: Int32Array, length: number, count: number): void {
    let node = 0;
    const width = this.rankCount;
    for (let i = 0; i < length; i++) {
      const rank = ranks[i]!;
      const key = node * width + rank;
      let child = this.children.get(key);
      if (child === undefined) {
        child = this.addNode(rank, node);
        this.children.set(key, child);
      }
      this.count[child]! += count;
      this.itemCount[rank]! += count;
      node = child;
    }
  }

  private addNode(rank: number, parent: number): number {
    if (this.size === this.item.length) this.grow();
    const node = this.size++;
    this.item[node] = rank;
    this.count[node] = 0;
    this.parent[node] = parent;
    this.next[node] = this.head[rank]!;
    this.head[rank] = node;
    return node;
  }

  private grow(): void {
    const n = this.item.length * 2;
    const widen = (a: Int32Array) => {
      const b = new Int32Array(n);
      b.set(a);
      return b;
    };
    this.item = widen(this.item);
    this.count = widen(this.count);
    this.parent = widen(this.parent);
    this.next = widen(this.next);
  }
}
