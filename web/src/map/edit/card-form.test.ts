import { describe, expect, it } from 'vitest';
import { cardOf, filterOf, formOf, newCardForm } from './card-form.ts';

describe('card form', () => {
  it('reads a new touchpoint bound to an event with a filter and a channel', () => {
    const form = {
      ...newCardForm('touchpoint', 's1', 'tp1'),
      name: 'Checkout',
      channel: 'web' as const,
      owner: ' E-commerce team ',
      binding: {
        event: 'Order Completed',
        channel: 'app' as const,
        where: [{ property: 'plan', op: 'eq' as const, value: 'pro' }],
      },
    };
    expect(cardOf(form)).toEqual({
      ok: true,
      card: {
        id: 'tp1',
        stageId: 's1',
        channel: 'web',
        name: 'Checkout',
        owner: 'E-commerce team',
        event: {
          event: 'Order Completed',
          channel: 'app',
          where: [{ property: 'plan', op: 'eq', value: 'pro' }],
        },
      },
    });
  });

  it('says what is missing instead of making an invalid card', () => {
    const result = cardOf(newCardForm('goal', 's1', 'g1'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]!.field).toBe('text');
  });

  it('reads emotion scores, pain point severities and KPI targets', () => {
    expect(cardOf({ ...newCardForm('emotion', 's1', 'e1'), score: '-2' })).toEqual({
      ok: true,
      card: { id: 'e1', lane: 'emotion', stageId: 's1', score: -2 },
    });
    expect(
      cardOf({ ...newCardForm('pain_point', 's1', 'p1'), text: 'Slow', severity: 'high' }),
    ).toMatchObject({
      ok: true,
      card: { severity: 'high', text: 'Slow' },
    });
    const kpi = {
      ...newCardForm('kpi', 's1', 'k1'),
      name: 'Abandonment',
      definition: 'Carts left',
      target: '60',
      unit: '%',
    };
    expect(cardOf(kpi)).toMatchObject({ ok: true, card: { target: 60, unit: '%' } });
    expect(cardOf({ ...kpi, target: 'below 60' })).toMatchObject({ ok: true, card: { target: 'below 60' } });
    expect(cardOf({ ...newCardForm('emotion', 's1', 'e1'), score: '3' }).ok).toBe(false);
  });

  it('round-trips an existing card through the form, keeping fields the form does not show', () => {
    const goal = { id: 'g1', lane: 'goal' as const, stageId: 'a', touchpointId: 'tp-a', text: 'Find a gift' };
    expect(cardOf(formOf(goal))).toEqual({ ok: true, card: goal });
    const tp = {
      id: 'tp',
      stageId: 'a',
      channel: 'store' as const,
      name: 'Till',
      description: 'Paying at the till',
      event: { event: 'Paid', where: [{ property: 'items', op: 'in' as const, value: ['a', 'b'] }] },
    };
    expect(cardOf(formOf(tp))).toEqual({ ok: true, card: tp });
  });

  it('types filter values by operator', () => {
    expect(filterOf({ property: 'n', op: 'gt', value: '5' })).toEqual({ property: 'n', op: 'gt', value: 5 });
    expect(filterOf({ property: 'd', op: 'lt', value: '2026-01-01' })).toEqual({
      property: 'd',
      op: 'lt',
      value: '2026-01-01',
    });
    expect(filterOf({ property: 'n', op: 'eq', value: '42' })).toEqual({
      property: 'n',
      op: 'eq',
      value: '42',
    });
    expect(filterOf({ property: 'x', op: 'in', value: 'a, b,,c' })).toEqual({
      property: 'x',
      op: 'in',
      value: ['a', 'b', 'c'],
    });
    expect(filterOf({ property: 'x', op: 'is_set', value: 'ignored' })).toEqual({
      property: 'x',
      op: 'is_set',
    });
  });
});

describe('card form for a custom lane', () => {
  it('reads a text card into the lane named by the form’s kind, and shows it again', () => {
    const form = { ...newCardForm('custom:backstage', 's1', 'c1'), text: 'Courier booked' };
    const result = cardOf(form);
    expect(result).toEqual({
      ok: true,
      card: { id: 'c1', lane: 'custom', laneId: 'backstage', stageId: 's1', text: 'Courier booked' },
    });
    if (!result.ok) return;
    const shown = formOf(result.card);
    expect(shown.kind).toBe('custom:backstage');
    expect(shown.text).toBe('Courier booked');
  });

  it('says a custom card needs its text', () => {
    const result = cardOf(newCardForm('custom:backstage', 's1', 'c1'));
    expect(result).toEqual({ ok: false, issues: [{ field: 'text', message: 'Must not be blank' }] });
  });
});
