// Saved audiences, the persons of a drop-off (POST/GET/DELETE /api/v1/audiences, members and CSV).

import type { AudienceDefinition } from '../../../src/analytics/audiences/audience-definition.ts';
import type { FunnelSpecInput } from '../../../src/analytics/spec/funnel-spec.ts';
import type { JourneySpecInput } from '../../../src/analytics/spec/journey-spec.ts';
import { request } from './client.ts';

/** What the web app sends as a definition: the spec as written (the server fills defaults). */
export type AudienceDefinitionInput =
  | { source: 'funnel'; spec: FunnelSpecInput; step: number }
  | { source: 'touchpoint'; spec: JourneySpecInput; touchpointId: string };

/** An audience as the API answers it: its members are a snapshot taken at `createdAt`. */
export interface Audience {
  id: string;
  name: string;
  definition: AudienceDefinition;
  membership: 'snapshot';
  memberCount: number;
  /** More persons dropped off than an audience holds; the first by id were kept. */
  truncated: boolean;
  createdBy: string;
  createdAt: string;
}

/** A member of an audience with every id linked to them and their traits. */
export interface AudienceMember {
  id: string;
  ids: string[];
  traits: Record<string, unknown>;
}

const id = encodeURIComponent;

export const audienceApi = {
  list: (signal?: AbortSignal) =>
    request<{ audiences: Audience[] }>('GET', '/api/v1/audiences', undefined, { signal }),
  /** Saves the drop-off's persons now; a 400 ApiError names the field of a definition the data refutes. */
  create: (name: string, definition: AudienceDefinitionInput) =>
    request<{ audience: Audience }>('POST', '/api/v1/audiences', { name, definition }),
  members: (audienceId: string, limit: number, signal?: AbortSignal) =>
    request<{ persons: AudienceMember[]; total: number; offset: number; limit: number }>(
      'GET',
      `/api/v1/audiences/${id(audienceId)}/persons?offset=0&limit=${limit}`,
      undefined,
      { signal },
    ),
  remove: (audienceId: string) => request<void>('DELETE', `/api/v1/audiences/${id(audienceId)}`),
  /** The address of the CSV export: a plain link, so the browser downloads it with the session cookie. */
  csvPath: (audienceId: string) => `/api/v1/audiences/${id(audienceId)}.csv`,
};
