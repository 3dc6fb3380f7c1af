/** Default sizes: the ingest bench imports 1M events; the query bench queries 10M (issue #3). */
const DEFAULT_EVENTS: Record<string, number> = { ingest: 1_000_000, query: 10_000_000 };

export async function benchCommand(
  suite: string,
  opts: { events?: string; httpEvents?: string },
): Promise<void> {
  if (!(suite in DEFAULT_EVENTS)) {
    throw new Error(`Unknown benchmark "${suite}". Available: ${Object.keys(DEFAULT_EVENTS).join(', ')}`);
  }
  const events = opts.events === undefined ? DEFAULT_EVENTS[suite]! : Number(opts.events);
  if (!Number.isInteger(events) || events <= 0) throw new Error('--events must be a positive whole number');
  if (suite === 'query') {
    const { runQueryBench } = await import('../../bench/query-bench.ts');
    await runQueryBench({ events });
    return;
  }
  const { runIngestBench } = await import('../../bench/ingest-bench.ts');
  await runIngestBench({
    events,
    httpEvents: opts.httpEvents ? Number(opts.httpEvents) : Math.min(events, 300_000),
  });
}
