import { readFile } from 'node:fs/promises';
import { runQuery } from '../analytics/run-query.ts';
import { loadConfig } from '../config.ts';
import { openStore } from '../store/open-store.ts';
import { requireWorkspace } from './require-workspace.ts';

/**
 * `journeylens query SPEC.json`: runs one query spec on the store and prints the result JSON on
 * stdout (`-` reads the spec from stdin). An invalid spec prints each problem and exits with 2.
 */
export async function queryCommand(
  specPath: string,
  opts: { store?: string; workspace: string; pretty?: boolean },
): Promise<void> {
  const text = specPath === '-' ? await readStdin() : await readFile(specPath, 'utf8');
  let spec: unknown;
  try {
    spec = JSON.parse(text);
  } catch (err) {
    throw new Error(`${specPath} is not valid JSON: ${(err as Error).message}`);
  }
  const config = loadConfig({ store: opts.store });
  const store = await openStore(config.store);
  try {
    await requireWorkspace(store, opts.workspace);
    const outcome = await runQuery(store, opts.workspace, spec);
    if (!outcome.ok) {
      console.error(`Invalid query spec ${specPath}:`);
      for (const e of outcome.errors) console.error(`  ${e.path}: ${e.message}`);
      process.exitCode = 2;
      return;
    }
    console.log(JSON.stringify(outcome.result, null, opts.pretty ? 2 : undefined));
  } finally {
    await store.close();
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
