import { checkVocScenario } from './check-voc-scenario.ts';
import { describeScenarios, duckdbEngine } from './scenario-engines.ts';
import { vocScenarios } from './voc-scenarios.ts';

describeScenarios('voc', duckdbEngine, vocScenarios, checkVocScenario);
