import { describe, expect, it } from 'vitest';
import type { Persona } from '../../../../src/model/index.ts';
import { linesOf, newPersonaForm, type PersonaForm, personaFormOf, personaOf } from './persona-form.ts';

const form = (patch: Partial<PersonaForm>): PersonaForm => ({ ...newPersonaForm('p1'), ...patch });

describe('personaOf', () => {
  it('reads a filled-in form into a persona, one goal and frustration per line', () => {
    const result = personaOf(
      form({
        name: ' Busy parent ',
        emoji: '👩‍👧',
        quote: 'I shop between meetings.',
        ageMin: '30',
        ageMax: '45',
        occupation: 'Nurse',
        goals: 'Order in minutes\n\n Free delivery ',
        frustrations: 'Slow checkout',
        channels: ['app', 'email'],
        match: 'any',
        conditions: [
          { trait: 'kids', op: 'gte', value: '1' },
          { trait: 'plan', op: 'in', value: 'pro, team' },
        ],
      }),
    );
    expect(result).toEqual({
      ok: true,
      persona: {
        id: 'p1',
        name: 'Busy parent',
        emoji: '👩‍👧',
        quote: 'I shop between meetings.',
        demographics: { ageRange: { min: 30, max: 45 }, occupation: 'Nurse' },
        goals: ['Order in minutes', 'Free delivery'],
        frustrations: ['Slow checkout'],
        preferredChannels: ['app', 'email'],
        segment: {
          match: 'any',
          conditions: [
            { trait: 'kids', op: 'gte', value: 1 },
            { trait: 'plan', op: 'in', value: ['pro', 'team'] },
          ],
        },
      },
    });
  });

  it('keeps only the chosen avatar: a photo address replaces the emoji', () => {
    const result = personaOf(form({ name: 'Ola', avatar: 'photo', photoUrl: 'https://example.com/ola.jpg' }));
    expect(result.ok && result.persona.photoUrl).toBe('https://example.com/ola.jpg');
    expect(result.ok && result.persona.emoji).toBeUndefined();
  });

  it('says what is wrong, by field, instead of making a persona', () => {
    const result = personaOf(
      form({ name: '', avatar: 'photo', photoUrl: 'ftp://x', ageMin: '50', ageMax: '20' }),
    );
    expect(result.ok).toBe(false);
    const fields = result.ok ? [] : result.issues.map((i) => i.field);
    expect(fields).toContain('name');
    expect(fields).toContain('photoUrl');
    expect(fields).toContain('demographics.ageRange.max'); // min 50 > max 20
  });

  it('refuses a segment condition without a trait name', () => {
    const result = personaOf(form({ name: 'X', conditions: [{ trait: '', op: 'eq', value: 'a' }] }));
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.issues.map((i) => i.field)).toContain('segment.conditions.0.trait');
  });
});

describe('personaFormOf', () => {
  it('round-trips a persona through the form unchanged, extra demographics included', () => {
    const persona: Persona = {
      id: 'p2',
      name: 'Retiree',
      photoUrl: 'https://example.com/r.png',
      demographics: { ageRange: { min: 65 }, location: 'Kraków', extra: { device: 'tablet' } },
      goals: ['Personal service'],
      frustrations: [],
      preferredChannels: ['store'],
      segment: { match: 'all', conditions: [{ trait: 'age', op: 'is_set' }] },
    };
    expect(personaOf(personaFormOf(persona))).toEqual({ ok: true, persona });
  });
});

describe('linesOf', () => {
  it('drops blank lines and trims the rest', () => {
    expect(linesOf(' a \n\n\tb\n')).toEqual(['a', 'b']);
  });
});
