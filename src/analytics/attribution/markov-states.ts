import type { PathTable } from './path-table.ts';

/** The absorbing chain's fixed states; channel states follow from FIRST_CHANNEL_STATE. */
export const START_STATE = 0;
export const CONVERSION_STATE = 1;
export const NULL_STATE = 2;
export const FIRST_CHANNEL_STATE = 3;

/** State names as ChannelAttribution (the R package) writes them. */
export const SPECIAL_STATE_NAMES = ['(start)', '(conversion)', '(null)'] as const;

/** The states of a Markov chain of order k over a table's paths. */
export interface MarkovStates {
  readonly order: number;
  /** The state of every touch of the table (parallel to `table.touches`). */
  readonly touchStates: Int32Array;
  /** Names of all states, the three special ones first; a state of order k is `a > b > c`. */
  readonly names: readonly string[];
  /** For each channel, the states that contain it: removing the channel removes these. */
  readonly statesOfChannel: readonly Int32Array[];
}

/**
 * The states of an order-k chain: the state after a touch is the last k channels up to it, so
 * the path `a > b > c` is `(start) → a → a,b → b,c` in order 2 (the first states are shorter, as
 * the path has no earlier touches). Order 1 is the usual one-channel-per-state chain. Removing a
 * channel removes every state that contains it (as ChannelAttribution does for higher orders).
 */
export function markovStates(table: PathTable, order: number): MarkovStates {
  const channelCount = table.channels.length;
  const touchStates = new Int32Array(table.touches.length);
  if (order === 1) {
    for (let i = 0; i < table.touches.length; i++) touchStates[i] = table.touches[i]! + FIRST_CHANNEL_STATE;
    const names = [...SPECIAL_STATE_NAMES, ...table.channels];
    const statesOfChannel = table.channels.map((_, c) => Int32Array.of(c + FIRST_CHANNEL_STATE));
    return { order, touchStates, names, statesOfChannel };
  }
  const base = channelCount + 1;
  // Windows as base-(C+1) numbers (digit 0 = no touch) while they fit a double exactly.
  const numeric = base ** order <= Number.MAX_SAFE_INTEGER;
  const keep = base ** (order - 1);
  const ids = new Map<number | string, number>();
  const windows: number[][] = [];
  const { offsets, touches } = table;
  for (let r = 0; r < table.conversions.length; r++) {
    let key = 0;
    for (let i = offsets[r]!; i < offsets[r + 1]!; i++) {
      let k: number | string;
      if (numeric) {
        key = (key % keep) * base + touches[i]! + 1;
        k = key;
      } else {
        k = Array.from(touches.subarray(Math.max(offsets[r]!, i - order + 1), i + 1)).join(',');
      }
      let id = ids.get(k);
      if (id === undefined) {
        id = windows.length + FIRST_CHANNEL_STATE;
        ids.set(k, id);
        windows.push(Array.from(touches.subarray(Math.max(offsets[r]!, i - order + 1), i + 1)));
      }
      touchStates[i] = id;
    }
  }
  const names = [...SPECIAL_STATE_NAMES, ...windows.map((w) => w.map((c) => table.channels[c]).join(' > '))];
  const lists: number[][] = table.channels.map(() => []);
  windows.forEach((w, i) => {
    for (const c of new Set(w)) lists[c]!.push(i + FIRST_CHANNEL_STATE);
  });
  return { order, touchStates, names, statesOfChannel: lists.map((l) => Int32Array.from(l)) };
}
