export async function benchCommand(
  suite: string,
  opts: { events: string; httpEvents?: string },
): Promise<void> {
  const events = Number(opts.events);
  if (!Number.isInteger(events) || events <= 0) throw new Error('--events must be a positive whole number');
  if (suite !== 'ingest') throw new Error(`Unknown benchmark "${suite}". Available: ingest`);
  const { runIngestBench } = await import('../../bench/ingest-bench.ts');
  await runIngestBench({
    events,
    httpEvents: opts.httpEvents ? Number(opts.httpEvents) : Math.min(events, 300_000),
  });
}
