import cliProgress from 'cli-progress';

export interface BenchResult {
  name: string;
  events: number;
  seconds: number;
  eventsPerSecond: number;
  peakRssMb: number;
  /** ours / reference (time ratio: 1.5 means 1.5× the reference's time), when there is a reference. */
  ratio: number | null;
  /** Seconds of each run, in order, when the figure is the median of several. */
  runSeconds?: number[];
}

/** The middle value, or the mean of the two middle ones. */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

/** A progress bar on stderr, so stdout stays clean for the result JSON. */
export function progressBar(label: string, total: number): cliProgress.SingleBar {
  const bar = new cliProgress.SingleBar(
    {
      format: `${label.padEnd(22)} [{bar}] {percentage}% | {value}/{total} | {duration_formatted} | ETA {eta_formatted}`,
      stream: process.stderr,
      noTTYOutput: true,
      notTTYSchedule: 5000,
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0);
  return bar;
}

/** Prints a readable table, then — as the very last line — one JSON object with every figure. */
export function printReport(bench: string, results: BenchResult[]): void {
  console.log('');
  for (const r of results) {
    const ratio = r.ratio === null ? '' : `  ratio ${r.ratio.toFixed(2)}× reference time`;
    const runs =
      r.runSeconds && r.runSeconds.length > 1
        ? `  (median of ${r.runSeconds.map((s) => s.toFixed(2)).join(', ')} s)`
        : '';
    console.log(
      `${r.name.padEnd(52)} ${String(r.eventsPerSecond.toLocaleString('en')).padStart(10)} events/s  ` +
        `${r.seconds.toFixed(2).padStart(7)} s  peak ${String(r.peakRssMb).padStart(5)} MB${ratio}${runs}`,
    );
  }
  console.log(
    JSON.stringify({
      bench,
      results: results.map((r) => ({
        name: r.name,
        events: r.events,
        seconds: Number(r.seconds.toFixed(3)),
        eventsPerSecond: r.eventsPerSecond,
        peakRssMb: r.peakRssMb,
        ratio: r.ratio === null ? null : Number(r.ratio.toFixed(3)),
        ...(r.runSeconds ? { runSeconds: r.runSeconds.map((s) => Number(s.toFixed(3))) } : {}),
      })),
    }),
  );
}
