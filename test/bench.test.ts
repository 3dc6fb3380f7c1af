import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../bench/child.ts';
import type { BenchResult as Result } from '../bench/report.ts';

function bench(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(join(ROOT, 'bin/journeylens.js'), ['bench', ...args], { cwd: ROOT }, (err, stdout) =>
      err ? reject(err) : resolve(stdout),
    );
  });
}

describe('npm run bench -- ingest', () => {
  it('ends with one JSON object of every figure, the import and its reference as medians of rounds in turns', async () => {
    const stdout = await bench(['ingest', '--events', '3000', '--http-events', '3000', '--rounds', '2']);
    const last = stdout.trim().split('\n').at(-1)!;
    const report = JSON.parse(last) as { bench: string; results: Result[] };
    expect(report.bench).toBe('ingest');
    expect(report.results.map((r) => r.name)).toEqual([
      'http /v1/batch (100-event batches, 8 connections)',
      'http /v1/batch (100-event batches, 32 connections)',
      'journeylens import (NDJSON file)',
      'reference: DuckDB read_json bulk load',
    ]);
    for (const r of report.results) {
      expect(r.eventsPerSecond).toBeGreaterThan(0);
      expect(r.peakRssMb).toBeGreaterThan(0);
    }
    const [, , ours, reference] = report.results as [Result, Result, Result, Result];
    // Two rounds: each figure is the mean of its two runs (the median of two), and the ratio the
    // mean of the two rounds' ratios. Times are printed to the millisecond, hence the tolerance.
    expect(ours.events).toBe(3000);
    expect(reference.events).toBe(3000);
    expect(ours.runSeconds).toHaveLength(2);
    expect(reference.runSeconds).toHaveLength(2);
    const [o1, o2] = ours.runSeconds as [number, number];
    const [r1, r2] = reference.runSeconds as [number, number];
    expect(ours.seconds).toBeCloseTo((o1 + o2) / 2, 2);
    expect(reference.seconds).toBeCloseTo((r1 + r2) / 2, 2);
    expect(ours.ratio!).toBeCloseTo((o1 / r1 + o2 / r2) / 2, 1);
    expect(ours.eventsPerSecond).toBeCloseTo(3000 / ours.seconds, -2);
    expect(reference.ratio).toBe(1);
  }, 120_000);
});
