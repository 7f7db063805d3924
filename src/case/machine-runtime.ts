/**
 * The thin layer between plain case data and XState: rebuild a machine
 * snapshot from a stored state value and context, run a transition with a
 * reused inert scope, and read the state nodes a value activates.
 */
import {
  createActor,
  type AnyActorScope,
  type AnyMachineSnapshot,
  type AnyStateMachine,
  type AnyStateNode,
  type AnyTransitionDefinition,
  type EventObject,
  type StateValue,
} from 'xstate';
import { refusedArguments } from '../guard';

const scopes = new WeakMap<AnyStateMachine, AnyActorScope>();

/**
 * The transitions of the first microstep of the {@link takeTransition} call
 * under way: `undefined` while it waits for them, `null` when no call is
 * listening (a plain slot rather than a callback: no closure per event).
 */
let firstMicrostep: AnyTransitionDefinition[] | undefined | null = null;

/**
 * An actor scope that executes nothing: our machines only `assign`, which
 * XState applies inside the transition, so no action needs executing. Reused
 * per machine because creating an actor for every event dominated the cost.
 * Its system reports each microstep's selected transitions to
 * {@link takeTransition}, so that the transition taken is known without
 * evaluating the guards a second time.
 */
function inertScope(machine: AnyStateMachine): AnyActorScope {
  let scope = scopes.get(machine);
  if (!scope) {
    const self = createActor(machine);
    const system = Object.create(self.system, {
      _sendInspectionEvent: {
        value: (inspection: { type: string; _transitions?: AnyTransitionDefinition[] }) => {
          if (firstMicrostep === undefined && inspection.type === '@xstate.microstep') firstMicrostep = inspection._transitions ?? [];
        },
      },
    }) as typeof self.system;
    scope = {
      self,
      id: '',
      sessionId: '',
      logger: () => {},
      defer: () => {},
      emit: () => {},
      stopChild: () => {},
      system,
      actionExecutor: () => {},
    } as unknown as AnyActorScope;
    scopes.set(machine, scope);
  }
  return scope;
}

/**
 * The initial snapshot of a machine for the given input.
 *
 * @example
 * ```ts
 * const snapshot = initialSnapshot(seasonalWorker.machine, { at: '2026-01-05', facts });
 * ```
 * @category Case API
 */
export function initialSnapshot(machine: AnyStateMachine, input: unknown): AnyMachineSnapshot {
  const snapshot = machine.getInitialSnapshot(inertScope(machine), input) as AnyMachineSnapshot;
  // XState turns an exception of the context factory (e.g. a date computed
  // beyond the calendar) into an `error` snapshot with no context: rethrow it
  // so that callers can type it instead of crashing later on the empty context.
  if (snapshot.status === 'error') throw snapshot.error;
  return snapshot;
}

function deepFreeze(value: unknown): void {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
}

/** One snapshot resolved per known state of a machine: every snapshot of that state shares its nodes, value and tags. */
const resolvedByState = new WeakMap<StateInfo, AnyMachineSnapshot>();

/**
 * Rebuild a machine snapshot from a stored state value and context, without
 * an actor: what `machine.resolveState({ value, context })` gives. For a
 * state the machine has, XState resolves the value once; each call then
 * copies that snapshot with the case's context, as XState's own snapshot
 * cloning does, without walking the state nodes again (a sweep's lapses
 * spent a sixth of their time there). Any other value is resolved by XState
 * every time.
 *
 * @example
 * ```ts
 * const snapshot = resolveSnapshot(machine, 'awaitingDecision', context);
 * ```
 * @category Case API
 */
export function resolveSnapshot(machine: AnyStateMachine, value: StateValue, context: unknown): AnyMachineSnapshot {
  const info = knownStateInfo(machine, value);
  if (info === null) return machine.resolveState({ value, context: context as never }) as AnyMachineSnapshot;
  let resolved = resolvedByState.get(info);
  if (resolved === undefined) {
    resolved = machine.resolveState({ value, context: {} as never }) as AnyMachineSnapshot;
    // Every snapshot copied from it shares its value, which a case may hold as its state: frozen, so that no one can change it for all.
    deepFreeze(resolved.value);
    resolvedByState.set(info, resolved);
  }
  // Fresh children and history: XState treats the snapshot's own objects as the case's.
  return { ...resolved, context, children: {}, historyValue: {} } as AnyMachineSnapshot;
}

