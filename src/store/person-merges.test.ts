import { describe, expect, it } from 'vitest';
import { applyMerges, type MergedPerson, personKey } from './person-merges.ts';

const person = (id: string, traits: unknown, created: string): MergedPerson => ({
  workspaceId: 'ws',
  id,
  traits,
  createdAt: new Date(created),
  updatedAt: new Date(created),
  deleted: false,
  changed: false,
});

describe('applyMerges', () => {
  it('folds a chain of merges in order, the surviving person’s values winning at each step', () => {
    const people = new Map(
      [
        person(
          'dave',
          { plan: 'free', nickname: 'd', address: { city: 'Kraków', zip: '30-001' } },
          '2024-01-01',
        ),
        person('erin', { plan: 'team', address: { zip: '00-001' } }, '2025-06-01'),
        person('bob', { plan: 'pro' }, '2026-01-01'),
      ].map((p) => [personKey('ws', p.id), p]),
    );
    const now = new Date('2026-11-23T12:00:00Z');
    const survivors = applyMerges(
      people,
      [
        { workspaceId: 'ws', from: 'dave', into: 'erin' },
        { workspaceId: 'ws', from: 'erin', into: 'bob' },
      ],
      now,
    );
    // dave → erin: erin keeps plan "team" and zip "00-001", gains nickname and city.
    // erin → bob: bob keeps plan "pro", gains the rest. Earliest creation: dave's.
    const bob = people.get(personKey('ws', 'bob'))!;
    expect(bob.traits).toEqual({ plan: 'pro', nickname: 'd', address: { city: 'Kraków', zip: '00-001' } });
    expect(bob.createdAt).toEqual(new Date('2024-01-01'));
    expect(bob.updatedAt).toEqual(now);
    expect([bob.changed, bob.deleted]).toEqual([true, false]);
    expect(['dave', 'erin'].map((id) => people.get(personKey('ws', id))!.deleted)).toEqual([true, true]);
    // Overrides follow the whole chain: dave ends with bob, not with erin.
    expect(survivors).toEqual([
      { workspaceId: 'ws', from: 'dave', survivor: 'bob' },
      { workspaceId: 'ws', from: 'erin', survivor: 'bob' },
    ]);
  });

  it('deletes a merged person whose survivor is not stored, and changes nothing for one it does not know', () => {
    const people = new Map([[personKey('ws', 'a'), person('a', { x: 1 }, '2026-01-01')]]);
    const survivors = applyMerges(
      people,
      [
        { workspaceId: 'ws', from: 'a', into: 'missing' },
        { workspaceId: 'ws', from: 'unknown', into: 'missing' },
      ],
      new Date(),
    );
    expect(people.get(personKey('ws', 'a'))!.deleted).toBe(true);
    expect(people.size).toBe(1);
    expect(survivors.map((s) => s.survivor)).toEqual(['missing', 'missing']);
  });
});
