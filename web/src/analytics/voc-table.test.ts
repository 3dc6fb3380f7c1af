import { describe, expect, it } from 'vitest';
import type { VocBucket } from '../../../src/analytics/voc/voc-result.ts';
import {
  formatInterval,
  formatScoreValue,
  formatSentiment,
  hasMeasuredPoint,
  sentimentShares,
  trendOf,
  vocMetricsOf,
} from './voc-table.ts';

const NO_NPS = { value: null, count: 0, promoters: 0, passives: 0, detractors: 0, ci: null };

describe('formatScoreValue', () => {
  it('writes NPS signed and whole, CSAT as a percentage, CES with one decimal', () => {
    expect(formatScoreValue('nps', 2.94, 'en')).toBe('+3');
    expect(formatScoreValue('nps', -12.6, 'en')).toBe('-13');
    expect(formatScoreValue('csat', 0.857, 'pl')).toBe('85,7%');
    expect(formatScoreValue('ces', 5.7727, 'en')).toBe('5.8');
    expect(formatScoreValue('ces', 5.7727, 'pl')).toBe('5,8');
    expect(formatScoreValue('nps', null, 'en')).toBe('—');
  });
});

describe('formatInterval', () => {
  it('writes the bounds in the score’s own unit', () => {
    // NPS interval of the demo (34 answers): −22.41 .. 27.81 at 95 %
    expect(formatInterval('nps', { low: -22.409, high: 27.814, level: 0.95 }, 'en')).toEqual({
      low: '-22',
      high: '+28',
      level: '95%',
    });
    expect(formatInterval('csat', { low: 0.7009, high: 1, level: 0.9 }, 'en')).toEqual({
      low: '70.1%',
      high: '100%',
      level: '90%',
    });
  });

  it('is null without an interval (no answers, or one CES answer)', () => {
    expect(formatInterval('ces', null, 'en')).toBeNull();
  });
});

describe('sentimentShares', () => {
  it('gives each label’s share of the scored texts', () => {
    // 51 + 21 + 12 = 84 texts
    const s = sentimentShares({
      count: 84,
      mean: 0.35,
      positive: 51,
      neutral: 21,
      negative: 12,
      unscored: 3,
      languages: {},
    });
    expect(s.positive).toBeCloseTo(51 / 84, 12);
    expect(s.neutral).toBeCloseTo(0.25, 12);
    expect(s.negative).toBeCloseTo(1 / 7, 12);
  });

  it('is all zero without texts rather than NaN', () => {
    expect(
      sentimentShares({
        count: 0,
        mean: null,
        positive: 0,
        neutral: 0,
        negative: 0,
        unscored: 0,
        languages: {},
      }),
    ).toEqual({
      positive: 0,
      neutral: 0,
      negative: 0,
    });
  });
});

describe('trendOf', () => {
  const buckets: VocBucket[] = [
    {
      start: '2026-09-07T00:00:00.000Z',
      nps: {
        value: 50,
        count: 2,
        promoters: 1,
        passives: 1,
        detractors: 0,
        ci: { low: -39.4, high: 79.4, level: 0.95 },
      },
      emotion: { score: 1, basis: 2 },
    },
    { start: '2026-09-14T00:00:00.000Z', nps: NO_NPS, emotion: { score: null, basis: 0 } },
  ];

  it('keeps buckets without answers as gaps, never zeros', () => {
    expect(trendOf(buckets, 'nps')).toEqual([
      { start: '2026-09-07T00:00:00.000Z', value: 50, low: -39.4, high: 79.4, count: 2 },
      { start: '2026-09-14T00:00:00.000Z', value: null, low: null, high: null, count: 0 },
    ]);
    expect(hasMeasuredPoint(trendOf(buckets, 'nps'))).toBe(true);
    expect(hasMeasuredPoint(trendOf(buckets, 'csat'))).toBe(false);
  });
});

describe('vocMetricsOf and formatSentiment', () => {
  it('lists the scores the answer has, in NPS, CSAT, CES order', () => {
    expect(vocMetricsOf({ ces: undefined, nps: NO_NPS })).toEqual(['nps']);
  });

  it('writes a mean sentiment signed with two decimals', () => {
    expect(formatSentiment(0.3457, 'en')).toBe('+0.35');
    expect(formatSentiment(-0.1, 'pl')).toBe('-0,10');
    expect(formatSentiment(0, 'en')).toBe('0.00');
  });
});
