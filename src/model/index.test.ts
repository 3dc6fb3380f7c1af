import { describe, expect, it } from 'vitest';
import * as model from './index.ts';

describe('model barrel', () => {
  it('exposes the public API', () => {
    for (const name of [
      'createMapFromTemplate',
      'listTemplates',
      'exportMapJson',
      'importMapJson',
      'createMapVersion',
      'findReferenceIssues',
      'JourneyMapSchema',
      'MapVersionSchema',
      'WorkspaceSchema',
      'PersonaSchema',
      'TouchpointSchema',
      'LaneItemSchema',
      'StageSchema',
      'EventBindingSchema',
      'SegmentRuleSchema',
      'ChannelSchema',
      'LocaleSchema',
    ]) {
      expect(model, name).toHaveProperty(name);
    }
  });

  it('works end to end: template → edit → export → import', () => {
    const map = model.createMapFromTemplate({ template: 'five_stage', locale: 'en', workspaceId: 'ws' });
    const stage = map.stages[2]!;
    map.touchpoints.push({ id: 't1', stageId: stage.id, channel: 'web', name: 'Checkout' });
    map.laneItems.push({ id: 'l1', lane: 'emotion', stageId: stage.id, touchpointId: 't1', score: -1 });
    const result = model.importMapJson(model.exportMapJson(map));
    expect(result).toStrictEqual({ ok: true, map });
  });
});
