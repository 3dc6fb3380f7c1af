import { SingleBar } from 'cli-progress';

/** What progress counts: bytes of the file (CSV, NDJSON) or rows (Parquet, where DuckDB reads). */
export type ProgressUnit = 'bytes' | 'rows';

/** Receives progress: `done` of `total` `unit`s. */
export type ProgressCallback = (done: number, total: number, unit: ProgressUnit) => void;

export interface ProgressDisplay {
  update: ProgressCallback;
  /** Ends the display; call it before printing anything else to the same stream. */
  stop(): void;
}

export interface ProgressOptions {
  /** Defaults to process.stderr, so progress never mixes into output piped from stdout. */
  stream?: NodeJS.WriteStream;
  label?: string;
  /** Non-TTY mode: how often to print a progress line (default 10 s). */
  intervalMs?: number;
  now?: () => number;
}

/**
 * Shows import progress on stderr with rate and ETA.
 *
 * On a terminal it is a redrawn cli-progress bar. When stderr is not a TTY (CI logs, `2> file`)
 * redrawing would fill the log with carriage returns, so instead it prints one plain line every
 * `intervalMs` (10 s): an import shorter than that prints nothing, a long one shows it is alive.
 *
 * @example
 * const progress = createProgressDisplay({ label: 'import' });
 * await importFile({ path, workspaceId, sink, onProgress: progress.update });
 * progress.stop();
 */
export function createProgressDisplay(options: ProgressOptions = {}): ProgressDisplay {
  const stream = options.stream ?? process.stderr;
  const label = options.label ?? 'import';
  const now = options.now ?? Date.now;
  const intervalMs = options.intervalMs ?? 10_000;
  let startedAt: number | null = null;
  let lastLineAt = 0;
  let bar: SingleBar | null = null;

  const payload = (done: number, total: number, unit: ProgressUnit) => {
    const seconds = (now() - (startedAt ?? now())) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    return {
      done: formatAmount(done, unit),
      all: formatAmount(total, unit),
      rate: `${formatAmount(rate, unit)}/s`,
      etaText: rate > 0 ? formatDuration((total - done) / rate) : '?',
      percent: total > 0 ? Math.min(100, Math.floor((done / total) * 100)) : 0,
    };
  };

  return {
    update(done, total, unit) {
      if (startedAt === null) {
        startedAt = now();
        lastLineAt = startedAt;
      }
      if (stream.isTTY) {
        if (bar === null) {
          bar = new SingleBar({
            stream,
            format: `${label} {bar} {percentage}% | {done} of {all} | {rate} | ETA {etaText}`,
            hideCursor: true,
            barsize: 30,
          });
          bar.start(total, 0, payload(0, total, unit));
        }
        bar.setTotal(total);
        bar.update(done, payload(done, total, unit));
        return;
      }
      if (now() - lastLineAt < intervalMs) return;
      lastLineAt = now();
      const p = payload(done, total, unit);
      stream.write(`${label}: ${p.percent}% (${p.done} of ${p.all}), ${p.rate}, ETA ${p.etaText}\n`);
    },
    stop() {
      bar?.stop();
      bar = null;
    },
  };
}

/** `12.3 MB` for bytes (decimal units, as file managers show them), `1,234 rows` for rows. */
export function formatAmount(amount: number, unit: ProgressUnit): string {
  if (unit === 'rows') return `${Math.round(amount).toLocaleString('en-US')} rows`;
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let value = amount;
  let i = 0;
  while (value >= 1000 && i < units.length - 1) {
    value /= 1000;
    i++;
  }
  return i === 0 ? `${Math.round(value)} B` : `${value.toFixed(1)} ${units[i]}`;
}

/** `45s`, `3m 05s`, `2h 10m`. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}
