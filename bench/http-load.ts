/**
 * The load process of the HTTP benchmark: sends `total` events to /v1/batch in batches of
 * `batchSize` over `concurrency` keep-alive connections and prints one JSON line with the result.
 * Runs as its own process so the server's CPU is not shared with JSON building in the same loop.
 */
import { Agent, request } from 'node:http';
import { syntheticEvent } from './synthetic-events.ts';

const [url, writeKey, totalArg, batchArg, concurrencyArg, runId] = process.argv.slice(2);
const total = Number(totalArg);
const batchSize = Number(batchArg ?? 100);
const concurrency = Number(concurrencyArg ?? 8);
const auth = `Basic ${Buffer.from(`${writeKey}:`).toString('base64')}`;
const target = new URL('/v1/batch', url);

// Bodies are built before the clock starts, so the load process spends its CPU on sending and
// the figure measures the server, not this generator (both share the machine's two cores).
const bodies: { body: Buffer; count: number }[] = [];
for (let from = 0; from < total; from += batchSize) {
  const batch = [];
  for (let i = from; i < Math.min(total, from + batchSize); i++)
    batch.push(syntheticEvent(i, runId ?? 'http'));
  bodies.push({ body: Buffer.from(JSON.stringify({ batch })), count: batch.length });
}

// node:http with a keep-alive agent: fetch (undici) cost this process about 0.6 ms of CPU per
// 100-event request, CPU the server under test then lacked on a 2-core machine.
const agent = new Agent({ keepAlive: true, maxSockets: concurrency });

function post(body: Buffer): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      target,
      {
        method: 'POST',
        agent,
        headers: { authorization: auth, 'content-type': 'application/json', 'content-length': body.length },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

let next = 0;
let acked = 0;
let failed = 0;

async function worker(until: number): Promise<void> {
  while (next < until) {
    const { body, count } = bodies[next++]!;
    const status = await post(body);
    if (status === 200) acked += count;
    else failed += count;
    if (process.send && next % 50 === 0) process.send({ acked });
  }
}

// The first batches (up to 20,000 events) warm the server's JIT and connections up and are not
// timed: the figure is the steady state a long-running server sees.
const warmupBatches = Math.min(Math.floor(bodies.length / 10), Math.ceil(20_000 / batchSize));
await Promise.all(Array.from({ length: concurrency }, () => worker(warmupBatches)));
const warmupAcked = acked;
const cpuBefore = process.cpuUsage();
const started = performance.now();
await Promise.all(Array.from({ length: concurrency }, () => worker(bodies.length)));
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuBefore);
agent.destroy();
console.log(
  JSON.stringify({
    acked: acked - warmupAcked,
    warmupEvents: warmupAcked,
    failed,
    seconds,
    loadCpuSeconds: (cpu.user + cpu.system) / 1e6,
  }),
);
// The IPC channel to the bench would keep this process alive; close it so the process ends.
process.disconnect?.();
