import { describe, expect, it } from 'vitest';
import {
  durationUnit,
  formatCount,
  formatDateTime,
  formatDuration,
  formatNps,
  formatNumber,
  formatPercent,
  formatScore,
  NOT_MEASURED,
} from './format.ts';

// Polish groups thousands with a no-break space, and (CLDR's minimumGroupingDigits = 2) only from
// five digits on.
const NBSP = '\u00a0';

describe('formatCount', () => {
  it('groups thousands the way each language does', () => {
    expect(formatCount(12345, 'en')).toBe('12,345');
    expect(formatCount(12345, 'pl')).toBe(`12${NBSP}345`);
    expect(formatCount(1234, 'pl')).toBe('1234');
    expect(formatCount(0, 'en')).toBe('0');
  });

  it('shows a dash, not 0, for what cannot be measured', () => {
    expect(formatCount(null, 'en')).toBe(NOT_MEASURED);
  });
});

describe('formatNumber', () => {
  it("keeps decimals with the language's separator", () => {
    expect(formatNumber(2.5, 'pl')).toBe('2,5');
    expect(formatNumber(1500.25, 'en')).toBe('1,500.25');
    expect(formatNumber(null, 'en')).toBe(NOT_MEASURED);
  });
});

describe('formatPercent', () => {
  it('writes a fraction as a percentage with one decimal at most', () => {
    expect(formatPercent(0.4567, 'en')).toBe('45.7%');
    expect(formatPercent(0.4567, 'pl')).toBe('45,7%');
    expect(formatPercent(1, 'en')).toBe('100%');
    expect(formatPercent(0, 'pl')).toBe('0%');
    expect(formatPercent(null, 'pl')).toBe(NOT_MEASURED);
  });
});

describe('formatDuration', () => {
  it('picks seconds, minutes, hours (under two days) or days', () => {
    expect(durationUnit(59)).toBe('second');
    expect(durationUnit(60)).toBe('minute');
    expect(durationUnit(3_599)).toBe('minute');
    expect(durationUnit(3_600)).toBe('hour');
    expect(durationUnit(30 * 3_600)).toBe('hour');
    expect(durationUnit(2 * 86_400)).toBe('day');
  });

  it('writes the value with the unit in each language', () => {
    expect(formatDuration(42, 'en')).toBe('42 sec');
    expect(formatDuration(42, 'pl')).toBe('42 sek.');
    expect(formatDuration(9_000, 'en')).toBe('2.5 hr');
    expect(formatDuration(9_000, 'pl')).toBe('2,5 godz.');
    expect(formatDuration(720, 'pl')).toBe('12 min');
    expect(formatDuration(3 * 86_400, 'en')).toBe('3 days');
    expect(formatDuration(3 * 86_400, 'pl')).toBe('3 dni');
    expect(formatDuration(null, 'en')).toBe(NOT_MEASURED);
  });
});

describe('formatNps and formatScore', () => {
  it('gives NPS as a signed whole number', () => {
    expect(formatNps(32, 'en')).toBe('+32');
    expect(formatNps(-12.4, 'en')).toBe('-12');
    expect(formatNps(0, 'pl')).toBe('0');
    expect(formatNps(null, 'pl')).toBe(NOT_MEASURED);
  });

  it('gives emotion scores their sign', () => {
    expect(formatScore(2, 'en')).toBe('+2');
    expect(formatScore(-1, 'en')).toBe('-1');
    expect(formatScore(0.5, 'pl')).toBe('+0,5');
  });
});

describe('formatDateTime', () => {
  it('writes date and time in the language, in the given zone', () => {
    // ICU versions differ on the space before PM (plain or narrow no-break); \s takes either.
    expect(formatDateTime('2026-03-01T14:05:00Z', 'en', 'UTC')).toMatch(/^Mar 1, 2026, 2:05\sPM$/);
    expect(formatDateTime('2026-03-01T14:05:00Z', 'pl', 'UTC')).toBe('1 mar 2026, 14:05');
  });

  it('returns an unreadable timestamp as it is', () => {
    expect(formatDateTime('yesterday', 'en')).toBe('yesterday');
  });
});
