import { afterEach, expect, it } from 'vitest';
import { Ingestor } from '../src/ingest/ingestor.ts';
import { bootstrap } from '../src/server/bootstrap.ts';
import { tempStore } from './helpers/temp-store.ts';

let dispose: () => Promise<void> = async () => undefined;
afterEach(() => dispose());

it('forgets the identity links of a write that failed, so later events stitch from what is stored', async () => {
  const temp = await tempStore();
  dispose = temp.dispose;
  await bootstrap(temp.store, {});
  const ingestor = await Ingestor.start(temp.store);
  const ctx = () => ({ receivedAt: new Date() });

  // The real store, with its next write failing (disk full, say).
  const realWrite = temp.store.events.write.bind(temp.store.events);
  let failNext = true;
  temp.store.events.write = (batch) => {
    if (failNext) {
      failNext = false;
      return Promise.reject(new Error('disk full'));
    }
    return realWrite(batch);
  };

  const identify = { type: 'identify', anonymousId: 'anon-x', userId: 'user-x', messageId: 'id-1' };
  await expect(ingestor.ingest('default', [identify], ctx())).rejects.toThrow('disk full');
  // Nothing of the failed batch exists: not the event, not the link.
  expect(await temp.store.persons.byDistinctId('default', 'user-x')).toBeNull();

  await ingestor.ingest(
    'default',
    [{ type: 'track', event: 'Viewed', anonymousId: 'anon-x', messageId: 't-1' }],
    ctx(),
  );
  await ingestor.ingest('default', [identify], ctx()); // the client retries
  const person = await temp.store.persons.byDistinctId('default', 'anon-x');
  expect(person?.ids).toEqual(['anon-x', 'user-x']);
  expect(person?.eventCount).toBe(2);
  expect((await temp.store.persons.byDistinctId('default', 'user-x'))?.id).toBe(person?.id);
});

it('answers every request when the next one arrives the moment the previous is acknowledged', async () => {
  // Regression: an enqueue landing between the committer's last look at the queue and its end
  // used to wait forever.
  const temp = await tempStore();
  dispose = temp.dispose;
  await bootstrap(temp.store, {});
  const ingestor = await Ingestor.start(temp.store);
  for (let i = 0; i < 40; i++) {
    const result = await ingestor.ingest(
      'default',
      [{ type: 'track', event: 'Tick', userId: 'ticker', messageId: `tick-${i}` }],
      { receivedAt: new Date() },
    );
    expect(result.accepted).toBe(1);
  }
  expect((await temp.store.persons.byDistinctId('default', 'ticker'))?.eventCount).toBe(40);
});
