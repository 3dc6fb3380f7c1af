import { describe, expect, it } from 'vitest';
import type { JourneyMap, LaneItem } from '../../../../src/model/index.ts';
import { threeStageMap } from '../edit/three-stage-map.fixture.ts';
import { mapSvg } from './map-svg.ts';
import { A3_LANDSCAPE, fitToPage } from './page-fit.ts';
import { mapSvgForPage } from './page-layout.ts';
import { textsFor } from './texts.fixture.ts';

const en = textsFor('en');
const printedScale = (d: { width: number; height: number }) =>
  fitToPage(d.width, d.height, A3_LANDSCAPE, 24).width / d.width;

describe('mapSvgForPage', () => {
  it('widens the columns of a tall map so that it prints larger on A3 landscape', () => {
    const notes: LaneItem[] = Array.from({ length: 12 }, (_, i) => ({
      id: `g${i}`,
      lane: 'goal',
      stageId: 'a',
      text: 'A customer compares delivery times and prices across three shops before deciding where to buy',
    }));
    const map: JourneyMap = { ...threeStageMap(), laneItems: notes };
    const screen = mapSvg({ map, ...en });
    const page = mapSvgForPage({ map, ...en }, A3_LANDSCAPE, 24);
    expect(screen.height).toBeGreaterThan(screen.width); // tall on screen
    expect(page.width).toBeGreaterThan(screen.width);
    expect(printedScale(page)).toBeGreaterThan(printedScale(screen));
  });

  it('keeps the screen layout when widening would not help (many stages, few cards)', () => {
    const stages = Array.from({ length: 12 }, (_, i) => ({ id: `s${i}`, name: `Stage ${i + 1}` }));
    const map: JourneyMap = { ...threeStageMap(), stages, touchpoints: [], laneItems: [] };
    expect(mapSvgForPage({ map, ...en }, A3_LANDSCAPE, 24).width).toBe(mapSvg({ map, ...en }).width);
  });
});
