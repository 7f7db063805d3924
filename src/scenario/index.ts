/**
 * Scenario files: schema and runner.
 *
 * @module
 */
export { scenarioSchema, type Scenario } from './schema';
export { scenarioJsonSchema } from './json-schema';
export { runScenario, type DeadlineClosing, type RunScenarioOptions, type ScenarioRun, type TimelineRow } from './run';
