import { describe, expect, it } from 'vitest';
import { kpiGroupLabel } from './kpi-group-label.ts';

const t = (key: string) => `<${key}>`;

describe('kpiGroupLabel', () => {
  it('names channels, personas, missing values and the rest in words', () => {
    const channel = { on: 'field', name: 'channel' } as const;
    const persona = { on: 'persona', map: 'm1' } as const;
    expect(kpiGroupLabel(channel, 'email', false, t)).toBe('<channels.email>');
    expect(kpiGroupLabel(persona, 'p1', false, t, new Map([['p1', 'Busy parent']]))).toBe('Busy parent');
    expect(kpiGroupLabel(persona, 'p2', false, t)).toBe('p2');
    expect(kpiGroupLabel(persona, null, false, t)).toBe('<kpis.noPersona>');
    expect(kpiGroupLabel(channel, null, false, t)).toBe('<kpis.noValue>');
    expect(kpiGroupLabel(channel, 'other', true, t)).toBe('<kpis.otherGroup>');
  });
});
