import { describe, expect, it } from 'vitest';
import { sequentialIds } from '../model/id.ts';
import { type IdentityChanges, IdentityGraph, type IdentitySnapshot } from './identity-graph.ts';

const W = 'ws-1';
const T1 = new Date('2024-05-01T10:00:00Z');
const T2 = new Date('2024-05-01T10:05:00Z');
const T3 = new Date('2024-05-01T10:10:00Z');

/** A graph whose new persons are p-1, p-2, … in order of creation. */
const newGraph = () => new IdentityGraph(sequentialIds('p'));

const NO_CHANGES: IdentityChanges = { persons: [], links: [], moves: [], merges: [], traits: [] };

describe('IdentityGraph: stitching', () => {
  it('links an anonymous visitor to the user they identify as: one person throughout', () => {
    const g = newGraph();
    const browsing = g.resolve(W, null, 'anon-1', T1);
    const identified = g.resolve(W, 'user-1', 'anon-1', T2);

    expect(browsing).toBe('p-1');
    expect(identified).toBe('p-1');
    expect(g.personFor(W, 'user-1')).toBe('p-1');
    expect(g.resolve(W, 'user-1', null, T3)).toBe('p-1');
    expect(g.resolve(W, null, 'anon-1', T3)).toBe('p-1');
  });

  it('gives the first event carrying two unknown ids one person and links both ids', () => {
    const g = newGraph();
    expect(g.resolve(W, 'user-1', 'anon-1', T1)).toBe('p-1');
    expect(g.personFor(W, 'user-1')).toBe('p-1');
    expect(g.personFor(W, 'anon-1')).toBe('p-1');
    expect(g.takeChanges().persons).toHaveLength(1);
  });

  it('treats userId equal to anonymousId as one id', () => {
    const g = newGraph();
    expect(g.resolve(W, 'user-1', 'user-1', T1)).toBe('p-1');
    expect(g.takeChanges()).toEqual({
      ...NO_CHANGES,
      persons: [{ workspaceId: W, personId: 'p-1', createdAt: T1 }],
      links: [{ workspaceId: W, distinctId: 'user-1', personId: 'p-1', isUser: true }],
    });
  });

  it('knows nothing of ids it has not seen', () => {
    const g = newGraph();
    expect(g.personFor(W, 'anon-1')).toBeUndefined();
    expect(g.survivorOf('p-9')).toBe('p-9');
  });

  it('merges two known persons when an event links them; the userId person survives', () => {
    const g = newGraph();
    const anonymous = g.resolve(W, null, 'anon-1', T1); // browsing on a laptop
    const known = g.resolve(W, 'user-1', null, T2); // server-side order from the same user
    expect([anonymous, known]).toEqual(['p-1', 'p-2']);

    // The laptop session logs in: its person is merged into the user's.
    expect(g.resolve(W, 'user-1', 'anon-1', T3)).toBe('p-2');

    // Events already stored under p-1 keep that id; survivorOf maps them to p-2.
    expect(g.survivorOf('p-1')).toBe('p-2');
    expect(g.survivorOf('p-2')).toBe('p-2');
    expect(g.personFor(W, 'anon-1')).toBe('p-2');
    expect(g.resolve(W, null, 'anon-1', T3)).toBe('p-2');
  });

  it('alias (userId = new id, previousId = old id) merges the old id’s person into the new id’s', () => {
    const g = newGraph();
    expect(g.resolve(W, 'new-id', null, T1)).toBe('p-1');
    expect(g.resolve(W, 'old-id', null, T2)).toBe('p-2');

    expect(g.resolve(W, 'new-id', 'old-id', T3, true)).toBe('p-1'); // alias: explicit
    expect(g.survivorOf('p-2')).toBe('p-1');
    expect(g.personFor(W, 'old-id')).toBe('p-1');
  });

  it('follows chained merges: A into B, then B into C maps A to C', () => {
    const g = newGraph();
    const a = g.resolve(W, 'a', null, T1);
    const b = g.resolve(W, 'b', null, T1);
    const c = g.resolve(W, 'c', null, T1);

    expect(g.resolve(W, 'b', 'a', T2, true)).toBe(b);
    expect(g.resolve(W, 'c', 'b', T3, true)).toBe(c);

    expect(g.survivorOf(a)).toBe(c);
    expect(g.survivorOf(b)).toBe(c);
    expect(['a', 'b', 'c'].map((id) => g.personFor(W, id))).toEqual([c, c, c]);
  });

  it('keeps workspaces apart: the same distinct id is two persons in two workspaces', () => {
    const g = newGraph();
    expect(g.resolve('ws-1', null, 'anon-1', T1)).toBe('p-1');
    expect(g.resolve('ws-2', null, 'anon-1', T1)).toBe('p-2');

    g.resolve('ws-1', 'user-1', 'anon-1', T2);
    expect(g.personFor('ws-1', 'user-1')).toBe('p-1');
    expect(g.personFor('ws-2', 'user-1')).toBeUndefined();
    expect(g.personFor('ws-2', 'anon-1')).toBe('p-2');
    expect(g.survivorOf('p-2')).toBe('p-2');
  });
});

