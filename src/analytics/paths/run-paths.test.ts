import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempStore } from '../../../test/helpers/temp-store.ts';
import { runQuery } from '../run-query.ts';

let temp: Awaited<ReturnType<typeof tempStore>>;
beforeAll(async () => {
  temp = await tempStore();
});
afterAll(() => temp.dispose());

describe('paths through runQuery', () => {
  it('gives empty lists and a zero total for a workspace without events, with every option', async () => {
    const outcome = await runQuery(temp.store, 'empty', {
      type: 'paths',
      steps: 3,
      start: { event: 'A' },
      end: { event: 'B' },
      sessions: true,
      collapse: true,
      minNodeShare: 0.1,
      maxNodesPerStep: 2,
    });
    expect(outcome.ok && outcome.result).toEqual({ edges: [], paths: [], total: 0 });
  });

  it('answers a map that does not exist as a spec problem', async () => {
    expect(await runQuery(temp.store, 'empty', { type: 'paths', by: 'stage', mapId: 'no-map' })).toEqual({
      ok: false,
      errors: [{ path: 'mapId', message: 'No journey map "no-map" in this workspace' }],
    });
  });
});
