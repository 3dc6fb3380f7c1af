import type { KpiSpecInput } from '../../../src/analytics/spec/kpi-spec.ts';

type Translate = (key: string) => string;

/**
 * Names a KPI breakdown group for its tile: a channel by its translated name, a persona by its
 * name in the map (`personaNames`, id → name; the id itself while the map is loading), a missing
 * value and the "other" group in words.
 * Example: channel breakdown, `'email'` → `t('channels.email')` → "E-mail".
 */
export function kpiGroupLabel(
  breakdown: KpiSpecInput['breakdown'],
  value: string | null,
  other: boolean,
  t: Translate,
  personaNames: ReadonlyMap<string, string> = new Map(),
): string {
  if (other) return t('kpis.otherGroup');
  if (value === null) return t(breakdown?.on === 'persona' ? 'kpis.noPersona' : 'kpis.noValue');
  if (breakdown?.on === 'field' && breakdown.name === 'channel') return t(`channels.${value}`);
  if (breakdown?.on === 'persona') return personaNames.get(value) ?? value;
  return value;
}
