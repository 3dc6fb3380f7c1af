// The journey insights the web app asks for (pain points, moments of truth, persona suggestions,
// all through POST /api/v1/query) and the findings it adds to a map (a moment-of-truth card, a
// persona) through POST /api/v1/maps/:id/lane-items and /personas.

import type { MomentOfTruth } from '../../../src/analytics/insights/moments-of-truth.ts';
import type { PainPointsResult } from '../../../src/analytics/insights/pain-points-result.ts';
import type {
  PersonaSuggestion,
  PersonaSuggestionsResult,
  SuggestedPersona,
} from '../../../src/analytics/insights/persona-suggestions-result.ts';
import type { MomentsOfTruthResult } from '../../../src/analytics/insights/run-moments-of-truth.ts';
import type { MomentsOfTruthSpecInput } from '../../../src/analytics/spec/moments-of-truth-spec.ts';
import type { PainPointsSpecInput } from '../../../src/analytics/spec/pain-points-spec.ts';
import type { PersonaSuggestionsSpecInput } from '../../../src/analytics/spec/persona-suggestions-spec.ts';
import type { LaneItem } from '../../../src/model/index.ts';
import { request } from './client.ts';

export type {
  MomentOfTruth,
  MomentsOfTruthResult,
  MomentsOfTruthSpecInput,
  PainPointsResult,
  PainPointsSpecInput,
  PersonaSuggestion,
  PersonaSuggestionsResult,
  PersonaSuggestionsSpecInput,
  SuggestedPersona,
};

const id = encodeURIComponent;

export const insightsApi = {
  painPoints: (spec: PainPointsSpecInput, signal?: AbortSignal) =>
    request<PainPointsResult>('POST', '/api/v1/query', spec, { signal }),
  momentsOfTruth: (spec: MomentsOfTruthSpecInput, signal?: AbortSignal) =>
    request<MomentsOfTruthResult>('POST', '/api/v1/query', spec, { signal }),
  personaSuggestions: (spec: PersonaSuggestionsSpecInput, signal?: AbortSignal) =>
    request<PersonaSuggestionsResult>('POST', '/api/v1/query', spec, { signal }),
  /** Adds one card to a map; 409 ApiError `duplicate_id` when the map already has it. */
  addLaneItem: (mapId: string, item: LaneItem) =>
    request<{ id: string; revision: number; item: LaneItem }>(
      'POST',
      `/api/v1/maps/${id(mapId)}/lane-items`,
      { item },
    ),
  /** Adds a persona to a map under a new id (returned as `personaId`). */
  addPersona: (mapId: string, persona: Omit<SuggestedPersona, 'id'>) =>
    request<{ id: string; revision: number; personaId: string }>(
      'POST',
      `/api/v1/maps/${id(mapId)}/personas`,
      { persona },
    ),
};
