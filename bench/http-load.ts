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

let next = 0;
let acked = 0;
let failed = 0;
const started = performance.now();

async function worker(): Promise<void> {
  while (next < total) {
    const from = next;
    const to = Math.min(total, from + batchSize);
    next = to;
    const batch = [];
    for (let i = from; i < to; i++) batch.push(syntheticEvent(i, runId ?? 'http'));
    const res = await fetch(`${url}/v1/batch`, {
      method: 'POST',
      headers: { authorization: auth, 'content-type': 'application/json' },
      body: JSON.stringify({ batch }),
    });
    await res.arrayBuffer();
    if (res.ok) acked += to - from;
    else failed += to - from;
    if (process.send && acked % (batchSize * 50) === 0) process.send({ acked });
  }
}

await Promise.all(Array.from({ length: concurrency }, worker));
const seconds = (performance.now() - started) / 1000;
console.log(JSON.stringify({ acked, failed, seconds }));
