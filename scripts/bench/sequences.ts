/**
 * The event sequences the apply benchmark replays: the bundled scenarios and
 * the generated test paths. Each sequence keeps the events as a host sends
 * them (for `apply`) and the events the machine actually took, the implicit
 * `clock.advanced` steps included (for a raw actor, which does not let time
 * pass by itself), plus the state both must end in.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { applyWithSteps, createCase, getProcedure, scenarioSchema, statePath, type CaseEvent, type PermitCase, type Procedure } from '../../src';
import type { TestPath } from '../../src/testing';
import type { IsoDate } from '../../src';

/**
 * One replayable history of one procedure.
 *
 * @example
 * ```ts
 * const sequence: EventSequence = recordSequence('visa', seasonalWorker, '2026-01-05', { visaRequired: true }, events);
 * sequence.machineEvents.length >= sequence.events.length; // true
 * ```
 */
export interface EventSequence {
  name: string;
  procedure: Procedure;
  openedOn: IsoDate;
  /** Facts as a host gives them (validated by `createCase`). */
  facts: Record<string, unknown>;
  /** Facts as the procedure's schema outputs them (what a raw actor's input needs). */
  parsedFacts: Record<string, unknown>;
  events: CaseEvent[];
  /** The events the machine took: `events` with the implicit clock steps before them. */
  machineEvents: CaseEvent[];
  /** The state reached, as a dotted path. */
  finalState: string;
  /** The case reached (for snapshot sizes and the sweep's pool). */
  finalCase: PermitCase;
  /** The case after each event (the scenario's prefixes). */
  prefixes: PermitCase[];
}

/**
 * Replay a history through the case API once, recording what the machine did.
 *
 * @example
 * ```ts
 * recordSequence('declared', seasonalWorker, '2026-01-05', {}, [{ type: 'vacancy.declared', at: '2026-01-05' }]).finalState;
 * ```
 */
export function recordSequence(name: string, procedure: Procedure, openedOn: IsoDate, facts: Record<string, unknown>, events: readonly CaseEvent[]): EventSequence {
  const opened = createCase(procedure, { at: openedOn, facts });
  if (!opened.ok) throw new Error(`${name}: ${opened.error.message}`);
  let current = opened.value;
  const machineEvents: CaseEvent[] = [];
  const prefixes: PermitCase[] = [];
  for (const [index, event] of events.entries()) {
    const outcome = applyWithSteps(current, event);
    if (!outcome.ok) throw new Error(`${name}: event ${index}: ${outcome.error.message}`);
    machineEvents.push(...outcome.value.steps.map((step) => step.event));
    current = outcome.value.case;
    prefixes.push(current);
  }
  return {
    name,
    procedure,
    openedOn,
    facts,
    parsedFacts: procedure.factsSchema.parse(facts),
    events: [...events],
    machineEvents,
    finalState: statePath(current.state),
    finalCase: current,
    prefixes,
  };
}

/**
 * Every scenario in examples/scenarios/, recorded.
 *
 * @example
 * ```ts
 * scenarioSequences(new URL('../examples/scenarios/', import.meta.url)).map((sequence) => sequence.name);
 * ```
 */
export function scenarioSequences(directory: URL): EventSequence[] {
  return readdirSync(directory)
    .filter((file) => /\.(json|ya?ml)$/.test(file))
    .sort()
    .map((file) => {
      const text = readFileSync(new URL(file, directory), 'utf8');
      const scenario = scenarioSchema.parse(file.endsWith('.json') ? JSON.parse(text) : parseYaml(text));
      const procedure = getProcedure(scenario.procedure);
      if (!procedure) throw new Error(`${file}: unknown procedure ${scenario.procedure}`);
      return recordSequence(file.replace(/\.(json|ya?ml)$/, ''), procedure, scenario.openedOn, scenario.facts, scenario.events as CaseEvent[]);
    });
}

/**
 * The generated test paths of one procedure, recorded.
 *
 * @example
 * ```ts
 * pathSequences(seasonalWorker, generatePaths(seasonalWorker, walkProcedure(seasonalWorker)), WALK_START_DATE).length;
 * ```
 */
export function pathSequences(procedure: Procedure, paths: readonly TestPath[], openedOn: IsoDate): EventSequence[] {
  return paths.map((path) => recordSequence(path.name, procedure, openedOn, path.facts, path.events));
}