describe('IdentityGraph: changes', () => {
  it('hands over new persons, links, merges in order, and traits re-targeted to the survivor', () => {
    const g = newGraph();
    g.resolve(W, null, 'anon-1', T1);
    g.addTraits(W, 'p-1', { plan: 'free' });
    g.resolve(W, 'user-1', null, T2);
    g.resolve(W, 'user-1', 'anon-1', T3);
    g.addTraits(W, 'p-2', { email: 'ann@example.com' });

    expect(g.takeChanges()).toEqual({
      persons: [
        { workspaceId: W, personId: 'p-1', createdAt: T1 },
        { workspaceId: W, personId: 'p-2', createdAt: T2 },
      ],
      links: [
        { workspaceId: W, distinctId: 'anon-1', personId: 'p-1', isUser: false },
        { workspaceId: W, distinctId: 'user-1', personId: 'p-2', isUser: true },
      ],
      // anon-1 was already known, so the merge re-points it rather than adding it.
      moves: [{ workspaceId: W, distinctId: 'anon-1', personId: 'p-2' }],
      merges: [{ workspaceId: W, from: 'p-1', into: 'p-2' }],
      traits: [
        { workspaceId: W, personId: 'p-2', traits: { plan: 'free' } },
        { workspaceId: W, personId: 'p-2', traits: { email: 'ann@example.com' } },
      ],
    });
  });

  it('re-targets traits through a chain of merges in the same batch', () => {
    const g = newGraph();
    g.resolve(W, 'a', null, T1);
    g.addTraits(W, 'p-1', { source: 'a' });
    g.resolve(W, 'b', null, T1);
    g.resolve(W, 'c', null, T1);
    g.resolve(W, 'b', 'a', T2, true);
    g.resolve(W, 'c', 'b', T3, true);

    const changes = g.takeChanges();
    expect(changes.traits).toEqual([{ workspaceId: W, personId: 'p-3', traits: { source: 'a' } }]);
    expect(changes.merges).toEqual([
      { workspaceId: W, from: 'p-1', into: 'p-2' },
      { workspaceId: W, from: 'p-2', into: 'p-3' },
    ]);
  });

  it('hands each change over once', () => {
    const g = newGraph();
    g.resolve(W, null, 'anon-1', T1);
    g.takeChanges();
    expect(g.takeChanges()).toEqual(NO_CHANGES);

    // Resolving known ids again changes nothing.
    g.resolve(W, null, 'anon-1', T2);
    expect(g.takeChanges()).toEqual(NO_CHANGES);
  });

  it('keeps taken changes when a later batch rolls back', () => {
    const g = newGraph();
    g.resolve(W, null, 'anon-1', T1);
    g.takeChanges();
    g.rollback();
    expect(g.personFor(W, 'anon-1')).toBe('p-1');
  });
});

