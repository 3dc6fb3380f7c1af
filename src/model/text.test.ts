import { describe, expect, it } from 'vitest';
import { DescriptionSchema, NameSchema, TextSchema } from './text.ts';

describe('text fields', () => {
  it('keep values exactly as given (no trimming)', () => {
    expect(NameSchema.parse('  Awareness ')).toBe('  Awareness ');
  });

  it('reject blank names and notes', () => {
    expect(NameSchema.safeParse('').success).toBe(false);
    expect(NameSchema.safeParse('   ').success).toBe(false);
    expect(TextSchema.safeParse('\n\t').success).toBe(false);
  });

  it('enforce length limits', () => {
    expect(NameSchema.safeParse('x'.repeat(200)).success).toBe(true);
    expect(NameSchema.safeParse('x'.repeat(201)).success).toBe(false);
    expect(TextSchema.safeParse('x'.repeat(2_001)).success).toBe(false);
  });

  it('allow an empty description', () => {
    expect(DescriptionSchema.parse('')).toBe('');
  });
});
