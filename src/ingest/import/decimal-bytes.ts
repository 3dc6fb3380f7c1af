/** Writes an integer (below 2^53 in size) in decimal at `n`; returns the offset after it. */
export function writeInt(o: Uint8Array, n: number, value: number): number {
  if (value < 0) {
    o[n++] = 0x2d;
    value = -value;
  }
  // Epoch milliseconds have 13 digits: the top part and the low nine each fit 32-bit arithmetic.
  if (value >= 1e9) {
    n = writeSmall(o, n, Math.floor(value / 1e9));
    let low = (value % 1e9) | 0;
    for (let i = 8; i >= 0; i--) {
      o[n + i] = 0x30 + (low % 10);
      low = (low / 10) | 0;
    }
    return n + 9;
  }
  return writeSmall(o, n, value);
}

function writeSmall(o: Uint8Array, n: number, value: number): number {
  let digits = 1;
  for (let v = value; v >= 10; v = (v / 10) | 0) digits++;
  for (let i = digits - 1; i >= 0; i--) {
    o[n + i] = 0x30 + (value % 10);
    value = (value / 10) | 0;
  }
  return n + digits;
}
