import { describe, expect, it } from 'vitest';
import { A3_LANDSCAPE, fitToPage, pngScale } from './page-fit.ts';

describe('A3 landscape', () => {
  it('is 420 × 297 mm in points (ISO 216; 72 pt to the inch, 25.4 mm to the inch)', () => {
    expect(A3_LANDSCAPE.width).toBeCloseTo(1190.55, 1);
    expect(A3_LANDSCAPE.height).toBeCloseTo(841.89, 1);
  });
});

describe('fitToPage', () => {
  it('fits a wide map to the page width, centred vertically, proportions kept', () => {
    const page = { width: 1000, height: 700 };
    const placed = fitToPage(2000, 1000, page, 20);
    // 960 pt of room across: scale 0.48, so 960 × 480, with (700 − 480) / 2 = 110 above.
    expect(placed).toEqual({ x: 20, y: 110, width: 960, height: 480 });
  });

  it('fits a tall map to the page height', () => {
    const placed = fitToPage(500, 2000, { width: 1000, height: 700 }, 20);
    // 660 pt of room down: scale 0.33 → 165 × 660, centred across: (1000 − 165) / 2.
    expect(placed.height).toBeCloseTo(660);
    expect(placed.width).toBeCloseTo(165);
    expect(placed.x).toBeCloseTo(417.5);
    expect(placed.y).toBeCloseTo(20);
  });

  it('enlarges a small map to fill the page', () => {
    const placed = fitToPage(100, 50, { width: 1000, height: 700 }, 0);
    expect(placed.width).toBe(1000);
    expect(placed.height).toBe(500);
  });
});

describe('pngScale', () => {
  it('is 2× for an ordinary map', () => {
    expect(pngScale(2000, 3000)).toBe(2);
  });

  it('stays inside the browser canvas limits for a huge map', () => {
    const scale = pngScale(20_000, 20_000);
    expect(20_000 * scale).toBeLessThanOrEqual(32_767);
    expect(20_000 * scale * 20_000 * scale).toBeLessThanOrEqual(268_435_456 + 1);
  });
});
