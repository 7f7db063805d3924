/**
 * Scenario files: schema and runner.
 *
 * @module
 */
export { scenarioSchema, scenarioJsonSchema, type Scenario } from './schema';
export { runScenario, type ScenarioRun, type TimelineRow } from './run';
