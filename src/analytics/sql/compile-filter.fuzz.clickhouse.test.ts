import { describeFilterFuzz } from '../../../test/analytics/filter-fuzz.ts';
import { clickhouseEngine } from '../../../test/analytics/scenario-engines.ts';

// The same hostile names and values on ClickHouse (chdb); see test/analytics/filter-fuzz.ts.
describeFilterFuzz(clickhouseEngine);
