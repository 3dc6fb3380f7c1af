import { describe, expect, it } from 'vitest';
import { parseQuerySpec } from './query-spec.ts';

const errorsOf = (input: Record<string, unknown>) => {
  const r = parseQuerySpec({ type: 'attribution', conversion: { event: 'Order Completed' }, ...input });
  return r.ok ? [] : r.errors;
};

describe('attribution spec', () => {
  it('defaults: every model, order 1, channel touches, 30-day lookback, 100 bootstrap iterations', () => {
    const r = parseQuerySpec({ type: 'attribution', conversion: { event: 'Order Completed' } });
    expect(r.ok).toBe(true);
    if (!r.ok || r.spec.type !== 'attribution') return;
    expect(r.spec.models).toEqual([
      'first_touch',
      'last_touch',
      'last_non_direct',
      'linear',
      'time_decay',
      'position_based',
      'markov',
      'shapley',
    ]);
    expect(r.spec.source).toBe('events');
    expect(r.spec.order).toBe(1);
    expect(r.spec.touch).toEqual({ by: 'channel' });
    expect(r.spec.lookback).toEqual({ value: 30, unit: 'day' });
    expect(r.spec.positionBased).toEqual({ first: 0.4, last: 0.4 });
    expect(r.spec.bootstrap).toEqual({ iterations: 100, confidence: 0.95, seed: 1 });
  });

  it('names the field of an unknown model, an order out of range and a bad setting', () => {
    expect(errorsOf({ models: ['markov', 'last_click'] })).toEqual([
      {
        path: 'models[1]',
        message:
          'Must be one of: first_touch, last_touch, last_non_direct, linear, time_decay, position_based, markov, shapley',
      },
    ]);
    expect(errorsOf({ order: 5 })).toEqual([{ path: 'order', message: 'Must be at most 4' }]);
    expect(errorsOf({ order: 0 })).toEqual([{ path: 'order', message: 'Must be at least 1' }]);
    expect(errorsOf({ order: 1.5 })).toEqual([{ path: 'order', message: 'Must be a whole number' }]);
    expect(errorsOf({ models: ['linear', 'linear'] })).toEqual([
      { path: 'models', message: 'Must not name a model twice' },
    ]);
    expect(errorsOf({ positionBased: { first: 0.6, last: 0.6 } })).toEqual([
      { path: 'positionBased.last', message: 'first + last must be at most 1' },
    ]);
    expect(errorsOf({ bootstrap: { confidence: 1 } })).toEqual([
      { path: 'bootstrap.confidence', message: 'Must be less than 1' },
    ]);
    expect(errorsOf({ touch: { by: 'utm' } })).toEqual([
      { path: 'touch.by', message: 'Must be one of: channel, event, property, campaign, touchpoint' },
    ]);
  });

  it('needs a conversion for events and rows for a path table, and names bad rows', () => {
    expect(parseQuerySpec({ type: 'attribution' })).toEqual({
      ok: false,
      errors: [{ path: 'conversion', message: 'Is required with source "events"' }],
    });
    expect(parseQuerySpec({ type: 'attribution', source: 'paths' })).toEqual({
      ok: false,
      errors: [{ path: 'paths', message: 'Is required with source "paths"' }],
    });
    expect(
      parseQuerySpec({
        type: 'attribution',
        source: 'paths',
        paths: [{ path: 'a', conversions: 1 }],
        timeDecay: { halfLife: 7, unit: 'day' },
      }),
    ).toEqual({
      ok: false,
      errors: [
        { path: 'timeDecay.unit', message: 'Must be "touch" with source "paths": a path table has no times' },
      ],
    });
    const bad = parseQuerySpec({
      type: 'attribution',
      source: 'paths',
      paths: [
        { path: 'search > email', conversions: 3 },
        { path: 'search >  > email', conversions: 1 },
        { path: ' ', conversions: 1 },
        { path: 'direct', conversions: -1 },
        { path: 'direct', conversions: 'many' },
      ],
    });
    expect(bad).toEqual({
      ok: false,
      errors: [
        {
          path: 'paths[1].path',
          message:
            'Is not a path: empty channel at position 2 of path "search >  > email" (two ">" in a row, or one at an end)',
        },
        { path: 'paths[2].path', message: 'Is not a path: empty path' },
        { path: 'paths[3].conversions', message: 'Must not be negative' },
        { path: 'paths[4].conversions', message: 'Must be a number' },
      ],
    });
  });
});
