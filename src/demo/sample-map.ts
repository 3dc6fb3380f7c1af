import { createMapFromTemplate } from '../model/create-map-from-template.ts';
import type { IdGenerator } from '../model/id.ts';
import { type JourneyMap, JourneyMapSchema } from '../model/journey-map.ts';
import type { LaneItem } from '../model/lane-item.ts';
import type { Locale } from '../model/locale.ts';
import type { Persona } from '../model/persona.ts';
import type { Touchpoint } from '../model/touchpoint.ts';
import { DEMO_PERSONAS } from './personas.ts';
import { SAMPLE_LANES, SAMPLE_TOUCHPOINTS } from './sample-map-content.ts';
import type { DemoStage } from './types.ts';

const STAGE_OF_TEMPLATE_KEY: Record<string, DemoStage> = {
  awareness: 'awareness',
  consideration: 'consideration',
  purchase: 'purchase',
  retention: 'retention',
  advocacy: 'advocacy',
};

/**
 * The demo's journey map: the 5-stage template in `locale`, the demo personas (each with a segment
 * rule on the `persona_hint` trait the generator sets), touchpoints bound to the demo's events so
 * they show live numbers, and the researcher's lanes. Deterministic for a given `mapId` and `now`.
 */
export function buildSampleMap(opts: {
  workspaceId: string;
  locale: Locale;
  mapId: string;
  now: Date;
}): JourneyMap {
  let n = 0;
  const ids: IdGenerator = () => (n++ === 0 ? opts.mapId : `${opts.mapId}-${n}`);
  const base = createMapFromTemplate({
    template: 'five_stage',
    locale: opts.locale,
    workspaceId: opts.workspaceId,
    name: opts.locale === 'pl' ? 'Ścieżka klienta sklepu (demo)' : 'Shop customer journey (demo)',
    now: opts.now,
    idGenerator: ids,
  });
  const stageId = (stage: DemoStage) => {
    const found = base.stages.find((s) => s.templateKey && STAGE_OF_TEMPLATE_KEY[s.templateKey] === stage);
    if (!found) throw new Error(`The five_stage template has no ${stage} stage`);
    return found.id;
  };
  const t = opts.locale;

  const personas: Persona[] = DEMO_PERSONAS.map((p) => ({
    id: `${opts.mapId}-persona-${p.id.replaceAll('_', '-')}`,
    name: p.text[t].name,
    emoji: p.emoji,
    quote: p.text[t].quote,
    demographics: { ageRange: p.ageRange, occupation: p.text[t].occupation },
    goals: p.text[t].goals,
    frustrations: p.text[t].frustrations,
    preferredChannels: p.preferredChannels,
    segment: { match: 'all', conditions: [{ trait: 'persona_hint', op: 'eq', value: p.id }] },
  }));

  const touchpoints: Touchpoint[] = SAMPLE_TOUCHPOINTS.map((tp) => ({
    id: ids(),
    stageId: stageId(tp.stage),
    channel: tp.channel,
    name: tp.name[t],
    owner: tp.owner[t],
    event: { event: tp.event, where: tp.where ?? [], ...(tp.bindChannel ? { channel: tp.bindChannel } : {}) },
  }));

  const laneItems: LaneItem[] = [];
  for (const [stage, lanes] of Object.entries(SAMPLE_LANES) as [
    DemoStage,
    (typeof SAMPLE_LANES)[DemoStage],
  ][]) {
    const sid = stageId(stage);
    laneItems.push({ id: ids(), lane: 'goal', stageId: sid, text: lanes.goal[t] });
    laneItems.push({ id: ids(), lane: 'expectation', stageId: sid, text: lanes.expectation[t] });
    laneItems.push({
      id: ids(),
      lane: 'emotion',
      stageId: sid,
      score: lanes.emotion.score,
      text: lanes.emotion.text[t],
    });
    if (lanes.painPoint) {
      laneItems.push({
        id: ids(),
        lane: 'pain_point',
        stageId: sid,
        text: lanes.painPoint.text[t],
        severity: lanes.painPoint.severity,
      });
    }
    if (lanes.momentOfTruth)
      laneItems.push({ id: ids(), lane: 'moment_of_truth', stageId: sid, text: lanes.momentOfTruth[t] });
    laneItems.push({ id: ids(), lane: 'opportunity', stageId: sid, text: lanes.opportunity[t] });
    laneItems.push({
      id: ids(),
      lane: 'desired_action',
      stageId: sid,
      text: lanes.desired.text[t],
      event: { event: lanes.desired.event, where: [] },
    });
    const kpi = lanes.kpi;
    laneItems.push({
      id: ids(),
      lane: 'kpi',
      stageId: sid,
      name: kpi.name[t],
      definition: kpi.definition[t],
      target: kpi.target,
      unit: kpi.unit,
    });
  }

  return JourneyMapSchema.parse({ ...base, personas, touchpoints, laneItems });
}
