import { describe, expect, it } from 'vitest';
import type { EventBinding } from '../model/event-binding.ts';
import { exportMapJson } from '../model/export-map-json.ts';
import { importMapJson } from '../model/import-map-json.ts';
import { type JourneyMap, JourneyMapSchema } from '../model/journey-map.ts';
import type { LaneItemOf } from '../model/lane-item.ts';
import { generateDemoEvents, type SegmentMessage } from './generate.ts';
import { buildSampleMap } from './sample-map.ts';
import { SHOP } from './sim.ts';

const NOW = new Date('2025-06-30T00:00:00.000Z');
const build = (locale: 'en' | 'pl', mapId = `demo-1-${locale}`) =>
  buildSampleMap({ workspaceId: 'default', locale, mapId, now: NOW });
const maps = { en: build('en'), pl: build('pl') };

// 300 people of seed 7 make some 11,000 messages: every event the map binds occurs many times.
const messages = [...generateDemoEvents({ people: 300, seed: 7, end: NOW })];

const STAGE_KEYS = ['awareness', 'consideration', 'purchase', 'retention', 'advocacy'] as const;
type StageKey = (typeof STAGE_KEYS)[number];

const stageIdOf = (map: JourneyMap, key: StageKey): string => {
  const stage = map.stages.find((s) => s.templateKey === key);
  if (!stage) throw new Error(`map ${map.id} has no ${key} stage`);
  return stage.id;
};
const itemsOf = <L extends 'goal' | 'emotion' | 'opportunity' | 'kpi' | 'pain_point'>(
  map: JourneyMap,
  lane: L,
  key: StageKey,
) =>
  map.laneItems.filter(
    (item): item is LaneItemOf<L> => item.lane === lane && item.stageId === stageIdOf(map, key),
  );

/**
 * Whether the generator would emit something that satisfies `binding`, judged from the wire
 * message alone. `$page` is a page view named by `where`; other names are track events. The
 * channel is checked against what the message itself says, as the generator writes it:
 * - store / app: the till and the app SDK set `context.channel` explicitly;
 * - web: a browser event with no explicit channel and no campaign, on a shop page reached from
 *   within the shop (or typed in), so nothing but the page itself names a channel.
 */
function satisfies(msg: SegmentMessage, binding: EventBinding): boolean {
  const isPage = binding.event === '$page';
  if (isPage ? msg.type !== 'page' : msg.type !== 'track' || msg.event !== binding.event) return false;
  for (const filter of binding.where) {
    // The sample map only uses `eq` filters; anything else would need its own check here.
    if (filter.op !== 'eq') throw new Error(`unexpected filter op ${filter.op}`);
    if (msg.properties?.[filter.property] !== filter.value) return false;
  }
  const ctx = msg.context;
  switch (binding.channel) {
    case undefined:
      return true;
    case 'store':
    case 'app':
      return ctx?.channel === binding.channel;
    case 'web': {
      const page = ctx?.page;
      if (!page || ctx.channel !== undefined || ctx.campaign !== undefined) return false;
      return page.url.startsWith(SHOP) && (page.referrer === '' || page.referrer.startsWith(SHOP));
    }
    default:
      throw new Error(`no check written for channel ${binding.channel}`);
  }
}

