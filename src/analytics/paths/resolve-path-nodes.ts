import { z } from 'zod';
import type { EventBinding } from '../../model/event-binding.ts';
import type { FormattedIssue } from '../../model/format-issue.ts';
import { StageSchema } from '../../model/stage.ts';
import { TouchpointSchema } from '../../model/touchpoint.ts';
import type { MapRepo } from '../../store/store.ts';
import type { PathsSpec } from '../spec/paths-spec.ts';

/** A node of a touchpoint or stage path: events that match `binding` are the node `name`. */
export interface PathNodeRule {
  name: string;
  binding: EventBinding;
}

const MapNodesSchema = z.object({ stages: z.array(StageSchema), touchpoints: z.array(TouchpointSchema) });

/**
 * The node rules of a touchpoint or stage path, from the journey map the spec names: one per
 * touchpoint with an event binding, in the map's order (an event matching several touchpoints
 * is the first one's), named after the touchpoint or after its stage. Touchpoints without a
 * binding cannot be measured and are left out. Event and page paths need no rules: `[]`.
 * A missing map, or one without any bound touchpoint, is a spec error at `mapId`.
 */
export async function resolvePathNodes(
  maps: Pick<MapRepo, 'get'>,
  workspaceId: string,
  spec: Pick<PathsSpec, 'by' | 'mapId'>,
): Promise<{ ok: true; rules: PathNodeRule[] } | { ok: false; errors: FormattedIssue[] }> {
  if (spec.by !== 'touchpoint' && spec.by !== 'stage') return { ok: true, rules: [] };
  const mapId = spec.mapId ?? '';
  const fail = (message: string) => ({ ok: false as const, errors: [{ path: 'mapId', message }] });
  const stored = await maps.get(workspaceId, mapId);
  if (!stored) return fail(`No journey map "${mapId}" in this workspace`);
  const parsed = MapNodesSchema.safeParse(stored.doc);
  if (!parsed.success) return fail(`Journey map "${mapId}" has no readable stages and touchpoints`);
  const stageNames = new Map(parsed.data.stages.map((s) => [s.id, s.name]));
  const rules = parsed.data.touchpoints.flatMap((t): PathNodeRule[] => {
    if (!t.event) return [];
    const name = spec.by === 'touchpoint' ? t.name : stageNames.get(t.stageId);
    return name === undefined ? [] : [{ name, binding: t.event }];
  });
  if (rules.length === 0) {
    return fail(
      `Journey map "${mapId}" has no touchpoint bound to an event, so no event can be placed on it`,
    );
  }
  return { ok: true, rules };
}
