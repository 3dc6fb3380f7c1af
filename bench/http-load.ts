/**
 * The load process of the HTTP benchmark: sends `total` events to /v1/batch in batches of
 * `batchSize` over `concurrency` keep-alive connections and prints one JSON line with the result.
 * Runs as its own process so the server's CPU is not shared with JSON building in the same loop.
 */
import { syntheticEvent } from './synthetic-events.ts';

const [url, writeKey, totalArg, batchArg, concurrencyArg, runId] = process.argv.slice(2);
const total = Number(totalArg);
const batchSize = Number(batchArg ?? 100);
const concurrency = Number(concurrencyArg ?? 8);
const auth = `Basic ${Buffer.from(`${writeKey}:`).toString('base64')}`;

// Bodies are built before the clock starts, so the load process spends its CPU on sending and
// the figure measures the server, not this generator (both share the machine's two cores).
const bodies: { body: string; count: number }[] = [];
for (let from = 0; from < total; from += batchSize) {
  const batch = [];
  for (let i = from; i < Math.min(total, from + batchSize); i++)
    batch.push(syntheticEvent(i, runId ?? 'http'));
  bodies.push({ body: JSON.stringify({ batch }), count: batch.length });
}

let next = 0;
let acked = 0;
let failed = 0;
const started = performance.now();

async function worker(): Promise<void> {
  while (next < bodies.length) {
    const { body, count } = bodies[next++]!;
    const res = await fetch(`${url}/v1/batch`, {
      method: 'POST',
      headers: { authorization: auth, 'content-type': 'application/json' },
      body,
    });
    await res.arrayBuffer();
    if (res.ok) acked += count;
    else failed += count;
    if (process.send && next % 50 === 0) process.send({ acked });
  }
}

await Promise.all(Array.from({ length: concurrency }, worker));
const seconds = (performance.now() - started) / 1000;
console.log(JSON.stringify({ acked, failed, seconds }));
// The IPC channel to the bench would keep this process alive; close it so the process ends.
process.disconnect?.();
