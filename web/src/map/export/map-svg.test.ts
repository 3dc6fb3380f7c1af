import { describe, expect, it } from 'vitest';
import type { JourneyMap } from '../../../../src/model/index.ts';
import type { JourneyResult, JourneyTouchpointResult } from '../../api/types.ts';
import { threeStageMap } from '../edit/three-stage-map.fixture.ts';
import { mapSvg, SVG_LAYOUT } from './map-svg.ts';
import { textsFor } from './texts.fixture.ts';

const en = textsFor('en');
const pl = textsFor('pl');

/** The text of every <text> element, in document order, entities decoded. */
function texts(svg: string): string[] {
  return [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map(([, s]) =>
    s!
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&'),
  );
}

/** x of the first <text> whose content is `content`. */
function xOf(svg: string, content: string): number {
  const match = [...svg.matchAll(/<text x="([\d.]+)"[^>]*>([^<]*)<\/text>/g)].find(
    ([, , s]) => s === content,
  );
  if (!match) throw new Error(`no text "${content}"`);
  return Number(match[1]);
}

const touchpointResult = (over: Partial<JourneyTouchpointResult>): JourneyTouchpointResult => ({
  id: 'tp-a',
  stageId: 'a',
  name: 'Banner',
  measured: true,
  reach: 12345,
  volume: 20000,
  converted: 4938,
  toNextStageRate: 0.4,
  medianSecondsToNextStage: 9000,
  dropOff: 7407,
  dropOffRate: 0.6,
  nps: { value: null, count: 0, promoters: 0, passives: 0, detractors: 0 },
  csat: { value: null, count: 0, satisfied: 0 } as JourneyTouchpointResult['csat'],
  ...over,
});

describe('mapSvg', () => {
  it('draws the stages as columns left to right, in the map order, with the map name as title', () => {
    const { svg, width } = mapSvg({ map: threeStageMap(), ...en });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('<title>Test map</title>');
    const xs = ['Awareness', 'Purchase', 'Advocacy'].map((name) => xOf(svg, name));
    expect(xs[0]).toBeLessThan(xs[1]!);
    expect(xs[1]).toBeLessThan(xs[2]!);
    // One lane-label column plus one column per stage, between the margins.
    const L = SVG_LAYOUT;
    expect(width).toBe(2 * L.margin + L.laneWidth + 3 * L.stageWidth);
    expect(xs[1]! - xs[0]!).toBe(L.stageWidth);
  });

  it('labels every lane in the interface language, as the grid on screen does', () => {
    const english = texts(mapSvg({ map: threeStageMap(), ...en }).svg);
    for (const label of ['Touchpoints', 'Customer goals', 'Pain points', 'Moments of truth', 'KPIs']) {
      expect(english).toContain(label);
    }
    const polish = texts(mapSvg({ map: threeStageMap(), ...pl }).svg);
    for (const label of ['Punkty styku', 'Cele klienta', 'Punkty bólu', 'Wskaźniki (KPI)']) {
      expect(polish).toContain(label);
    }
    expect(polish).not.toContain('Pain points');
  });

  it('draws the map’s own lanes in its order, with custom lanes by name, and leaves hidden ones out', () => {
    const map: JourneyMap = {
      ...threeStageMap(),
      lanes: [
        { lane: 'custom', id: 'bs', name: 'Backstage & ops' },
        { lane: 'kpi', hidden: true },
      ],
      laneItems: [{ id: 'c1', lane: 'custom', laneId: 'bs', stageId: 'b', text: 'Courier booked' }],
    };
    const { svg } = mapSvg({ map, ...en });
    const all = texts(svg);
    expect(all).toContain('Backstage & ops');
    expect(all).toContain('Courier booked');
    expect(all).not.toContain('KPIs');
    // The custom lane is the first row, above the touchpoints.
    expect(all.indexOf('Backstage & ops')).toBeLessThan(all.indexOf('Touchpoints'));
    expect(svg).toContain('data-lane="custom:bs"');
  });

  it('shows the cards: a touchpoint with its channel, a goal, a KPI with its definition', () => {
    const all = texts(mapSvg({ map: threeStageMap(), ...en }).svg);
    expect(all).toContain('Ads · Online');
    expect(all).toContain('Banner');
    expect(all).toContain('Find a gift');
    expect(all).toContain('Conversion');
    expect(all).toContain('Orders ÷ visits');
  });

  it('puts the live figures on the cards when they are shown, written as the language writes numbers', () => {
    const live: JourneyResult = {
      persons: 12345,
      stages: [],
      touchpoints: [touchpointResult({})],
      transitions: [],
    };
    const english = texts(mapSvg({ map: threeStageMap(), live, ...en }).svg);
    expect(english).toContain('Reach: 12,345');
    expect(english).toContain('To next stage: 40%');
    expect(english).toContain('Drop-off: 7,407 (60%)');
    // Polish groups thousands with a no-break space and puts the percent sign after a space.
    const polish = texts(mapSvg({ map: threeStageMap(), live, ...pl }).svg);
    expect(polish).toContain('Zasięg: 12\u00a0345');
    // Without live numbers nothing is made up.
    expect(texts(mapSvg({ map: threeStageMap(), ...en }).svg).some((s) => s.startsWith('Reach'))).toBe(false);
  });

  it('escapes text so that any card text gives a well-formed file', () => {
    const map: JourneyMap = {
      ...threeStageMap(),
      name: 'Q&A <draft>',
      laneItems: [{ id: 'g1', lane: 'goal', stageId: 'a', text: '<script>alert("x")</script> & more\u0007' }],
    };
    const { svg } = mapSvg({ map, ...en });
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('\u0007');
    expect(svg).toContain('<title>Q&amp;A &lt;draft&gt;</title>');
    expect(texts(svg).join(' ')).toContain('<script>alert("x")</script> & more');
  });

  it('wraps a long card text onto several lines and makes its row tall enough', () => {
    const short = mapSvg({ map: threeStageMap(), ...en });
    const text = 'A customer compares delivery times and prices across three shops before deciding';
    const map: JourneyMap = {
      ...threeStageMap(),
      laneItems: [{ id: 'g1', lane: 'goal', stageId: 'a', text }],
    };
    const long = mapSvg({ map, ...en });
    const lines = texts(long.svg).filter((s) => text.includes(s) && s.length > 3);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(text);
    expect(long.height).toBeGreaterThan(short.height);
  });

  it('draws the emotion curve through the scored stages, higher for happier', () => {
    const map: JourneyMap = {
      ...threeStageMap(),
      laneItems: [
        { id: 'e1', lane: 'emotion', stageId: 'a', score: 2 },
        { id: 'e2', lane: 'emotion', stageId: 'b', score: -2 },
      ],
    };
    const { svg } = mapSvg({ map, ...en });
    expect(texts(svg)).toContain('Emotion curve');
    const points = /<polyline points="([^"]+)"/
      .exec(svg)![1]!
      .split(' ')
      .map((p) => p.split(',').map(Number));
    expect(points).toHaveLength(2); // stage c has no score: a gap, not a zero
    expect(points[0]![1]).toBeLessThan(points[1]![1]!); // SVG y grows downwards
    expect(texts(svg)).toContain('Score +2 · very positive');
  });

  it('says so when the map has no stages', () => {
    const map: JourneyMap = { ...threeStageMap(), stages: [], touchpoints: [], laneItems: [] };
    expect(texts(mapSvg({ map, ...en }).svg)).toContain(
      'This map has no stages yet, so there is nothing to lay out.',
    );
  });
});
