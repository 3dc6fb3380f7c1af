import type { JourneyResult } from '../api/types.ts';

/** The live numbers of the map on screen, as the grid sees them. */
export type Live =
  | { state: 'off' }
  | { state: 'loading' }
  | { state: 'error'; error: unknown; retry: () => void }
  | { state: 'ready'; result: JourneyResult };
