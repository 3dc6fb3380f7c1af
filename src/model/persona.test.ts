import { describe, expect, it } from 'vitest';
import { formatIssues } from './format-issue.ts';
import { PersonaSchema } from './persona.ts';

const retiree = {
  id: 'p-retiree',
  name: 'Pan Zbigniew, traditional retiree',
  photoUrl: 'https://example.com/zbigniew.jpg',
  quote: 'I want to talk to a person, not a bot.',
  demographics: {
    ageRange: { min: 65 },
    occupation: 'Retired teacher',
    location: 'Kraków',
    extra: { 'family status': 'Married, two grandchildren' },
  },
  goals: ['Buy a reliable TV'],
  frustrations: ['Confusing online forms', 'Slow support hotline'],
  preferredChannels: ['store', 'call_centre', 'tv'],
  segment: { match: 'all', conditions: [{ trait: 'age', op: 'gte', value: 65 }] },
};

const issuesOf = (input: unknown) => formatIssues(PersonaSchema.safeParse(input).error?.issues ?? []);

describe('PersonaSchema', () => {
  it('accepts a full persona unchanged', () => {
    expect(PersonaSchema.parse(retiree)).toEqual(retiree);
  });

  it('accepts a minimal persona with an emoji instead of a photo', () => {
    const minimal = {
      id: 'p1',
      name: 'Kasia',
      emoji: '👩‍💻',
      demographics: {},
      goals: [],
      frustrations: [],
      preferredChannels: [],
    };
    expect(PersonaSchema.parse(minimal)).toEqual(minimal);
  });

  it('checks the age range', () => {
    expect(issuesOf({ ...retiree, demographics: { ageRange: { min: 40, max: 30 } } })).toEqual([
      { path: 'demographics.ageRange.max', message: 'min must not be greater than max' },
    ]);
    expect(issuesOf({ ...retiree, demographics: { ageRange: {} } })[0]?.path).toBe('demographics.ageRange');
    expect(issuesOf({ ...retiree, demographics: { ageRange: { min: 20.5 } } })[0]?.path).toBe(
      'demographics.ageRange.min',
    );
  });

  it('rejects repeated channels, a non-http photo and unknown demographic fields', () => {
    expect(issuesOf({ ...retiree, preferredChannels: ['store', 'store'] })).toEqual([
      { path: 'preferredChannels', message: 'Channels must not repeat' },
    ]);
    expect(issuesOf({ ...retiree, photoUrl: 'javascript:alert(1)' })[0]?.path).toBe('photoUrl');
    expect(issuesOf({ ...retiree, demographics: { ...retiree.demographics, gender: 'm' } })).toEqual([
      { path: 'demographics.gender', message: 'Unknown field "gender"' },
    ]);
  });

  it('validates the segment rule in place', () => {
    const bad = {
      ...retiree,
      segment: { match: 'all', conditions: [{ trait: 'age', op: 'between', value: 1 }] },
    };
    expect(issuesOf(bad)[0]?.path).toBe('segment.conditions[0].op');
  });
});
