import { describe, expect, it } from 'vitest';
import { attributionChartOption, modelColour } from './attribution-chart-option.ts';

describe('attributionChartOption', () => {
  const option = attributionChartOption(
    [
      { channel: 'web', credits: [73, 37.7] },
      { channel: 'email', credits: [0, 29.1] },
    ],
    ['last_touch', 'markov'],
    { modelName: (m) => m.toUpperCase(), channelName: (c) => `#${c}`, formatValue: (v) => v.toFixed(1) },
  );

  it('groups one bar per model under each channel', () => {
    expect(option.xAxis).toMatchObject({ type: 'category', data: ['#web', '#email'] });
    expect(option.series).toEqual([
      expect.objectContaining({ name: 'LAST_TOUCH', type: 'bar', data: [73, 0] }),
      expect.objectContaining({ name: 'MARKOV', type: 'bar', data: [37.7, 29.1] }),
    ]);
    expect(option.animation).toBe(false);
  });

  it('keeps a model in its colour whichever models are compared', () => {
    const alone = attributionChartOption([{ channel: 'web', credits: [1] }], ['markov'], {
      modelName: String,
      channelName: String,
      formatValue: String,
    });
    const [, markovBeside] = option.series as { itemStyle: { color: string } }[];
    const [markovAlone] = alone.series as { itemStyle: { color: string } }[];
    expect(markovAlone!.itemStyle.color).toBe(markovBeside!.itemStyle.color);
    expect(modelColour('markov')).not.toBe(modelColour('shapley'));
  });
});