/**
 * The transitions an event would take from a snapshot (empty when refused by
 * every guard, or when the state has no transition for it).
 *
 * @example
 * ```ts
 * transitionsFor(machine, snapshot, { type: 'visa.issued', at: '2026-03-01' }).length > 0;
 * ```
 * @category Case API
 */
export function transitionsFor(machine: AnyStateMachine, snapshot: AnyMachineSnapshot, event: EventObject): AnyTransitionDefinition[] {
  if (snapshot.status !== 'active') return [];
  return machine.getTransitionData(snapshot as never, event as never) as AnyTransitionDefinition[];
}

/**
 * Apply one event and return the next snapshot (pure: nothing is executed).
 *
 * @example
 * ```ts
 * const next = runTransition(machine, snapshot, { type: 'visa.issued', at: '2026-03-01' });
 * ```
 * @category Case API
 */
export function runTransition(machine: AnyStateMachine, snapshot: AnyMachineSnapshot, event: EventObject): AnyMachineSnapshot {
  return machine.transition(snapshot as never, event as never, inertScope(machine)) as AnyMachineSnapshot;
}

/**
 * Apply one event and say which transitions the event selected, in one pass:
 * XState evaluates the guards once (calling {@link transitionsFor} and then
 * {@link runTransition} evaluates them twice). The transitions are read from
 * the `@xstate.microstep` inspection event XState sends for the first
 * microstep (its `_transitions`); tests/bench-kernel.test.ts compares them with
 * `getTransitionData` for every walked case, so a change in XState shows.
 * `transitions` is empty when the event is refused (no transition, or every
 * guard false), and `next` must then be ignored. A snapshot that is not
 * active (a final state) refuses everything.
 *
 * @example
 * ```ts
 * const { next, transitions } = takeTransition(machine, snapshot, { type: 'visa.issued', at: '2026-03-01' });
 * if (transitions.length === 0) console.log('refused');
 * ```
 * @category Case API
 */
export function takeTransition(
  machine: AnyStateMachine,
  snapshot: AnyMachineSnapshot,
  event: EventObject,
): { next: AnyMachineSnapshot; transitions: AnyTransitionDefinition[] } {
  if (snapshot.status !== 'active') return { next: snapshot, transitions: [] };
  const outer = firstMicrostep;
  firstMicrostep = undefined;
  try {
    const next = machine.transition(snapshot as never, event as never, inertScope(machine)) as AnyMachineSnapshot;
    return { next, transitions: firstMicrostep ?? [] };
  } finally {
    firstMicrostep = outer;
  }
}

/**
 * The state nodes that a state value activates, outermost first.
 *
 * @example
 * ```ts
 * activeStateNodes(machine, { refused: 'appealWindowOpen' }).map((node) => node.key); // ['refused', 'appealWindowOpen']
 * ```
 * @category Case API
 */
export function activeStateNodes(machine: AnyStateMachine, value: StateValue): AnyStateNode[] {
  const nodes: AnyStateNode[] = [];
  const visit = (parent: AnyStateNode, v: StateValue): void => {
    if (typeof v === 'string') {
      const child = parent.states[v];
      if (child) {
        nodes.push(child);
        if (child.initial && child.type === 'compound') visit(child, child.initial.target[0]!.key);
      }
      return;
    }
    for (const [key, sub] of Object.entries(v)) {
      const child = parent.states[key];
      if (!child) continue;
      nodes.push(child);
      if (sub !== undefined) visit(child, sub as StateValue);
    }
  };
  visit(machine.root, value);
  return nodes;
}

/**
 * A state value as one dotted path, e.g. `refused.appealWindowOpen`.
 *
 * @example
 * ```ts
 * statePath({ refused: 'appealWindowOpen' }); // 'refused.appealWindowOpen'
 * ```
 * @category Case API
 */
export function statePath(value: StateValue): string {
  try {
  if (typeof value === 'string') return value;
  return Object.entries(value)
    .map(([key, sub]) => (sub === undefined || (typeof sub === 'object' && Object.keys(sub).length === 0) ? key : `${key}.${statePath(sub as StateValue)}`))
    .join(',');
  } catch (error) {
    throw refusedArguments('statePath', error);
  }
}

/**
 * Event types that have at least one transition from the given state value
 * (their guards may still refuse a particular payload), sorted.
 *
 * @example
 * ```ts
 * eventTypesFrom(machine, 'awaitingDecision'); // ['authorisation.granted', 'authorisation.refused', 'clock.advanced']
 * ```
 * @category Case API
 */
