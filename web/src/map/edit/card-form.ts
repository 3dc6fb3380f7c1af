import {
  type Channel,
  type ConditionOp,
  customLaneId,
  type EventBinding,
  isCustomLaneKey,
  type LaneItem,
  LaneItemSchema,
  type PropertyFilter,
  type Severity,
  type Touchpoint,
  TouchpointSchema,
} from '../../../../src/model/index.ts';
import type { GridLane } from '../grid-layout.ts';

/** One property test as typed in the form; `value` is text until `cardOf` reads it. */
export interface FilterForm {
  property: string;
  op: ConditionOp;
  value: string;
}

export interface BindingForm {
  event: string;
  /** '' for any channel. */
  channel: Channel | '';
  where: FilterForm[];
}

/**
 * What the card dialog edits: every field of every kind of card, as form values. Fields a kind
 * does not have are ignored by `cardOf`; fields the form does not show (a description, a
 * touchpoint pin) are kept from `original`.
 */
export interface CardForm {
  /** The card's row: `touchpoint`, a built-in lane, or `custom:<lane id>` (a text card). */
  kind: GridLane;
  id: string;
  stageId: string;
  original?: Touchpoint | LaneItem;
  name: string;
  channel: Channel;
  owner: string;
  text: string;
  score: string;
  severity: Severity;
  definition: string;
  target: string;
  unit: string;
  binding: BindingForm | null;
}

const EMPTY = {
  name: '',
  channel: 'web',
  owner: '',
  text: '',
  score: '0',
  severity: 'medium',
  definition: '',
  target: '',
  unit: '',
  binding: null,
} as const satisfies Partial<CardForm>;

/** The form for a new card of `kind` in a stage. */
export function newCardForm(kind: GridLane, stageId: string, id: string): CardForm {
  return { kind, id, stageId, ...EMPTY };
}

/** The form showing an existing card. */
export function formOf(card: Touchpoint | LaneItem): CardForm {
  const base = { id: card.id, stageId: card.stageId, original: card, ...EMPTY };
  if (!('lane' in card)) {
    return {
      ...base,
      kind: 'touchpoint',
      name: card.name,
      channel: card.channel,
      owner: card.owner ?? '',
      binding: card.event ? bindingFormOf(card.event) : null,
    };
  }
  switch (card.lane) {
    case 'emotion':
      return { ...base, kind: card.lane, score: String(card.score), text: card.text ?? '' };
    case 'pain_point':
      return { ...base, kind: card.lane, text: card.text, severity: card.severity };
    case 'kpi':
      return {
        ...base,
        kind: card.lane,
        name: card.name,
        definition: card.definition,
        target: card.target === undefined ? '' : String(card.target),
        unit: card.unit ?? '',
      };
    case 'desired_action':
    case 'completed_action':
      return {
        ...base,
        kind: card.lane,
        text: card.text,
        binding: card.event ? bindingFormOf(card.event) : null,
      };
    case 'custom':
      return { ...base, kind: `custom:${card.laneId}`, text: card.text };
    default:
      return { ...base, kind: card.lane, text: card.text };
  }
}

function bindingFormOf(binding: EventBinding): BindingForm {
  return {
    event: binding.event,
    channel: binding.channel ?? '',
    where: binding.where.map((f) => ({
      property: f.property,
      op: f.op,
      value: 'value' in f ? (Array.isArray(f.value) ? f.value.join(', ') : String(f.value)) : '',
    })),
  };
}

export type CardResult =
  | { ok: true; card: Touchpoint | LaneItem }
  | { ok: false; issues: { field: string; message: string }[] };

/**
 * Reads the form into a card and checks it with the model's schema, so the dialog can say
 * what is wrong before anything reaches the map. Empty optional fields are left out; a KPI
 * target that reads as a number is stored as one (`'60'` → `60`).
 * Example: `cardOf({ ...newCardForm('goal', 's1', 'g1'), text: 'Find a gift' })`
 * → `{ ok: true, card: { id: 'g1', lane: 'goal', stageId: 's1', text: 'Find a gift' } }`.
 */
export function cardOf(form: CardForm): CardResult {
  const kept = form.original && 'lane' in form.original ? pick(form.original) : {};
  let candidate: unknown;
  if (form.kind === 'touchpoint') {
    const original = form.original && !('lane' in form.original) ? form.original : undefined;
    candidate = {
      id: form.id,
      stageId: form.stageId,
      channel: form.channel,
      name: form.name,
      ...(original?.description !== undefined && { description: original.description }),
      ...(form.owner.trim() !== '' && { owner: form.owner.trim() }),
      ...(form.binding && { event: bindingOf(form.binding) }),
    };
    return checked(TouchpointSchema.safeParse(candidate));
  }
  if (isCustomLaneKey(form.kind)) {
    const base = { id: form.id, lane: 'custom', laneId: customLaneId(form.kind), stageId: form.stageId };
    return checked(LaneItemSchema.safeParse({ ...base, ...kept, text: form.text }));
  }
  const lane = form.kind;
  const base = { id: form.id, lane, stageId: form.stageId, ...kept };
  switch (lane) {
    case 'emotion':
      candidate = { ...base, score: Number(form.score), ...(form.text.trim() !== '' && { text: form.text }) };
      break;
    case 'pain_point':
      candidate = { ...base, text: form.text, severity: form.severity };
      break;
    case 'kpi': {
      const target = form.target.trim();
      candidate = {
        ...base,
        name: form.name,
        definition: form.definition,
        ...(target !== '' && { target: Number.isFinite(Number(target)) ? Number(target) : target }),
        ...(form.unit.trim() !== '' && { unit: form.unit.trim() }),
      };
      break;
    }
    case 'desired_action':
    case 'completed_action':
      candidate = { ...base, text: form.text, ...(form.binding && { event: bindingOf(form.binding) }) };
      break;
    default:
      candidate = { ...base, text: form.text };
  }
  return checked(LaneItemSchema.safeParse(candidate));
}

function pick(item: LaneItem): { touchpointId?: string } {
  return item.touchpointId === undefined ? {} : { touchpointId: item.touchpointId };
}

function checked(
  parsed:
    | { success: true; data: Touchpoint | LaneItem }
    | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } },
): CardResult {
  if (parsed.success) return { ok: true, card: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((i) => ({ field: i.path.map(String).join('.'), message: i.message })),
  };
}

/** The binding as the model stores it; invalid values are left for the schema to report. */
export function bindingOf(form: BindingForm): EventBinding {
  return {
    event: form.event,
    where: form.where.map(filterOf),
    ...(form.channel !== '' && { channel: form.channel }),
  };
}

/**
 * A filter's typed value: a comma-separated list for `in`/`not_in`, a number for comparisons
 * when it reads as one (ISO dates stay text and compare as text), none for `is_set`, text
 * otherwise — `eq '42'` matches the string "42", as the property was recorded.
 */
export function filterOf({ property, op, value }: FilterForm): PropertyFilter {
  switch (op) {
    case 'is_set':
    case 'is_not_set':
      return { property, op };
    case 'in':
    case 'not_in':
      return {
        property,
        op,
        value: value
          .split(',')
          .map((v) => v.trim())
          .filter((v) => v !== ''),
      };
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte':
      return {
        property,
        op,
        value: value.trim() !== '' && Number.isFinite(Number(value)) ? Number(value) : value,
      };
    default:
      return { property, op, value };
  }
}
