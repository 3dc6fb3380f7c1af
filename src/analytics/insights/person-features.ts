import { CHANNEL_NAMES, type Channel } from '../../model/channel.ts';

/** A person as the feature query read them. */
export interface PersonRow {
  id: string;
  /** Events per channel. */
  channels: Partial<Record<Channel, number>>;
  orders: number;
  revenue: number;
  /** Epoch milliseconds of the last event. */
  lastSeenMs: number;
  /** Share of the person's device events from a phone or tablet; null without any. */
  mobileShare: number | null;
  /** Average NPS answer 0–10; null without one. */
  nps: number | null;
  /** Furthest stage rank reached on the map; null without a map, 0 when none reached. */
  stage: number | null;
  traits: Record<string, unknown>;
}

/** What a feature measures, for describing a cluster in words. */
export type FeatureKind =
  | { kind: 'channel'; channel: Channel }
  | { kind: 'orders' }
  | { kind: 'revenue' }
  | { kind: 'recencyDays' }
  | { kind: 'mobileShare' }
  | { kind: 'nps' }
  | { kind: 'stage' };

export interface Feature {
  /** e.g. `channel:email`, `orders`. */
  name: string;
  of: FeatureKind;
  /** Raw values, one per person (missing values already filled with the mean of the known). */
  values: number[];
  mean: number;
  /** Population standard deviation; features with 0 are not used (they tell nobody apart). */
  sd: number;
}

const num = (v: unknown): number => (typeof v === 'bigint' ? Number(v) : Number(v ?? 0));
const numOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : num(v));

function parseTraits(text: unknown): Record<string, unknown> {
  if (typeof text !== 'string' || text === '') return {};
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

/** Reads the rows of compilePersonFeatures (pure). */
export function readPersonRows(rows: readonly Record<string, unknown>[], withMap: boolean): PersonRow[] {
  return rows.map((r) => {
    const channels: Partial<Record<Channel, number>> = {};
    CHANNEL_NAMES.forEach((ch, j) => {
      const n = num(r[`ch${j}`]);
      if (n > 0) channels[ch] = n;
    });
    const devn = num(r.devn);
    const nps = numOrNull(r.nps);
    return {
      id: String(r.person),
      channels,
      orders: num(r.orders),
      revenue: num(r.revenue),
      lastSeenMs: num(r.last_us) / 1000,
      mobileShare: devn > 0 ? num(r.mob) / devn : null,
      nps: nps !== null && Number.isFinite(nps) ? nps : null,
      stage: withMap ? num(r.mx) : null,
      traits: parseTraits(r.traits),
    };
  });
}

const DAY_MS = 86_400_000;

/**
 * The features persons are clustered on, from their rows (pure): one per channel anyone used
 * (1 if the person used it), orders, revenue, days since last seen before `asOfMs`, share of
 * device events on a phone, average NPS answer, furthest stage reached. A missing value (no
 * device events, no NPS answer) is the mean of the known ones, so it pulls no cluster its way.
 * Features everyone shares (sd 0) are left out.
 */
export function buildFeatures(persons: readonly PersonRow[], asOfMs: number): Feature[] {
  const candidates: { name: string; of: FeatureKind; raw: (number | null)[] }[] = [];
  for (const ch of CHANNEL_NAMES) {
    if (!persons.some((p) => p.channels[ch])) continue;
    candidates.push({
      name: `channel:${ch}`,
      of: { kind: 'channel', channel: ch },
      raw: persons.map((p) => (p.channels[ch] ? 1 : 0)),
    });
  }
  candidates.push(
    { name: 'orders', of: { kind: 'orders' }, raw: persons.map((p) => p.orders) },
    { name: 'revenue', of: { kind: 'revenue' }, raw: persons.map((p) => p.revenue) },
    {
      name: 'recencyDays',
      of: { kind: 'recencyDays' },
      raw: persons.map((p) => Math.max(0, (asOfMs - p.lastSeenMs) / DAY_MS)),
    },
    { name: 'mobileShare', of: { kind: 'mobileShare' }, raw: persons.map((p) => p.mobileShare) },
    { name: 'nps', of: { kind: 'nps' }, raw: persons.map((p) => p.nps) },
  );
  if (persons.some((p) => p.stage !== null)) {
    candidates.push({ name: 'stage', of: { kind: 'stage' }, raw: persons.map((p) => p.stage) });
  }
  const features: Feature[] = [];
  for (const c of candidates) {
    const known = c.raw.filter((v): v is number => v !== null);
    if (known.length === 0) continue;
    const fill = known.reduce((s, v) => s + v, 0) / known.length;
    const values = c.raw.map((v) => v ?? fill);
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    const sd = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length);
    if (sd > 1e-12) features.push({ name: c.name, of: c.of, values, mean, sd });
  }
  return features;
}

/** Each person's features as z-scores (value − mean) ÷ sd, so no unit outweighs another. */
export function standardise(features: readonly Feature[], count: number): number[][] {
  return Array.from({ length: count }, (_, i) => features.map((f) => (f.values[i]! - f.mean) / f.sd));
}
