import {
  type Channel,
  type ConditionOp,
  type Persona,
  PersonaSchema,
  type TraitCondition,
} from '../../../../src/model/index.ts';
import { filterOf } from '../edit/card-form.ts';

/** One segment-rule test as typed in the form; `value` is text until `personaOf` reads it. */
export interface ConditionForm {
  trait: string;
  op: ConditionOp;
  value: string;
}

/**
 * What the persona dialog edits, as form values. Goals and frustrations are one per line; a
 * persona is shown by a photo (an http(s) address) or an emoji, whichever `avatar` says; the
 * segment rule is off when it has no conditions. Fields the form does not show (extra
 * demographics) are kept from `original`.
 */
export interface PersonaForm {
  id: string;
  original?: Persona;
  name: string;
  avatar: 'emoji' | 'photo';
  emoji: string;
  photoUrl: string;
  quote: string;
  ageMin: string;
  ageMax: string;
  occupation: string;
  location: string;
  income: string;
  goals: string;
  frustrations: string;
  channels: Channel[];
  match: 'all' | 'any';
  conditions: ConditionForm[];
}

/** A blank persona with a friendly default emoji. */
export function newPersonaForm(id: string): PersonaForm {
  return {
    id,
    name: '',
    avatar: 'emoji',
    emoji: '🙂',
    photoUrl: '',
    quote: '',
    ageMin: '',
    ageMax: '',
    occupation: '',
    location: '',
    income: '',
    goals: '',
    frustrations: '',
    channels: [],
    match: 'all',
    conditions: [],
  };
}

/** The form showing an existing persona. */
export function personaFormOf(p: Persona): PersonaForm {
  const d = p.demographics;
  return {
    id: p.id,
    original: p,
    name: p.name,
    avatar: p.photoUrl ? 'photo' : 'emoji',
    emoji: p.emoji ?? '',
    photoUrl: p.photoUrl ?? '',
    quote: p.quote ?? '',
    ageMin: d.ageRange?.min === undefined ? '' : String(d.ageRange.min),
    ageMax: d.ageRange?.max === undefined ? '' : String(d.ageRange.max),
    occupation: d.occupation ?? '',
    location: d.location ?? '',
    income: d.income ?? '',
    goals: p.goals.join('\n'),
    frustrations: p.frustrations.join('\n'),
    channels: [...p.preferredChannels],
    match: p.segment?.match ?? 'all',
    conditions: (p.segment?.conditions ?? []).map((c) => ({
      trait: c.trait,
      op: c.op,
      value: 'value' in c ? (Array.isArray(c.value) ? c.value.join(', ') : String(c.value)) : '',
    })),
  };
}

/** Non-blank lines, trimmed: `'a\n\n b '` → `['a', 'b']`. */
export function linesOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** A whole number when the text is one, else the text itself for the schema to refuse. */
const ageOf = (text: string): number | string | undefined => {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
};

const optional = (key: string, text: string) => (text.trim() === '' ? {} : { [key]: text.trim() });

/** A condition's typed value, read as touchpoint filters read theirs (card-form.ts `filterOf`). */
export function conditionOf(form: ConditionForm): TraitCondition {
  const { property, ...rest } = filterOf({ property: form.trait.trim(), op: form.op, value: form.value });
  return { trait: property, ...rest } as TraitCondition;
}

export type PersonaResult =
  | { ok: true; persona: Persona }
  | { ok: false; issues: { field: string; message: string }[] };

/**
 * Reads the form into a persona and checks it with the model's schema, so the dialog says what
 * is wrong before anything reaches the map. Empty optional fields are left out; only the chosen
 * avatar (photo or emoji) is kept.
 * Example: `personaOf({ ...newPersonaForm('p1'), name: 'Ola', goals: 'Fast delivery' })` →
 * `{ ok: true, persona: { id: 'p1', name: 'Ola', emoji: '🙂', demographics: {}, goals:
 * ['Fast delivery'], frustrations: [], preferredChannels: [] } }`.
 */
export function personaOf(form: PersonaForm): PersonaResult {
  const min = ageOf(form.ageMin);
  const max = ageOf(form.ageMax);
  const ageRange =
    min === undefined && max === undefined
      ? {}
      : { ageRange: { ...(min !== undefined && { min }), ...(max !== undefined && { max }) } };
  const extra = form.original?.demographics.extra;
  const candidate = {
    id: form.id,
    name: form.name.trim(),
    ...(form.avatar === 'photo' ? optional('photoUrl', form.photoUrl) : optional('emoji', form.emoji)),
    ...optional('quote', form.quote),
    demographics: {
      ...ageRange,
      ...optional('occupation', form.occupation),
      ...optional('location', form.location),
      ...optional('income', form.income),
      ...(extra && { extra }),
    },
    goals: linesOf(form.goals),
    frustrations: linesOf(form.frustrations),
    preferredChannels: form.channels,
    ...(form.conditions.length > 0 && {
      segment: { match: form.match, conditions: form.conditions.map(conditionOf) },
    }),
  };
  const parsed = PersonaSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, persona: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((i) => ({ field: i.path.map(String).join('.'), message: i.message })),
  };
}