export function eventTypesFrom(machine: AnyStateMachine, value: StateValue): string[] {
  try {
  return [...stateInfo(machine, value).eventTypes];
  } catch (error) {
    throw refusedArguments('eventTypesFrom', error);
  }
}

function collectEventTypes(nodes: readonly AnyStateNode[]): string[] {
  const types = new Set<string>();
  for (const node of nodes) {
    for (const type of node.ownEvents) if (type !== '' && !type.startsWith('xstate.')) types.add(type);
  }
  return [...types].sort();
}

/**
 * What the readers need to know about a state value, which depends on the
 * machine and the value alone: its active nodes, the event types it handles,
 * whether it is final, whether a `clock.advanced` event can do anything there,
 * and the `meta` of its nodes merged outermost first (not yet checked).
 *
 * @example
 * ```ts
 * const info: StateInfo = stateInfo(machine, 'awaitingDecision');
 * ```
 * @category Case API
 */
export interface StateInfo {
  /** The value as a dotted path ({@link statePath}). */
  path: string;
  nodes: readonly AnyStateNode[];
  eventTypes: readonly string[];
  final: boolean;
  handlesClock: boolean;
  meta: Readonly<Record<string, unknown>>;
}

const stateInfoByMachine = new WeakMap<AnyStateMachine, { known: Set<string>; byValue: Map<string, StateInfo> }>();

/**
 * The {@link StateInfo} of a state value, computed once per machine and value
 * (a sweep over many cases asks the same few states again and again). Only
 * values made of the machine's own states are kept, so junk input cannot grow
 * the cache.
 *
 * @example
 * ```ts
 * stateInfo(machine, 'awaitingDecision').handlesClock; // true: the decision period can lapse
 * ```
 * @category Case API
 */
export function stateInfo(machine: AnyStateMachine, value: StateValue): StateInfo {
  let entry = stateInfoByMachine.get(machine);
  if (!entry) {
    entry = { known: new Set(allStatePaths(machine)), byValue: new Map() };
    stateInfoByMachine.set(machine, entry);
  }
  // A string value names one state; an object keeps its exact shape, since `{ a: {} }` and `'a'` activate different nodes.
  const key = typeof value === 'string' ? value : JSON.stringify(value);
  const cached = entry.byValue.get(key);
  if (cached) return cached;
  const nodes = activeStateNodes(machine, value);
  let meta: Record<string, unknown> = {};
  for (const node of nodes) meta = { ...meta, ...((node.meta ?? {}) as Record<string, unknown>) };
  const info: StateInfo = {
    path: statePath(value),
    nodes,
    eventTypes: collectEventTypes(nodes),
    final: finalAmong(machine, nodes),
    handlesClock: nodes.some((node) => [...node.transitions.keys()].some((type) => type === 'clock.advanced' || type === 'clock.*' || type === '*')),
    meta,
  };
  const known = entry.known;
  if (info.path.split(',').every((region) => known.has(region))) entry.byValue.set(key, info);
  return info;
}

/**
 * The {@link StateInfo} of a state value the machine has (a state name it
 * knows, or an object whose every region it knows: what the snapshot readers
 * accept), or `null` for any other value. One lookup where a sweep's read
 * would check the state and then look up its info.
 *
 * @example
 * ```ts
 * knownStateInfo(machine, 'awaitingDecision')?.final; // false
 * knownStateInfo(machine, 'nowhere'); // null
 * ```
 * @category Case API
 */
export function knownStateInfo(machine: AnyStateMachine, value: StateValue): StateInfo | null {
  const entry = stateInfoByMachine.get(machine);
  if (entry) {
    // Only values made of known states are kept (see stateInfo): a kept value is known.
    const cached = entry.byValue.get(typeof value === 'string' ? value : JSON.stringify(value));
    if (cached) return cached;
    if (typeof value === 'string' && !entry.known.has(value)) return null;
  }
  const known = entry?.known ?? new Set(allStatePaths(machine));
  const regions = typeof value === 'string' ? [value] : statePath(value).split(',');
  return regions.every((region) => known.has(region)) ? stateInfo(machine, value) : null;
}

