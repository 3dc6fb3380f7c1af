/**
 * Growth for typed arrays used as dense per-index tables: doubling keeps appends amortised O(1)
 * while each slot stays 1–4 bytes, where a JS object or array per entry would cost tens of bytes
 * and garbage-collector work.
 */

/** `array` itself if it has room for index `needed - 1`, else a copy at least twice as long with new slots set to `fill`. Example: `withRoomInt32(a, count + 1, -1)`. */
export function withRoomInt32(
  array: Int32Array<ArrayBuffer>,
  needed: number,
  fill: number,
): Int32Array<ArrayBuffer> {
  if (needed <= array.length) return array;
  const grown = new Int32Array(grownLength(array.length, needed));
  grown.set(array);
  if (fill !== 0) grown.fill(fill, array.length);
  return grown;
}

/** As `withRoomInt32`, for byte flags; new slots are 0. */
export function withRoomUint8(array: Uint8Array<ArrayBuffer>, needed: number): Uint8Array<ArrayBuffer> {
  if (needed <= array.length) return array;
  const grown = new Uint8Array(grownLength(array.length, needed));
  grown.set(array);
  return grown;
}

/** As `withRoomInt32`, for doubles; new slots are 0. */
export function withRoomFloat64(array: Float64Array<ArrayBuffer>, needed: number): Float64Array<ArrayBuffer> {
  if (needed <= array.length) return array;
  const grown = new Float64Array(grownLength(array.length, needed));
  grown.set(array);
  return grown;
}

function grownLength(length: number, needed: number): number {
  let capacity = Math.max(length, 16);
  while (capacity < needed) capacity *= 2;
  return capacity;
}
