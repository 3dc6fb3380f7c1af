import { describeFilterFuzz } from '../../../test/analytics/filter-fuzz.ts';
import { duckdbEngine } from '../../../test/analytics/scenario-engines.ts';

// Hostile property names and values on DuckDB; see test/analytics/filter-fuzz.ts.
describeFilterFuzz(duckdbEngine);