/**
 * Whether the state value ends the case: a top-level final state, or a final
 * state nested in compound states none of which can leave it (no `on` and no
 * `onDone` transitions), such as `refused.refusalFinal` of the appeals fragment.
 *
 * @example
 * ```ts
 * isFinalStateValue(machine, 'revoked'); // true
 * isFinalStateValue(machine, { refused: 'refusalFinal' }); // true
 * ```
 * @category Case API
 */
export function isFinalStateValue(machine: AnyStateMachine, value: StateValue): boolean {
  try {
  return stateInfo(machine, value).final;
  } catch (error) {
    throw refusedArguments('isFinalStateValue', error);
  }
}

function finalAmong(machine: AnyStateMachine, nodes: readonly AnyStateNode[]): boolean {
  const top = nodes.find((node) => node.parent === machine.root);
  if (top?.type === 'final') return true;
  const leaves = nodes.filter((node) => node.type === 'atomic' || node.type === 'final');
  if (leaves.length === 0 || leaves.some((leaf) => leaf.type !== 'final')) return false;
  return nodes.every((node) => node.type === 'final' || node.transitions.size === 0);
}

/**
 * A stable id for a transition definition: `<state node id>#<event type>#<index>`,
 * the index being its position among the node's transitions for that event.
 *
 * @example
 * ```ts
 * transitionIdOf(transitionsFor(machine, snapshot, event)[0]!); // 'seasonalWorker.awaitingDecision#authorisation.granted#0'
 * ```
 * @category Case API
 */
export function transitionIdOf(transition: AnyTransitionDefinition): string {
  const siblings = transition.source.transitions.get(transition.eventType) ?? [];
  return `${transition.source.id}#${transition.eventType}#${siblings.indexOf(transition)}`;
}

/**
 * Every transition of a machine, with its id, for coverage reports.
 *
 * @example
 * ```ts
 * allTransitions(machine).length;
 * ```
 * @category Case API
 */
export function allTransitions(machine: AnyStateMachine): { id: string; transition: AnyTransitionDefinition }[] {
  try {
  const out: { id: string; transition: AnyTransitionDefinition }[] = [];
  const visit = (node: AnyStateNode): void => {
    for (const [eventType, definitions] of node.transitions) {
      definitions.forEach((transition: AnyTransitionDefinition, index: number) => out.push({ id: `${node.id}#${eventType}#${index}`, transition }));
    }
    for (const child of Object.values(node.states)) visit(child);
  };
  visit(machine.root);
  return out;
  } catch (error) {
    throw refusedArguments('allTransitions', error);
  }
}

/**
 * Every state node of a machine below the root, as dotted paths (`refused.appealWindowOpen`).
 *
 * @example
 * ```ts
 * allStatePaths(machine).includes('awaitingDecision'); // true
 * ```
 * @category Case API
 */
export function allStatePaths(machine: AnyStateMachine): string[] {
  try {
  const out: string[] = [];
  const visit = (node: AnyStateNode, prefix: string): void => {
    for (const [key, child] of Object.entries(node.states)) {
      const path = prefix ? `${prefix}.${key}` : key;
      out.push(path);
      visit(child, path);
    }
  };
  visit(machine.root, '');
  return out;
  } catch (error) {
    throw refusedArguments('allStatePaths', error);
  }
}

/**
 * A readable name for a guard: its type, or the types it combines.
 *
 * @example
 * ```ts
 * guardName('needsVisa'); // 'needsVisa'
 * ```
 * @category Case API
 */
export function guardName(guard: unknown): string {
  if (typeof guard === 'string') return guard;
  if (guard && typeof guard === 'object') {
    const typed = guard as { type?: string; guards?: unknown[] };
    return typed.type ?? 'inline';
  }
  if (typeof guard === 'function') {
    const composite = guard as { check?: unknown; guards?: unknown[]; name?: string };
    const parts = composite.guards;
    if (!Array.isArray(parts)) return composite.name || 'inline';
    const names = parts.map(guardName);
    if (composite.name === 'not') return `not ${names.join(', ')}`;
    return names.join(composite.name === 'or' ? ' or ' : ' and ');
  }
  return 'inline';
}

/**
 * The state value of a dotted path (the inverse of {@link statePath} for one region).
 *
 * @example
 * ```ts
 * valueFromPath('refused.appealWindowOpen'); // { refused: 'appealWindowOpen' }
 * ```
 * @category Case API
 */
export function valueFromPath(path: string): StateValue {
  const parts = path.split('.');
  let value: StateValue = parts.pop()!;
  while (parts.length > 0) value = { [parts.pop()!]: value };
  return value;
}