describe('IdentityGraph: rollback', () => {
  /** anon-1 → p-1 and user-1 → p-2, both committed. */
  const committedGraph = () => {
    const g = newGraph();
    g.resolve(W, null, 'anon-1', T1);
    g.resolve(W, 'user-1', null, T1);
    g.takeChanges();
    return g;
  };

  it('restores every lookup to its value before the failed batch and forgets new ids', () => {
    const g = committedGraph();
    g.resolve(W, 'user-1', 'anon-1', T2); // merges p-1 into p-2
    g.resolve(W, null, 'anon-2', T2); // new person p-3
    g.addTraits(W, 'p-2', { plan: 'pro' });

    g.rollback();

    expect(g.personFor(W, 'anon-1')).toBe('p-1');
    expect(g.personFor(W, 'user-1')).toBe('p-2');
    expect(g.personFor(W, 'anon-2')).toBeUndefined();
    expect(g.survivorOf('p-1')).toBe('p-1');
    expect(g.takeChanges()).toEqual(NO_CHANGES);
  });

  it('leaves the graph consistent: a later merge moves only the ids that are really linked', () => {
    const g = committedGraph();
    g.resolve(W, 'user-1', 'anon-1', T2);
    g.rollback();

    // p-2 (user-1 only, after the rollback) is merged into a new person p-3.
    expect(g.resolve(W, 'user-9', null, T3)).toBe('p-3');
    expect(g.resolve(W, 'user-9', 'user-1', T3, true)).toBe('p-3');
    expect(g.personFor(W, 'user-1')).toBe('p-3');
    expect(g.personFor(W, 'anon-1')).toBe('p-1');
    expect(g.survivorOf('p-1')).toBe('p-1');
  });

  it('restores an override that a rolled-back merge re-pointed', () => {
    const g = committedGraph();
    g.resolve(W, 'user-1', 'anon-1', T2); // p-1 into p-2
    g.takeChanges();
    g.resolve(W, 'user-3', null, T3); // p-3
    g.resolve(W, 'user-3', 'user-1', T3, true); // alias: p-2 into p-3, so p-1 → p-3
    expect(g.survivorOf('p-1')).toBe('p-3');

    g.rollback();

    expect(g.survivorOf('p-1')).toBe('p-2');
    expect(g.survivorOf('p-2')).toBe('p-2');
    expect(g.personFor(W, 'anon-1')).toBe('p-2');
    expect(g.personFor(W, 'user-1')).toBe('p-2');
    expect(g.personFor(W, 'user-3')).toBeUndefined();
  });

  it('forgets a rolled-back person merged into a committed one: a later merge does not carry it', () => {
    const g = newGraph();
    g.resolve(W, 'user-1', null, T1); // p-1
    g.takeChanges();
    g.resolve(W, null, 'anon-1', T2); // p-2, new in the failed batch
    g.resolve(W, 'user-1', 'anon-1', T2); // p-2 merged into p-1
    g.rollback();

    expect(g.resolve(W, null, 'anon-2', T3)).toBe('p-3');
    expect(g.resolve(W, 'user-9', null, T3)).toBe('p-4');
    expect(g.resolve(W, 'user-9', 'user-1', T3, true)).toBe('p-4'); // alias: p-1 into p-4

    expect(g.survivorOf('p-2')).toBe('p-2');
    expect(g.survivorOf('p-3')).toBe('p-3');
    expect(g.personFor(W, 'anon-1')).toBeUndefined();
    expect(g.personFor(W, 'anon-2')).toBe('p-3');
    expect(g.takeChanges().merges).toEqual([{ workspaceId: W, from: 'p-1', into: 'p-4' }]);
  });

  it('lets a retried batch produce the same merge again', () => {
    const g = committedGraph();
    expect(g.resolve(W, 'user-1', 'anon-1', T2)).toBe('p-2');
    g.rollback();

    expect(g.resolve(W, 'user-1', 'anon-1', T2)).toBe('p-2');
    expect(g.takeChanges()).toEqual({
      ...NO_CHANGES,
      moves: [{ workspaceId: W, distinctId: 'anon-1', personId: 'p-2' }],
      merges: [{ workspaceId: W, from: 'p-1', into: 'p-2' }],
    });
  });
});

