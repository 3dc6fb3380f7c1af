import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgressDisplay, formatAmount, formatDuration } from './progress.ts';

/** A non-TTY stream that keeps what is written. */
function captureStream(): { stream: NodeJS.WriteStream; text(): string } {
  const pass = new PassThrough();
  let text = '';
  pass.on('data', (d: Buffer) => {
    text += d.toString();
  });
  return { stream: pass as unknown as NodeJS.WriteStream, text: () => text };
}

describe('progress', () => {
  it('formats amounts and durations', () => {
    expect(formatAmount(999, 'bytes')).toBe('999 B');
    expect(formatAmount(12_345_678, 'bytes')).toBe('12.3 MB');
    expect(formatAmount(1234567, 'rows')).toBe('1,234,567 rows');
    expect(formatDuration(45)).toBe('45s');
    expect(formatDuration(185)).toBe('3m 05s');
    expect(formatDuration(7800)).toBe('2h 10m');
  });

  it('prints a plain line per interval when the stream is not a TTY', async () => {
    const out = captureStream();
    let clock = 0;
    const progress = createProgressDisplay({ stream: out.stream, intervalMs: 10_000, now: () => clock });
    progress.update(0, 100_000_000, 'bytes'); // starts the clock, prints nothing
    clock = 5_000;
    progress.update(10_000_000, 100_000_000, 'bytes'); // within the interval: nothing
    clock = 10_000;
    progress.update(20_000_000, 100_000_000, 'bytes'); // 2 MB/s, 80 MB left → 40 s
    progress.stop();
    await new Promise((r) => setImmediate(r));
    expect(out.text()).toBe('import: 20% (20.0 MB of 100.0 MB), 2.0 MB/s, ETA 40s\n');
  });
});
