import { basketScenarios } from './basket-scenarios.ts';
import { checkBasketScenario } from './check-basket-scenario.ts';
import { clickhouseEngine, describeScenarios } from './scenario-engines.ts';

// The same table as basket-scenarios.test.ts, with the same expectations, on ClickHouse.
describeScenarios('basket', clickhouseEngine, basketScenarios, checkBasketScenario);
