import { describe, expect, it } from 'vitest';
import type { Stage } from '../../../../src/model/index.ts';
import { alignStages } from './align-stages.ts';

const stage = (id: string, name = id, templateKey?: string): Stage => ({
  id,
  name,
  ...(templateKey && { templateKey }),
});
const names = (columns: ReturnType<typeof alignStages>) =>
  columns.map((c) => `${c.current?.name ?? '-'}|${c.future?.name ?? '-'}`);

describe('alignStages', () => {
  it('pairs the stages of a copy by id, even when the future map renamed one', () => {
    const current = [stage('a', 'Aware'), stage('b', 'Buy'), stage('c', 'Stay')];
    const future = [stage('a', 'Aware'), stage('b', 'Buy in one click'), stage('c', 'Stay')];
    expect(names(alignStages(current, future))).toEqual(['Aware|Aware', 'Buy|Buy in one click', 'Stay|Stay']);
  });

  it('pairs stages of separately made maps by template stage, then by name regardless of case', () => {
    const current = [stage('1', 'Awareness', 'awareness'), stage('2', 'Purchase'), stage('3', 'Advocacy')];
    const future = [stage('x', 'Discovery', 'awareness'), stage('y', 'purchase '), stage('z', 'Advocacy')];
    expect(names(alignStages(current, future))).toEqual([
      'Awareness|Discovery',
      'Purchase|purchase ',
      'Advocacy|Advocacy',
    ]);
  });

  it('pairs unmatched stages by position between matched ones, and gives extra ones a column each', () => {
    const current = [stage('a', 'A'), stage('b', 'B'), stage('c', 'C')];
    const future = [stage('1', 'A'), stage('2', 'X'), stage('3', 'Y'), stage('4', 'C'), stage('5', 'Z')];
    expect(names(alignStages(current, future))).toEqual(['A|A', 'B|X', '-|Y', 'C|C', '-|Z']);
  });

  it('keeps both orders when the future map moved a stage: the moved one stands alone on each side', () => {
    const current = [stage('a', 'A'), stage('b', 'B'), stage('c', 'C')];
    const future = [stage('c', 'C'), stage('a', 'A'), stage('b', 'B')];
    expect(names(alignStages(current, future))).toEqual(['-|C', 'A|A', 'B|B', 'C|-']);
  });

  it('handles maps without stages', () => {
    expect(alignStages([], [])).toEqual([]);
    expect(names(alignStages([stage('a', 'A')], []))).toEqual(['A|-']);
  });
});