describe('IdentityGraph.from', () => {
  // person-a was merged into person-b in an earlier run; person-c is another known user.
  const snapshot: IdentitySnapshot = {
    links: [
      { workspaceId: W, distinctId: 'anon-1', personId: 'person-b', isUser: false },
      { workspaceId: W, distinctId: 'user-1', personId: 'person-b', isUser: true },
      { workspaceId: W, distinctId: 'user-2', personId: 'person-c', isUser: true },
    ],
    overrides: [{ workspaceId: W, oldPersonId: 'person-a', personId: 'person-b' }],
  };

  it('restores links and overrides', () => {
    const g = IdentityGraph.from(snapshot, sequentialIds('p'));
    expect(g.personFor(W, 'anon-1')).toBe('person-b');
    expect(g.personFor(W, 'user-1')).toBe('person-b');
    expect(g.personFor(W, 'user-2')).toBe('person-c');
    expect(g.survivorOf('person-a')).toBe('person-b');
    expect(g.resolve(W, 'user-1', 'anon-1', T1)).toBe('person-b');
  });

  it('does not report the loaded state as changes, and a rollback keeps it', () => {
    const g = IdentityGraph.from(snapshot, sequentialIds('p'));
    g.rollback();
    expect(g.personFor(W, 'user-1')).toBe('person-b');
    expect(g.survivorOf('person-a')).toBe('person-b');
    expect(g.takeChanges()).toEqual(NO_CHANGES);
  });

  it('uses the given id generator for new persons', () => {
    const g = IdentityGraph.from(snapshot, sequentialIds('p'));
    expect(g.resolve(W, null, 'anon-9', T1)).toBe('p-1');
  });

  it('carries loaded overrides through a later merge', () => {
    const g = IdentityGraph.from(snapshot, sequentialIds('p'));
    expect(g.resolve(W, 'user-2', 'user-1', T1, true)).toBe('person-c');
    expect(g.survivorOf('person-a')).toBe('person-c');
    expect(g.survivorOf('person-b')).toBe('person-c');
    expect(g.personFor(W, 'anon-1')).toBe('person-c');
  });
});

describe('IdentityGraph.pendingChanges', () => {
  it('shows the changes without committing them, so a failed write can still roll back', () => {
    const g = newGraph();
    g.resolve(W, null, 'anon-1', T1);
    expect(g.pendingChanges().links).toEqual([
      { workspaceId: W, distinctId: 'anon-1', personId: 'p-1', isUser: false },
    ]);
    g.rollback(); // the write of those changes failed
    expect(g.personFor(W, 'anon-1')).toBeUndefined();
    expect(g.takeChanges()).toEqual(NO_CHANGES);
  });
});

describe('IdentityGraph: shared devices', () => {
  it('does not fuse two customers who log in from the same browser', () => {
    const g = newGraph();
    expect(g.resolve(W, 'ann', 'browser-1', T1)).toBe('p-1'); // Ann logs in
    // Bob logs in on the same computer later: same anonymousId, another customer.
    expect(g.resolve(W, 'bob', 'browser-1', T2)).toBe('p-2');
    expect(g.personFor(W, 'browser-1')).toBe('p-1');
    expect(g.personFor(W, 'bob')).toBe('p-2');
    expect(g.survivorOf('p-1')).toBe('p-1');
    expect(g.takeChanges().merges).toEqual([]);
  });

  it('does not merge two known customers on identify, but does on an explicit alias', () => {
    const g = newGraph();
    g.resolve(W, 'ann', 'browser-1', T1); // p-1, identified
    g.resolve(W, 'bob', null, T1); // p-2, identified
    expect(g.resolve(W, 'bob', 'browser-1', T2)).toBe('p-2');
    expect(g.survivorOf('p-1')).toBe('p-1');
    expect(g.resolve(W, 'bob', 'ann', T3, true)).toBe('p-2');
    expect(g.survivorOf('p-1')).toBe('p-2');
  });

  it('still merges an anonymous person into the customer they identify as', () => {
    const g = newGraph();
    g.resolve(W, null, 'phone-1', T1); // p-1, anonymous
    g.resolve(W, 'ann', 'laptop-1', T1); // p-2
    expect(g.resolve(W, 'ann', 'phone-1', T2)).toBe('p-2');
    expect(g.survivorOf('p-1')).toBe('p-2');
  });

  it('remembers who is identified across a restart', () => {
    const g = IdentityGraph.from(
      {
        links: [
          { workspaceId: W, distinctId: 'browser-1', personId: 'ann-p', isUser: false },
          { workspaceId: W, distinctId: 'ann', personId: 'ann-p', isUser: true },
        ],
        overrides: [],
      },
      sequentialIds('p'),
    );
    expect(g.resolve(W, 'bob', 'browser-1', T1)).toBe('p-1');
  });
});

