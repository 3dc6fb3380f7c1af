import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { createMapFromTemplate } from './create-map-from-template.ts';
import { sequentialIds } from './id.ts';
import { JourneyMapSchema } from './journey-map.ts';

const now = new Date(Date.UTC(2025, 4, 6, 8, 0, 0));

describe('createMapFromTemplate', () => {
  it('builds a Polish five-stage map deterministically', () => {
    const map = createMapFromTemplate({
      template: 'five_stage',
      locale: 'pl',
      workspaceId: 'ws-1',
      now,
      idGenerator: sequentialIds('x'),
    });
    expect(map).toMatchObject({
      schemaVersion: 1,
      id: 'x-1',
      workspaceId: 'ws-1',
      name: 'Mapa ścieżki klienta',
      kind: 'current_state',
      locale: 'pl',
      personas: [],
      touchpoints: [],
      laneItems: [],
      createdAt: '2025-05-06T08:00:00.000Z',
      updatedAt: '2025-05-06T08:00:00.000Z',
      revision: 1,
    });
    expect(map.stages.map(({ id, name, templateKey }) => [id, name, templateKey])).toEqual([
      ['x-2', 'Świadomość', 'awareness'],
      ['x-3', 'Rozważanie', 'consideration'],
      ['x-4', 'Zakup', 'purchase'],
      ['x-5', 'Utrzymanie', 'retention'],
      ['x-6', 'Rekomendacja', 'advocacy'],
    ]);
    expect(map.stages[3]?.description).toBe(
      'Po zakupie klient korzysta z produktu, otrzymuje wsparcie i decyduje, czy kupić ponownie.',
    );
  });

  it('builds an English 5A future-state map with a given name', () => {
    const map = createMapFromTemplate({
      template: 'five_a',
      locale: 'en',
      workspaceId: 'ws-1',
      name: 'Loyalty programme, target',
      kind: 'future_state',
      now,
    });
    expect(map.name).toBe('Loyalty programme, target');
    expect(map.kind).toBe('future_state');
    expect(map.stages.map((s) => s.name)).toEqual(['Aware', 'Appeal', 'Ask', 'Act', 'Advocate']);
    expect(map.stages[0]?.description).toBe(
      'The customer is passively exposed to many brands through past experience, marketing and the opinions of others.',
    );
    expect(new Set([map.id, ...map.stages.map((s) => s.id)]).size).toBe(6);
  });

  it('builds path-to-purchase in both languages and a blank map', () => {
    const en = createMapFromTemplate({ template: 'path_to_purchase', locale: 'en', workspaceId: 'w' });
    const pl = createMapFromTemplate({ template: 'path_to_purchase', locale: 'pl', workspaceId: 'w' });
    expect(en.stages.map((s) => s.name)).toEqual(['Awareness', 'Consideration', 'Purchase', 'Post-purchase']);
    expect(pl.stages.map((s) => s.name)).toEqual(['Świadomość', 'Rozważanie', 'Zakup', 'Po zakupie']);
    const blank = createMapFromTemplate({ template: 'blank', locale: 'pl', workspaceId: 'w' });
    expect(blank.stages).toEqual([]);
    expect(blank.name).toBe('Mapa bez tytułu');
  });

  it('gives the same map for the same inputs, and a valid one', () => {
    const make = () =>
      createMapFromTemplate({
        template: 'five_stage',
        locale: 'en',
        workspaceId: 'w',
        now,
        idGenerator: sequentialIds(),
      });
    expect(make()).toStrictEqual(make());
    expect(JourneyMapSchema.safeParse(make()).success).toBe(true);
  });

  it('throws on an invalid workspace id or a blank name', () => {
    expect(() => createMapFromTemplate({ template: 'blank', locale: 'en', workspaceId: 'a b' })).toThrow(
      ZodError,
    );
    expect(() =>
      createMapFromTemplate({ template: 'blank', locale: 'en', workspaceId: 'w', name: ' ' }),
    ).toThrow(ZodError);
  });
});
