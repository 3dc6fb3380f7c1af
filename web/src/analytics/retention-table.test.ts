import { describe, expect, it } from 'vitest';
import { cellShade, contrastRatio, retentionRows } from './retention-table.ts';

describe('cellShade', () => {
  it('goes from white to the primary blue as the rate rises', () => {
    expect(cellShade(0)).toEqual({ background: '#ffffff', color: '#000000' });
    expect(cellShade(1)).toEqual({ background: '#1f4fa8', color: '#ffffff' });
    expect(cellShade(0.5).background).toBe('#8fa7d4'); // halfway: (255+31)/2, (255+79)/2, (255+168)/2
    expect(cellShade(-1)).toEqual(cellShade(0));
    expect(cellShade(2)).toEqual(cellShade(1));
    expect(cellShade(Number.NaN)).toEqual(cellShade(0));
  });

  it('keeps the text readable (WCAG AA, 4.5:1) on every shade', () => {
    for (let i = 0; i <= 100; i++) {
      const { background, color } = cellShade(i / 100);
      expect(contrastRatio(background, color), `rate ${i}%`).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
  });
});

describe('retentionRows', () => {
  const cohorts = [
    { start: '2026-03-02T00:00:00.000Z', size: 1200, values: [1200, 340, 0], rates: [1, 340 / 1200, 0] },
    { start: '2026-03-09T00:00:00.000Z', size: 8, values: [8], rates: [1] },
  ];

  it('writes one row per cohort with a cell per period, empty where the period has not begun', () => {
    const rows = retentionRows(cohorts, 3, 'week', 'en', 'UTC');
    expect(rows.map((r) => [r.start, r.sizeText])).toEqual([
      ['Mar 2, 2026', '1,200'],
      ['Mar 9, 2026', '8'],
    ]);
    expect(rows[0]!.cells.map((c) => c && [c.period, c.rate, c.countText])).toEqual([
      [0, '100%', '1,200'],
      [1, '28.3%', '340'],
      [2, '0%', '0'],
    ]);
    expect(rows[1]!.cells.slice(1)).toEqual([null, null]);
    expect(rows[0]!.cells[1]!.shade).toEqual(cellShade(340 / 1200));
  });

  it('writes dates and numbers in Polish, months as month and year', () => {
    const rows = retentionRows(cohorts, 2, 'month', 'pl', 'UTC');
    expect(rows[0]!.sizeText).toBe('1200');
    expect(rows[0]!.cells[1]!.rate).toBe('28,3%');
    expect(rows[0]!.start).toBe(
      new Intl.DateTimeFormat('pl', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
        new Date('2026-03-02T00:00:00Z'),
      ),
    );
  });
});
