/**
 * An aggregated path table: the format marketers export from attribution tools (one row per
 * distinct path of channels, with how many journeys took it and converted, their value, and how
 * many did not convert). Paths are stored as integer channel ids in one flat array, so the models
 * walk typed arrays instead of strings.
 */
export interface PathTable {
  /** Channel names; a touch is an index into this list. */
  readonly channels: readonly string[];
  /** Row r's touches are `touches[offsets[r]]` … `touches[offsets[r + 1] − 1]`, first touch first. */
  readonly offsets: Int32Array;
  readonly touches: Int32Array;
  readonly conversions: Float64Array;
  readonly value: Float64Array;
  readonly nulls: Float64Array;
}

/** Number of rows (distinct paths) of a table. */
export const rowCount = (t: PathTable): number => t.conversions.length;

/** Total conversions and value of a table. */
export function tableTotals(t: PathTable): { conversions: number; value: number; nulls: number } {
  let conversions = 0;
  let value = 0;
  let nulls = 0;
  for (let r = 0; r < t.conversions.length; r++) {
    conversions += t.conversions[r]!;
    value += t.value[r]!;
    nulls += t.nulls[r]!;
  }
  return { conversions, value, nulls };
}

/**
 * Collects path rows and merges identical paths (their counts and values add up), so every model
 * sees each distinct path once. Example:
 * `const b = new PathTableBuilder(); b.add(['search', 'email'], 2, 30, 5); b.build()`.
 */
export class PathTableBuilder {
  private readonly channelIds = new Map<string, number>();
  private readonly channels: string[] = [];
  private readonly rowOf = new Map<string, number>();
  private touches: number[] = [];
  private offsets: number[] = [0];
  private conversions: number[] = [];
  private value: number[] = [];
  private nulls: number[] = [];

  /** The id of a channel name, registering it on first sight. */
  channelId(name: string): number {
    let id = this.channelIds.get(name);
    if (id === undefined) {
      id = this.channels.length;
      this.channels.push(name);
      this.channelIds.set(name, id);
    }
    return id;
  }

  /** Adds a path given by channel names (at least one). */
  add(path: readonly string[], conversions: number, value: number, nulls: number): void {
    this.addIds(
      path.map((name) => this.channelId(name)),
      conversions,
      value,
      nulls,
    );
  }

  /** Adds a path given by ids from `channelId`; the fast way for generated or decoded paths. */
  addIds(ids: ArrayLike<number>, conversions: number, value: number, nulls: number): void {
    if (ids.length === 0) throw new Error('A path needs at least one touch');
    // Channel ids are small integers: one UTF-16 code unit each makes a cheap, exact key.
    let key = '';
    for (let i = 0; i < ids.length; i++) key += String.fromCharCode(ids[i]! & 0xffff, ids[i]! >>> 16);
    const row = this.rowOf.get(key);
    if (row !== undefined) {
      this.conversions[row]! += conversions;
      this.value[row]! += value;
      this.nulls[row]! += nulls;
      return;
    }
    this.rowOf.set(key, this.conversions.length);
    for (let i = 0; i < ids.length; i++) this.touches.push(ids[i]!);
    this.offsets.push(this.touches.length);
    this.conversions.push(conversions);
    this.value.push(value);
    this.nulls.push(nulls);
  }

  /** Distinct paths so far. */
  get rowCount(): number {
    return this.conversions.length;
  }

  build(): PathTable {
    return {
      channels: [...this.channels],
      offsets: Int32Array.from(this.offsets),
      touches: Int32Array.from(this.touches),
      conversions: Float64Array.from(this.conversions),
      value: Float64Array.from(this.value),
      nulls: Float64Array.from(this.nulls),
    };
  }
}

/** The same paths with other counts (bootstrap replicates): the arrays of paths are shared. */
export function withCounts(
  t: PathTable,
  counts: { conversions: Float64Array; value: Float64Array; nulls: Float64Array },
): PathTable {
  return { ...t, ...counts };
}
