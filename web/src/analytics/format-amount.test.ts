import { describe, expect, it } from 'vitest';
import { formatAmount } from './format-amount.ts';

describe('formatAmount', () => {
  it('writes two decimals with the language’s separators', () => {
    expect(formatAmount(16234.4, 'en')).toBe('16,234.40');
    // Polish groups thousands with a (narrow) no-break space and uses a decimal comma (CLDR).
    expect(formatAmount(16234.4, 'pl').replace(/\s/g, ' ')).toBe('16 234,40');
    expect(formatAmount(0, 'en')).toBe('0.00');
    expect(formatAmount(null, 'en')).toBe('—');
  });
});
