import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { exited, startServerProcess } from './helpers/server-process.ts';

const ENV = {
  JOURNEYLENS_WRITE_KEY: 'durable-write-key-01',
  JOURNEYLENS_ADMIN_TOKEN: 'durable-admin-token-000001',
};
const auth = `Basic ${Buffer.from(`${ENV.JOURNEYLENS_WRITE_KEY}:`).toString('base64')}`;
const dir = mkdtempSync(join(tmpdir(), 'journeylens-durability-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('keeps every acknowledged event when the server is killed with SIGKILL mid-ingest', async () => {
  const storePath = join(dir, 'durable.duckdb');
  const server = await startServerProcess(storePath, ENV);
  const acked: string[] = [];
  let sent = 0;
  let killed = false;
  const BATCH = 50;
  const MAX_EVENTS = 9_000; // stays under the read API's 10,000-event page

  // Four senders keep requests in flight the whole time, so the kill lands mid-write.
  const sender = async (worker: number) => {
    while (!killed && sent < MAX_EVENTS) {
      const ids = Array.from({ length: BATCH }, (_, i) => `w${worker}-${sent + i}`);
      sent += BATCH;
      const batch = ids.map((messageId, i) => ({
        type: 'track',
        event: 'Sustained',
        userId: 'durable-user',
        messageId,
        properties: { n: i },
      }));
      try {
        const res = await fetch(`${server.url}/v1/batch`, {
          method: 'POST',
          headers: { authorization: auth, 'content-type': 'application/json' },
          body: JSON.stringify({ batch }),
        });
        if (res.status === 200) acked.push(...ids);
      } catch {
        return; // connection refused or reset: the server is gone
      }
      if (acked.length >= 2_000 && !killed) {
        killed = true;
        server.child.kill('SIGKILL');
      }
    }
  };
  await Promise.all([0, 1, 2, 3].map(sender));
  await exited(server.child);
  expect(server.child.signalCode).toBe('SIGKILL');
  expect(acked.length).toBeGreaterThanOrEqual(2_000);
  expect(sent).toBeGreaterThan(acked.length); // requests were in flight when it died

  const restarted = await startServerProcess(storePath, ENV);
  try {
    const res = await fetch(`${restarted.url}/api/v1/events?person=durable-user&limit=10000`, {
      headers: { authorization: `Bearer ${ENV.JOURNEYLENS_ADMIN_TOKEN}` },
    });
    const stored = new Set(
      ((await res.json()) as { events: { messageId: string }[] }).events.map((e) => e.messageId),
    );
    const missing = acked.filter((id) => !stored.has(id));
    expect(missing).toEqual([]);
    // Nothing is half-written either: every stored event is one that was sent, stored once.
    expect(stored.size).toBeLessThanOrEqual(sent);
  } finally {
    restarted.child.kill('SIGTERM');
    await exited(restarted.child);
  }
});
