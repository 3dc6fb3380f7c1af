import { createContext, type ReactNode, useContext } from 'react';
import type { VocGroup } from '../../../src/analytics/voc/voc-result.ts';
import { api } from '../api/client.ts';
import { useResource } from '../api/use-resource.ts';

/**
 * The measured emotion per stage of the map on screen (a voc query by stage), for the emotion
 * curve. Null until it arrives, when it fails (the curve then shows the researcher's scores
 * alone) and outside a provider: a shared map's read-only page has no session to query with.
 */
const MeasuredEmotionContext = createContext<readonly VocGroup[] | null>(null);

/** Runs the voc query by stage for `mapId` and hands its groups to the map grid below. */
export function MeasuredEmotionProvider({ mapId, children }: { mapId: string; children: ReactNode }) {
  const [voc] = useResource(`voc-stages:${mapId}`, (signal) =>
    api.voc({ type: 'voc', by: 'stage', mapId, themes: false }, signal),
  );
  const groups = voc.state === 'ready' ? (voc.data.groups ?? null) : null;
  return <MeasuredEmotionContext.Provider value={groups}>{children}</MeasuredEmotionContext.Provider>;
}

/** The measured groups by stage, or null (see MeasuredEmotionContext). */
export function useMeasuredEmotion(): readonly VocGroup[] | null {
  return useContext(MeasuredEmotionContext);
}
