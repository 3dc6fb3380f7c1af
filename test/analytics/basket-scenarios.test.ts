import { basketScenarios } from './basket-scenarios.ts';
import { checkBasketScenario } from './check-basket-scenario.ts';
import { describeScenarios, duckdbEngine } from './scenario-engines.ts';

describeScenarios('basket', duckdbEngine, basketScenarios, checkBasketScenario);
