import { Command } from 'commander';
import { attributionCommand } from './attribution-command.ts';
import { basketCommand } from './basket-command.ts';
import { benchCommand } from './bench-command.ts';
import { demoCommand } from './demo-command.ts';
import { importCommand } from './import-command.ts';
import { queryCommand } from './query-command.ts';
import { serveCommand } from './serve-command.ts';

const program = new Command()
  .name('journeylens')
  .description('Map, measure and act on customer journeys.')
  .version('0.1.0')
  .showHelpAfterError();

const storeHelp = 'store URL, e.g. duckdb:./data/journeylens.duckdb (env JOURNEYLENS_STORE)';

program
  .command('serve')
  .description('start the HTTP server (ingestion API and read API)')
  .option('--store <url>', storeHelp)
  .option('-p, --port <port>', 'port to listen on (default 4000; env JOURNEYLENS_PORT)')
  .option('--host <host>', 'interface to listen on (env JOURNEYLENS_HOST)')
  .action(serveCommand);

program
  .command('demo')
  .description(
    'load realistic demo data through the real ingestion path, create a sample journey map, and serve',
  )
  .option('--store <url>', storeHelp)
  .option('-p, --port <port>', 'port to listen on (default 4000; env JOURNEYLENS_PORT)')
  .option('--host <host>', 'interface to listen on')
  .option('--people <n>', 'number of demo people', '5000')
  .option('--seed <s>', 'random seed (same seed, same data)', '42')
  .option('--no-serve', 'load the data and exit')
  .action(demoCommand);

program
  .command('import')
  .description('import events from a file (CSV, NDJSON or Parquet) with the same validation as the API')
  .argument('<file>', 'file to import')
  .option('--format <format>', 'csv | ndjson | parquet (default: from the file extension)')
  .option('--store <url>', storeHelp)
  .option(
    '--workspace <id>',
    'workspace to import into (the default one is created in a new store)',
    'default',
  )
  .option('--rejected <path>', 'where to write rejected rows (default: FILE.rejected.ndjson)')
  .action(importCommand);

program
  .command('query')
  .description(
    'run an analytics query spec (funnel, paths, retention, kpi, journey, attribution, basket, voc, painPoints, momentsOfTruth, personaSuggestions) and print the result JSON',
  )
  .argument('<spec>', 'JSON file with the query spec, or - for stdin')
  .option('--store <url>', storeHelp)
  .option('--workspace <id>', 'workspace to query', 'default')
  .option('--pretty', 'indent the JSON')
  .action(queryCommand);

program
  .command('basket')
  .description(
    'frequently bought together: frequent itemsets and association rules of a transactions CSV (one basket per line, items separated by commas), as JSON',
  )
  .argument('<file>', 'transactions file')
  .option('--min-support <share>', 'smallest share of baskets an itemset must be in, 0–1 (default 0.01)')
  .option('--min-confidence <share>', 'smallest confidence of a rule, 0–1 (default 0.5)')
  .option('--min-lift <lift>', 'smallest lift of a rule (default: none)')
  .option('--max-length <n>', 'largest itemset (default: no limit)')
  .option('--max-consequent-length <n>', 'most items on the right of a rule (default 1)')
  .option('--limit <n>', 'print only the N strongest itemsets and rules (default: all)')
  .option('--header', 'the first line holds column names, not a basket')
  .option('--trim', 'drop spaces around items (kept by default, as CSV does)')
  .option('--pretty', 'indent the JSON')
  .action(basketCommand);

program
  .command('attribution')
  .description(
    'multi-touch attribution of a path table CSV (path;total_conversions;total_conversion_value;total_null), every model side by side, as JSON',
  )
  .argument('<file>', 'path table file, paths written like "search > email > direct"')
  .option(
    '--models <names>',
    'comma-separated: first_touch, last_touch, last_non_direct, linear, time_decay, position_based, markov, shapley (default: all)',
  )
  .option('--order <k>', 'Markov chain order, 1–4 (default 1)')
  .option('--half-life <touches>', 'time_decay: half-life in touches before the conversion (default 1)')
  .option(
    '--position-based <first,last>',
    'position_based: shares of the first and last touch (default 0.4,0.4)',
  )
  .option(
    '--bootstrap <n>',
    'bootstrap iterations for markov and shapley intervals, 0 for none (default 100)',
  )
  .option('--confidence <level>', 'bootstrap interval coverage (default 0.95)')
  .option('--seed <n>', 'random seed of the bootstrap and of sampled Shapley values (default 1)')
  .option(
    '--shapley-samples <n>',
    'random orders when Shapley values are sampled (over 15 channels; default 2000)',
  )
  .option('--pretty', 'indent the JSON')
  .action(attributionCommand);

program
  .command('bench')
  .description('run benchmarks and print ratios against reference engines')
  .argument('[suite]', 'ingest | query | attribution | basket | ui', 'ingest')
  .option('--events <n>', 'number of events (ingest: 1000000; query: 10000000)')
  .option('--http-events <n>', 'events sent over HTTP (default: min(events, 300000))')
  .option(
    '--rounds <n>',
    'ingest: rounds of file import and reference, in turns; medians are reported (default 3)',
  )
  .option('--paths <n>', 'attribution: distinct paths in the table (default 1000000)')
  .option('--baskets <n>', 'basket: number of baskets (default 1000000)')
  .option('--cards <n>', 'ui: cards on the 8-stage map (default 200)')
  .action(benchCommand);

// `journeylens --help` shows every command with its options, not only the command names.
program.addHelpText('after', () => {
  const sections = program.commands.map((cmd) => {
    const options = cmd.options
      .map((o) => {
        const fallback = typeof o.defaultValue === 'string' ? ` (default: ${o.defaultValue})` : '';
        return `    ${o.flags.padEnd(28)} ${o.description}${fallback}`;
      })
      .join('\n');
    return `  ${cmd.name()} ${cmd.usage()}\n${options}`;
  });
  return `\nCommand options:\n${sections.join('\n\n')}\n\nEvery command reads the store from --store or JOURNEYLENS_STORE (default duckdb:./data/journeylens.duckdb).`;
});

program.parseAsync().catch((err: unknown) => {
  console.error(`journeylens: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
