import type { VocSpecInput } from '../../../src/analytics/spec/voc-spec.ts';
import type { VocResult } from '../../../src/analytics/voc/voc-result.ts';
import type { JourneyMap } from '../../../src/model/index.ts';
import { NetworkError, toApiError } from './api-error.ts';
import type {
  CreatedMap,
  CreateMapRequest,
  EventNameStat,
  EventRecord,
  FunnelResult,
  FunnelSpecInput,
  JourneyResult,
  MapSummary,
  MapVersionSummary,
  PathsResult,
  PathsSpecInput,
  PersonRecord,
  RetentionResult,
  RetentionSpecInput,
  StoredMap,
  User,
} from './types.ts';

type Listener = () => void;
const unauthorizedListeners = new Set<Listener>();

/**
 * Calls `listener` when a request fails because the session ended (401 on anything but the
 * sign-in itself), so the app can send the user back to sign in. Returns the unsubscribe.
 */
export function onSessionEnded(listener: Listener): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

function notifySessionEnded(): void {
  for (const listener of unauthorizedListeners) listener();
}

/** One JSON request to the API with the session cookie; errors become ApiError or NetworkError. */
export async function request<T>(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
  opts: { signal?: AbortSignal; quietUnauthorized?: boolean } = {},
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? { accept: 'application/json' } : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: opts.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new NetworkError(cause);
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let json: unknown = null;
  try {
    json = text === '' ? null : JSON.parse(text);
  } catch {
    json = text;
  }
  if (!response.ok) {
    const error = toApiError(response.status, json);
    if (response.status === 401 && !opts.quietUnauthorized) notifySessionEnded();
    throw error;
  }
  return json as T;
}

const id = encodeURIComponent;

export const api = {
  /** The signed-in user; rejects with a 401 ApiError when there is no session. */
  me: () => request<{ user: User }>('GET', '/api/v1/auth/me', undefined, { quietUnauthorized: true }),
  signIn: (email: string, password: string) =>
    request<{ user: User }>('POST', '/api/v1/auth/login', { email, password }, { quietUnauthorized: true }),
  signOut: () => request<void>('POST', '/api/v1/auth/logout', undefined, { quietUnauthorized: true }),
  listMaps: (signal?: AbortSignal) =>
    request<{ maps: MapSummary[] }>('GET', '/api/v1/maps', undefined, { signal }),
  getMap: (mapId: string, signal?: AbortSignal) =>
    request<StoredMap>('GET', `/api/v1/maps/${id(mapId)}`, undefined, { signal }),
  createMap: (spec: CreateMapRequest) => request<CreatedMap>('POST', '/api/v1/maps', spec),
  /** Saves a copy of a map document as a new map (the conflict dialog's "keep a copy"). */
  copyMap: (doc: JourneyMap, name: string) => request<CreatedMap>('POST', '/api/v1/maps', { doc, name }),
  /** Imports a map document as a new map; 400 ApiError (`too_large`, `invalid_map`, …) stores nothing. */
  importMap: (doc: JourneyMap) => request<CreatedMap>('POST', '/api/v1/maps', { doc }),
  /** Saves an edited map; 409 ApiError (`details.currentRevision`) when `revision` is not the latest. */
  updateMap: (doc: JourneyMap, revision: number) =>
    request<{ id: string; revision: number; updatedAt: string }>('PUT', `/api/v1/maps/${id(doc.id)}`, {
      doc,
      revision,
    }),
  listVersions: (mapId: string, signal?: AbortSignal) =>
    request<{ versions: MapVersionSummary[] }>('GET', `/api/v1/maps/${id(mapId)}/versions`, undefined, {
      signal,
    }),
  getVersion: (mapId: string, number: number, signal?: AbortSignal) =>
    request<MapVersionSummary & { doc: JourneyMap }>(
      'GET',
      `/api/v1/maps/${id(mapId)}/versions/${number}`,
      undefined,
      { signal },
    ),
  saveVersion: (mapId: string, message: string) =>
    request<MapVersionSummary>('POST', `/api/v1/maps/${id(mapId)}/versions`, { message }),
  /** Makes version `number` the map's state; 409 when the map is no longer at `revision`. */
  restoreVersion: (mapId: string, number: number, revision: number) =>
    request<{ id: string; revision: number; updatedAt: string }>(
      'POST',
      `/api/v1/maps/${id(mapId)}/versions/${number}/restore`,
      { revision },
    ),
  eventNames: (signal?: AbortSignal) =>
    request<{ events: EventNameStat[] }>('GET', '/api/v1/event-names', undefined, { signal }),
  /**
   * The live numbers of a map (POST /api/v1/query, type journey), over all recorded time; with
   * `persona`, only of the persons its segment rule selects.
   */
  journey: (mapId: string, signal?: AbortSignal, persona?: string) =>
    request<JourneyResult>(
      'POST',
      '/api/v1/query',
      persona === undefined ? { type: 'journey', mapId } : { type: 'journey', mapId, persona },
      { signal },
    ),
  /** A funnel (POST /api/v1/query, type funnel); a 400 ApiError names each problem of the spec. */
  funnel: (spec: FunnelSpecInput, signal?: AbortSignal) =>
    request<FunnelResult>('POST', '/api/v1/query', spec, { signal }),
  /** Paths for a Sankey and the top paths (POST /api/v1/query, type paths). */
  paths: (spec: PathsSpecInput, signal?: AbortSignal) =>
    request<PathsResult>('POST', '/api/v1/query', spec, { signal }),
  /** Cohort retention (POST /api/v1/query, type retention). */
  retention: (spec: RetentionSpecInput, signal?: AbortSignal) =>
    request<RetentionResult>('POST', '/api/v1/query', spec, { signal }),
  /** Voice of the customer (POST /api/v1/query, type voc): scores, sentiment, themes, measured emotion. */
  voc: (spec: VocSpecInput, signal?: AbortSignal) =>
    request<VocResult>('POST', '/api/v1/query', spec, { signal }),
  /** The person any of whose ids (userId, anonymousId, alias) is `distinctId`; 404 when none. */
  person: (distinctId: string, signal?: AbortSignal) =>
    request<PersonRecord>('GET', `/api/v1/persons/${id(distinctId)}`, undefined, { signal }),
  /** A person's stitched events across all their ids, newest first. */
  personEvents: (distinctId: string, limit: number, signal?: AbortSignal) =>
    request<{ events: EventRecord[] }>(
      'GET',
      `/api/v1/events?person=${id(distinctId)}&limit=${limit}`,
      undefined,
      { signal },
    ),
  /** A shared map, for anyone holding the link's token: no session needed; `live` when shared with numbers. */
  shared: (token: string, signal?: AbortSignal) =>
    request<{ doc: StoredMap['doc']; live?: JourneyResult }>(
      'GET',
      `/api/v1/shared/${id(token)}`,
      undefined,
      {
        signal,
        quietUnauthorized: true,
      },
    ),
};
