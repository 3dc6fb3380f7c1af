import { Command } from 'commander';
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
  .option('--workspace <id>', 'workspace to import into', 'default')
  .option('--rejected <path>', 'where to write rejected rows (default: FILE.rejected.ndjson)')
  .action(importCommand);

program
  .command('query')
  .description(
    'run an analytics query spec (funnel, paths, retention, journey, kpi) and print the result JSON',
  )
  .argument('<spec>', 'JSON file with the query spec, or - for stdin')
  .option('--store <url>', storeHelp)
  .option('--workspace <id>', 'workspace to query', 'default')
  .option('--pretty', 'indent the JSON')
  .action(queryCommand);

program
  .command('bench')
  .description('run benchmarks and print ratios against reference engines')
  .argument('[suite]', 'ingest | query', 'ingest')
  .option('--events <n>', 'number of events (ingest: 1000000; query: 10000000)')
  .option('--http-events <n>', 'events sent over HTTP (default: min(events, 300000))')
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