describe('buildSampleMap', () => {
  it.each(['en', 'pl'] as const)(
    'builds a valid %s map that survives export and import exactly',
    (locale) => {
      const map = maps[locale];
      expect(JourneyMapSchema.safeParse(map).success).toBe(true);
      expect(map.locale).toBe(locale);
      const text = exportMapJson(map);
      const back = importMapJson(text);
      expect(back).toEqual({ ok: true, map });
      if (back.ok) expect(exportMapJson(back.map)).toBe(text);
    },
  );

  it('names the stages as the five-stage template does, in each language', () => {
    expect(maps.en.stages.map((s) => s.name)).toEqual([
      'Awareness',
      'Consideration',
      'Purchase',
      'Retention',
      'Advocacy',
    ]);
    expect(maps.pl.stages.map((s) => s.name)).toEqual([
      'Świadomość',
      'Rozważanie',
      'Zakup',
      'Utrzymanie',
      'Rekomendacja',
    ]);
    expect(maps.en.stages.map((s) => s.templateKey)).toEqual([...STAGE_KEYS]);
  });

  it('binds every touchpoint to an event the generator really emits, on the bound channel', () => {
    for (const map of [maps.en, maps.pl]) {
      expect(map.touchpoints.length).toBeGreaterThan(0);
      const unmatched = map.touchpoints
        .filter((tp) => !tp.event || !messages.some((m) => satisfies(m, tp.event!)))
        .map((tp) => `${tp.name}: ${JSON.stringify(tp.event)}`);
      expect(unmatched).toEqual([]);
    }
    // The three order touchpoints split one event by channel; each channel must really occur.
    const orderChannels = maps.en.touchpoints
      .filter((tp) => tp.event?.event === 'Order Completed')
      .map((tp) => tp.event?.channel)
      .sort();
    expect(orderChannels).toEqual(['app', 'store', 'web']);
    // The matcher is not vacuous: a misspelt page, a wrong filter value or a channel the event
    // never has (an ad click in a store, a catalogue on the web) match nothing.
    const never: EventBinding[] = [
      { event: '$page', where: [{ property: 'name', op: 'eq', value: 'Homepage' }] },
      { event: 'survey_response', where: [{ property: 'survey', op: 'eq', value: 'nps2' }] },
      { event: 'Ad Clicked', where: [], channel: 'store' },
      { event: 'Catalogue Sent', where: [], channel: 'web' },
    ];
    expect(never.filter((b) => messages.some((m) => satisfies(m, b)))).toEqual([]);
  });

  it('binds every desired action to an event the generator emits', () => {
    const desired = maps.en.laneItems.filter((i) => i.lane === 'desired_action');
    expect(desired).toHaveLength(5);
    const missing = desired.filter((i) => !i.event || !messages.some((m) => satisfies(m, i.event!)));
    expect(missing).toEqual([]);
  });

  it('gives each of the four personas a persona_hint rule that selects generated people', () => {
    const hints = new Set(messages.filter((m) => m.type === 'identify').map((m) => m.traits?.persona_hint));
    for (const map of [maps.en, maps.pl]) {
      expect(map.personas).toHaveLength(4);
      const values = map.personas.map((p) => {
        expect(p.segment?.conditions).toEqual([
          { trait: 'persona_hint', op: 'eq', value: expect.any(String) },
        ]);
        const condition = p.segment?.conditions[0];
        return condition && 'value' in condition ? condition.value : undefined;
      });
      expect([...values].sort()).toEqual([
        'bargain_hunter',
        'digital_native',
        'loyal_advocate',
        'traditional_shopper',
      ]);
      expect(values.filter((v) => !hints.has(v))).toEqual([]);
    }
  });

  it('fills goal, emotion, opportunity and KPI for every stage, and high pain at purchase and retention', () => {
    for (const map of [maps.en, maps.pl]) {
      for (const key of STAGE_KEYS) {
        expect(itemsOf(map, 'goal', key).length, `${map.locale} ${key} goal`).toBeGreaterThan(0);
        expect(itemsOf(map, 'opportunity', key).length, `${map.locale} ${key} opportunity`).toBeGreaterThan(
          0,
        );
        const emotions = itemsOf(map, 'emotion', key);
        expect(emotions.length, `${map.locale} ${key} emotion`).toBeGreaterThan(0);
        for (const e of emotions) {
          expect(e.score).toBeGreaterThanOrEqual(-2);
          expect(e.score).toBeLessThanOrEqual(2);
        }
        const kpis = itemsOf(map, 'kpi', key);
        expect(kpis.length, `${map.locale} ${key} KPI`).toBeGreaterThan(0);
        for (const k of kpis) expect(k.name.trim()).not.toBe('');
      }
      for (const key of ['purchase', 'retention'] as const) {
        const severities = itemsOf(map, 'pain_point', key).map((p) => p.severity);
        expect(severities, `${map.locale} ${key}`).toContain('high');
      }
    }
  });

  it('is deterministic for the same mapId and now, and uses the mapId for its ids', () => {
    expect(build('en')).toEqual(maps.en);
    expect(build('pl')).toEqual(maps.pl);
    expect(maps.en.id).toBe('demo-1-en');
    expect(maps.en.createdAt).toBe(maps.en.updatedAt);
    expect(Date.parse(maps.en.createdAt)).toBe(NOW.getTime());
    // Two maps (two seeds) in one workspace must not share touchpoint or card ids.
    const other = build('en', 'demo-2-en');
    const ids = (m: JourneyMap) =>
      [...m.stages, ...m.touchpoints, ...m.laneItems, ...m.personas].map((x) => x.id);
    const shared = ids(other).filter((id) => ids(maps.en).includes(id));
    expect(shared).toEqual([]);
  });
});
