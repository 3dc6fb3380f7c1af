/** Default sizes: the ingest bench imports 1M events; the query bench queries 10M (issue #3). */
const DEFAULT_EVENTS: Record<string, number> = { ingest: 1_000_000, query: 10_000_000 };

export async function benchCommand(
  suite: string,
  opts: {
    events?: string;
    httpEvents?: string;
    rounds?: string;
    paths?: string;
    baskets?: string;
    cards?: string;
  },
): Promise<void> {
  if (suite === 'ui') {
    const cards = opts.cards === undefined ? 200 : Number(opts.cards);
    if (!Number.isInteger(cards) || cards <= 0) throw new Error('--cards must be a positive whole number');
    const { runUiBench } = await import('../../bench/ui-bench.ts');
    await runUiBench({ cards, stages: 8 });
    return;
  }
  if (suite === 'basket') {
    const baskets = opts.baskets === undefined ? 1_000_000 : Number(opts.baskets);
    if (!Number.isInteger(baskets) || baskets <= 0)
      throw new Error('--baskets must be a positive whole number');
    const { runBasketBench } = await import('../../bench/basket-bench.ts');
    await runBasketBench({ baskets });
    return;
  }
  if (suite === 'attribution') {
    const paths = opts.paths === undefined ? 1_000_000 : Number(opts.paths);
    if (!Number.isInteger(paths) || paths <= 0) throw new Error('--paths must be a positive whole number');
    const { runAttributionBench } = await import('../../bench/attribution-bench.ts');
    await runAttributionBench({ paths });
    return;
  }
  if (!(suite in DEFAULT_EVENTS)) {
    throw new Error(
      `Unknown benchmark "${suite}". Available: ${[...Object.keys(DEFAULT_EVENTS), 'attribution', 'basket', 'ui'].join(', ')}`,
    );
  }
  const events = opts.events === undefined ? DEFAULT_EVENTS[suite]! : Number(opts.events);
  if (!Number.isInteger(events) || events <= 0) throw new Error('--events must be a positive whole number');
  if (suite === 'query') {
    const { runQueryBench } = await import('../../bench/query-bench.ts');
    await runQueryBench({ events });
    return;
  }
  const rounds = opts.rounds === undefined ? 3 : Number(opts.rounds);
  if (!Number.isInteger(rounds) || rounds <= 0) throw new Error('--rounds must be a positive whole number');
  const { runIngestBench } = await import('../../bench/ingest-bench.ts');
  await runIngestBench({
    events,
    httpEvents: opts.httpEvents ? Number(opts.httpEvents) : Math.min(events, 300_000),
    rounds,
  });
}
