import type { Translate } from '../figure-text.ts';
import { laneName } from '../lane-name.ts';
import type { FieldChange, Move } from './version-diff.ts';

const MAX_CHARS = 160;
const clip = (s: string) => (s.length > MAX_CHARS ? `${s.slice(0, MAX_CHARS - 1)}…` : s);

// Fields whose values are codes with a text of their own in the locale files.
const CODED: Record<string, string> = {
  channel: 'channels',
  preferredChannels: 'channels',
  kind: 'mapKind',
  severity: 'severity',
  locale: 'mapLanguage',
  lane: 'lanes',
  visibility: 'diff.visibility',
};

/**
 * A field's value as a reader sees it: texts quoted, codes (channel, kind, severity, language)
 * in words, an event binding by its event, lists joined, "(none)" for a value not set.
 * Example (en): `describeValue('channel', 'call_centre', t)` → `Call centre`.
 */
export function describeValue(field: string, value: unknown, t: Translate): string {
  if (value === undefined || value === null || value === '') return t('diff.noValue');
  const group = CODED[field];
  if (Array.isArray(value)) {
    if (value.length === 0) return t('diff.noValue');
    return clip(value.map((v) => (group ? t(`${group}.${String(v)}`) : describeValue('', v, t))).join(', '));
  }
  if (group && typeof value === 'string') return t(`${group}.${value}`);
  if (typeof value === 'string') return t('diff.quoted', { text: clip(value) });
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'object' && typeof (value as { event?: unknown }).event === 'string') {
    const binding = value as { event: string; where?: unknown[] };
    const filters = binding.where?.length ?? 0;
    return filters > 0
      ? t('diff.eventWithFilters', { event: binding.event, count: filters })
      : t('diff.event', { event: binding.event });
  }
  return clip(JSON.stringify(value));
}

/** One field change as a sentence: `Name: “Buy” → “Decision”`. */
export function describeFieldChange(change: FieldChange, t: Translate): string {
  return t('diff.fieldChange', {
    field: t(`diff.fields.${change.field}`, { defaultValue: change.field }),
    before: describeValue(change.field, change.before, t),
    after: describeValue(change.field, change.after, t),
  });
}

/** Where an item moved, as a sentence (stage, lane and place in its column can all change). */
export function describeMove(move: Move, t: Translate): string {
  const parts: string[] = [];
  if (move.fromStage !== undefined)
    parts.push(t('diff.movedStage', { from: move.fromStage, to: move.toStage }));
  if (move.fromLane !== undefined) {
    parts.push(t('diff.movedLane', { from: laneName(move.fromLane, t), to: laneName(move.toLane!, t) }));
  }
  if (move.fromPosition !== undefined) {
    parts.push(t('diff.movedPosition', { from: move.fromPosition, to: move.toPosition }));
  }
  return parts.join('; ');
}
