import { describe, expect, it } from 'vitest';
import { textsFor } from '../export/texts.fixture.ts';
import { describeFieldChange, describeMove, describeValue } from './diff-text.ts';

const en = textsFor('en').t;
const pl = textsFor('pl').t;

describe('describeValue', () => {
  it('writes codes in words of the interface language', () => {
    expect(describeValue('channel', 'call_centre', en)).toBe('Call centre');
    expect(describeValue('kind', 'future_state', pl)).toBe(pl('mapKind.future_state'));
    expect(describeValue('preferredChannels', ['web', 'store'], en)).toBe('Website, Store');
  });

  it('quotes texts, names the event of a binding, and says when a value is not set', () => {
    expect(describeValue('text', 'Find a gift', en)).toBe('“Find a gift”');
    expect(describeValue('event', { event: 'Order Completed', where: [] }, en)).toBe('event Order Completed');
    expect(describeValue('owner', undefined, en)).toBe('(none)');
    expect(describeValue('owner', undefined, pl)).toBe('(brak)');
  });
});

describe('describeFieldChange and describeMove', () => {
  it('reads as a sentence in English and Polish', () => {
    const change = { field: 'name', before: 'Buy', after: 'Decision' };
    expect(describeFieldChange(change, en)).toBe('Name: “Buy” → “Decision”');
    // Polish opens a quotation low („), English high (“).
    expect(describeFieldChange(change, pl)).toBe('Nazwa: „Buy” → „Decision”');
    expect(describeMove({ fromStage: 'Purchase', toStage: 'Advocacy' }, en)).toBe(
      'Moved from stage “Purchase” to “Advocacy”',
    );
    expect(describeMove({ fromPosition: 3, toPosition: 1 }, pl)).toBe('Przeniesiono z pozycji 3 na 1');
  });

  it('names a custom lane by its name and a built-in lane in the interface language', () => {
    expect(describeMove({ fromLane: 'kpi', toLane: { name: 'Backstage' } }, en)).toBe(
      'Moved from lane “KPIs” to “Backstage”',
    );
    expect(describeFieldChange({ field: 'visibility', before: 'shown', after: 'hidden' }, en)).toBe(
      'Visibility: shown → hidden',
    );
    expect(describeFieldChange({ field: 'visibility', before: 'shown', after: 'hidden' }, pl)).toBe(
      'Widoczność: widoczna → ukryta',
    );
  });
});