describe('IdentityGraph: a bulk load’s traits', () => {
  // person-b is known before the load: user-1 and anon-1 are its ids.
  const known: IdentitySnapshot = {
    links: [
      { workspaceId: W, distinctId: 'anon-1', personId: 'person-b', isUser: false },
      { workspaceId: W, distinctId: 'user-1', personId: 'person-b', isUser: true },
    ],
    overrides: [],
  };
  const ids = ['user-1', 'anon-7', 'anon-8', 'user-9'];
  const code = (id: string) => ids.indexOf(id);
  const begin = () => {
    const g = IdentityGraph.from(known, sequentialIds('p'));
    g.beginBulk(W, { count: ids.length, text: (c) => ids[c]! }, 'bulk-');
    return g;
  };
  const at = T1.getTime();

  it('gives the new persons their patches by index and the known person its own, skipping repeats', () => {
    const g = begin();
    const first = g.resolveCodesToNumber(-1, code('anon-7'), at);
    const second = g.resolveCodesToNumber(-1, code('anon-8'), at);
    const knownPerson = g.resolveCodesToNumber(code('user-1'), -1, at);
    g.addBulkTraits(second, '{"plan":"pro"}');
    g.addBulkTraits(first, '{"plan":"free"}');
    g.addBulkTraits(first, '{"plan":"free"}'); // the same again: nothing new
    g.addBulkTraits(knownPerson, '{"email":"b@example.com"}');
    g.addBulkTraits(first, '{"plan":"team"}');
    expect(g.newcomers().traits).toEqual({
      persons: new Int32Array([1, 0, 0]),
      texts: ['{"plan":"pro"}', '{"plan":"free"}', '{"plan":"team"}'],
    });
    expect(g.pendingChanges().traits).toEqual([
      { workspaceId: W, personId: 'person-b', traits: '{"email":"b@example.com"}' },
    ]);
  });

  it('hands over the patches of a load of 300,000 persons that merges', () => {
    const many = Array.from({ length: 300_001 }, (_, i) => `a-${i}`);
    const g = IdentityGraph.from(known, sequentialIds('p'));
    g.beginBulk(W, { count: many.length, text: (c) => many[c]! }, 'bulk-');
    for (let code = 0; code < 300_000; code++)
      g.addBulkTraits(g.resolveCodesToNumber(-1, code, at), `{"n":${code}}`);
    // The last id links the first two persons: a merge, so every patch goes to the changes.
    g.resolveCodesToNumber(-1, 300_000, at);
    g.resolveCodesToNumber(0, 1, at, true);
    const traits = g.pendingChanges().traits;
    expect(traits).toHaveLength(300_000);
    expect(traits[1]).toEqual({ workspaceId: W, personId: traits[0]!.personId, traits: '{"n":1}' });
  });

  it('hands every patch to the changes, for the surviving person, once the load merges', () => {
    const g = begin();
    const anonymous = g.resolveCodesToNumber(-1, code('anon-7'), at);
    g.addBulkTraits(anonymous, '{"plan":"free"}');
    // user-9 identifies on anon-7's device, then an alias merges that person into person-b.
    const user = g.resolveCodesToNumber(code('user-9'), code('anon-7'), at);
    expect(user).toBe(anonymous);
    g.resolveCodesToNumber(code('user-1'), code('user-9'), at, true);
    g.addBulkTraits(anonymous, '{"plan":"pro"}');
    expect(g.newcomers().traits).toEqual({ persons: new Int32Array([]), texts: [] });
    expect(g.pendingChanges().traits).toEqual([
      { workspaceId: W, personId: 'person-b', traits: '{"plan":"free"}' },
      { workspaceId: W, personId: 'person-b', traits: '{"plan":"pro"}' },
    ]);
  });
});
