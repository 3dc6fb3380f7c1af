import { checkVocScenario } from './check-voc-scenario.ts';
import { clickhouseEngine, describeScenarios } from './scenario-engines.ts';
import { vocScenarios } from './voc-scenarios.ts';

// The same table as voc-scenarios.test.ts, with the same expectations, on ClickHouse.
describeScenarios('voc', clickhouseEngine, vocScenarios, checkVocScenario);
