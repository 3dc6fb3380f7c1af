import { describe, expect, it } from 'vitest';
import { BasketSpecSchema } from '../../../src/analytics/spec/basket-spec.ts';
import { type BasketForm, buildBasketSpec, initialBasketForm } from './basket-form.ts';

const EVENTS = [
  { event: '$page', count: 2000, properties: [] },
  { event: 'Order Completed', count: 148, properties: ['products'] },
];
const form = (patch: Partial<BasketForm>): BasketForm => ({ ...initialBasketForm(EVENTS), ...patch });

describe('buildBasketSpec', () => {
  it('starts from Order Completed with the API thresholds (1 %, 50 %) and lift above chance', () => {
    expect(buildBasketSpec(form({}))).toEqual({
      ok: true,
      spec: {
        type: 'basket',
        purchase: { event: 'Order Completed' },
        basket: { by: 'event' },
        minSupport: 0.01,
        minConfidence: 0.5,
        minLift: 1,
      },
    });
  });

  it('turns percentages into the shares the spec takes, without floating-point crumbs', () => {
    const built = buildBasketSpec(
      form({ minSupportPercent: 2.3, minConfidencePercent: 0, basketBy: 'person' }),
    );
    expect(built.ok && built.spec).toMatchObject({
      minSupport: 0.023,
      minConfidence: 0,
      basket: { by: 'person' },
    });
    expect(built.ok && BasketSpecSchema.safeParse(built.spec).success).toBe(true);
  });

  it('names items by another product field when asked, e.g. per category', () => {
    const built = buildBasketSpec(form({ itemKey: 'category' }));
    expect(built.ok && built.spec.items).toEqual({ from: 'products', list: 'products', key: 'category' });
    expect(built.ok && BasketSpecSchema.safeParse(built.spec).success).toBe(true);
  });

  it('leaves the lift threshold out when the field is empty', () => {
    const built = buildBasketSpec(form({ minLift: Number.NaN }));
    expect(built.ok && 'minLift' in built.spec).toBe(false);
  });

  it('refuses what the API would: support 0 or above 100 %, confidence outside 0–100 %, negative lift', () => {
    expect(buildBasketSpec(form({ minSupportPercent: 0 }))).toEqual({
      ok: false,
      problems: ['supportInvalid'],
    });
    expect(
      buildBasketSpec(
        form({ purchase: '', minSupportPercent: 101, minConfidencePercent: -1, minLift: -0.5 }),
      ),
    ).toEqual({
      ok: false,
      problems: ['purchaseMissing', 'supportInvalid', 'confidenceInvalid', 'liftInvalid'],
    });
    expect(buildBasketSpec(form({ minSupportPercent: Number.NaN })).ok).toBe(false);
  });
});
