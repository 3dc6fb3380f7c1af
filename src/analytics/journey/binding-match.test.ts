import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventBinding } from '../../model/event-binding.ts';
import { Database } from '../../store/duckdb/database.ts';
import { BoundParams } from '../sql/bound-params.ts';
import { duckdbDialect } from '../sql/duckdb/duckdb-dialect.ts';
import type { EventColumns } from '../sql/stitched-events.ts';
import { bindingMatch } from './binding-match.ts';

let db: Database;
beforeAll(async () => {
  db = await Database.open(':memory:');
});
afterAll(() => db.close());

// Properties as text, so a document that is not JSON fails loudly if anything parses it.
const EVENTS = `(VALUES
  ('e1', 'Page Viewed', '{"path": "/pricing", "utm": {"source": "ig"}}', 'web'),
  ('e2', 'Page Viewed', '{"path": "/home"}', 'email'),
  ('e3', 'Page Viewed', '{}', 'web'),
  ('e4', 'Other', 'this is not JSON', 'web')
) AS e(id, event, properties, channel)`;

const columns: EventColumns = {
  person: 'e.id',
  timestamp: 'NULL',
  event: 'e.event',
  messageId: 'e.id',
  properties: 'e.properties',
  traits: null,
  fields: { channel: 'e.channel', type: "'track'", name: 'NULL' },
};

/** Each event's id and match value, as the engine computes it. */
async function matches(binding: EventBinding): Promise<Record<string, unknown>> {
  const q = new BoundParams(duckdbDialect);
  const cond = bindingMatch(binding, { q, columns, personas: new Map() });
  const rows = await db.read.all(`SELECT e.id, ${cond} AS m FROM ${EVENTS} ORDER BY e.id`, q.values);
  return Object.fromEntries(rows.map((r) => [String(r.id), r.m]));
}

describe('bindingMatch', () => {
  it('matches the event name, and is false (never NULL) elsewhere', async () => {
    expect(await matches({ event: 'Page Viewed', where: [] })).toEqual({
      e1: true,
      e2: true,
      e3: true,
      e4: false,
    });
  });

  it('tests properties — dotted paths reach nested keys — and the channel', async () => {
    const pricing = { property: 'path', op: 'eq', value: '/pricing' } as const;
    expect(await matches({ event: 'Page Viewed', where: [pricing] })).toEqual({
      e1: true,
      e2: false,
      e3: false,
      e4: false,
    });
    expect(
      await matches({ event: 'Page Viewed', where: [{ property: 'utm.source', op: 'eq', value: 'ig' }] }),
    ).toEqual({ e1: true, e2: false, e3: false, e4: false });
    expect(await matches({ event: 'Page Viewed', where: [], channel: 'email' })).toEqual({
      e1: false,
      e2: true,
      e3: false,
      e4: false,
    });
  });

  it('reads the properties of events of the bound name only', async () => {
    // e4's text is not JSON: reading it would fail the query.
    const r = await matches({ event: 'Page Viewed', where: [{ property: 'path', op: 'is_set' }] });
    expect(r).toEqual({ e1: true, e2: true, e3: false, e4: false });
    await expect(
      db.read.all(`SELECT json_extract_string(e.properties, '/path') FROM ${EVENTS}`, []),
    ).rejects.toThrow(/JSON/i);
  });

  it('binds the name, the filter and the channel', () => {
    const q = new BoundParams(duckdbDialect);
    const sql = bindingMatch(
      { event: "x'; --", where: [{ property: 'a', op: 'eq', value: 'v"' }], channel: 'sms' },
      { q, columns, personas: new Map() },
    );
    expect(sql).not.toMatch(/x'|v"|sms/);
    expect(q.values).toEqual(["x'; --", '/a', 'v"', 'sms']);
  });
});
