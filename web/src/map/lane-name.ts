import type { BuiltInRow, MapLane } from '../../../src/model/index.ts';
import type { Translate } from './figure-text.ts';

/** What a lane is called: a built-in row is named in the interface language, a custom lane by the researcher. */
export type LaneLabel = BuiltInRow | { name: string };

/** The label of one of a map's lanes. Example: `laneLabelOf({ lane: 'custom', id: 'x', name: 'Backstage' })` → `{ name: 'Backstage' }`. */
export function laneLabelOf(lane: MapLane): LaneLabel {
  return lane.lane === 'custom' ? { name: lane.name } : lane.lane;
}

/** The lane's name as shown: `laneName('kpi', t)` → `KPIs` (en), `laneName({ name: 'Backstage' }, t)` → `Backstage`. */
export function laneName(label: LaneLabel | MapLane, t: Translate): string {
  if (typeof label === 'string') return t(`lanes.${label}`);
  if ('lane' in label) return laneName(laneLabelOf(label), t);
  return label.name;
}
