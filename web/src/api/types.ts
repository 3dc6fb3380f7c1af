// The API's request and answer shapes the web app relies on (issue 4's contract). Map documents
// and query results use the server's own types, so a change there is a type error here.

import type {
  FunnelBreakdownGroup,
  FunnelResult,
  FunnelStepResult,
  FunnelTimeBucket,
} from '../../../src/analytics/funnel/funnel-result.ts';
import type {
  JourneyResult,
  JourneyStageResult,
  JourneyTouchpointResult,
} from '../../../src/analytics/journey/journey-result.ts';
import type { PathEdge, PathEntry, PathsResult } from '../../../src/analytics/paths/paths-result.ts';
import type { RetentionCohort, RetentionResult } from '../../../src/analytics/retention/retention-result.ts';
import type { FunnelSpecInput } from '../../../src/analytics/spec/funnel-spec.ts';
import type { PathsSpecInput } from '../../../src/analytics/spec/paths-spec.ts';
import type { RetentionSpecInput } from '../../../src/analytics/spec/retention-spec.ts';
import type { JourneyMap, Locale, MapKind, TemplateKey } from '../../../src/model/index.ts';
import type { EventRecord, PersonRecord } from '../../../src/store/store.ts';

export type {
  EventRecord,
  FunnelBreakdownGroup,
  FunnelResult,
  FunnelSpecInput,
  FunnelStepResult,
  FunnelTimeBucket,
  JourneyResult,
  JourneyStageResult,
  JourneyTouchpointResult,
  PathEdge,
  PathEntry,
  PathsResult,
  PathsSpecInput,
  PersonRecord,
  RetentionCohort,
  RetentionResult,
  RetentionSpecInput,
};

export type Role = 'viewer' | 'editor' | 'admin';

export interface User {
  id: string;
  email: string;
  name: string;
  role: Role;
  workspaceId: string;
}

export interface MapSummary {
  id: string;
  name: string;
  kind: MapKind;
  /** For a future-state map, the current-state map it was drawn from. */
  currentStateMapId: string | null;
  locale: Locale;
  revision: number;
  updatedAt: string;
}

export interface StoredMap {
  id: string;
  revision: number;
  doc: JourneyMap;
  updatedAt: string;
}

export interface CreateMapRequest {
  template: TemplateKey;
  locale: Locale;
  name: string;
  kind?: MapKind;
}

export interface CreatedMap {
  id: string;
  revision: number;
  doc: JourneyMap;
}

/** Whether the role may change maps (the API enforces it; the UI only avoids offering it). */
export const canEdit = (role: Role): boolean => role === 'editor' || role === 'admin';

/** A saved, named version of a map (GET /api/v1/maps/:id/versions). */
export interface MapVersionSummary {
  number: number;
  author: string;
  message: string;
  createdAt: string;
  /** The map's revision when the version was saved. */
  revision: number | null;
}

/** An event name of the workspace with how often it was recorded and its property keys. */
export interface EventNameStat {
  event: string;
  count: number;
  properties: string[];
}
