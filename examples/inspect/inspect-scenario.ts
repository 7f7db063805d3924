/**
 * Run a scenario on a live XState actor with `@statelyai/inspect` attached over
 * a WebSocket, personal data removed from everything sent. The case API decides
 * what happens (validation, lapses when time passes); the actor receives the
 * same steps, so the inspector shows what the case went through.
 */
import { createInspector, type StatelyInspectionEvent } from '@statelyai/inspect';
import WebSocket from 'ws';
import { createActor } from 'xstate';
import { applyWithSteps, createCase, getProcedure, inspectorSanitizers, statePath, type Scenario } from 'permit-lifecycles';

/**
 * What {@link inspectScenario} did.
 *
 * @example
 * ```ts
 * const run: InspectRun = await inspectScenario(scenario, { url: 'ws://127.0.0.1:8080' });
 * console.log(run.state, run.eventsSent);
 * ```
 */
export interface InspectRun {
  /** The actor's state at the end (the same as the case's). */
  state: string;
  /** Events sent to the actor, including the clock steps the kernel inserted. */
  eventsSent: number;
}

/**
 * A WebSocket adapter for `createInspector` (the package's public API) that
 * can say when everything sent has gone out: events wait in a queue until
 * the socket opens; `closed()` resolves once the close handshake is done,
 * which sends what is queued first.
 */
class SocketAdapter {
  private socket: WebSocket | null = null;
  private readonly queue: string[] = [];
  private opened = false;

  constructor(private readonly url: string) {}

  start(): void {
    this.socket = new WebSocket(this.url);
    this.socket.on('open', () => {
      this.opened = true;
      for (const message of this.queue.splice(0)) this.socket!.send(message);
    });
    this.socket.on('error', () => undefined);
  }

  send(event: StatelyInspectionEvent): void {
    const message = JSON.stringify(event);
    if (this.opened && this.socket) this.socket.send(message);
    else this.queue.push(message);
  }

  /** Whether the socket is open (everything queued has been handed to it). */
  isOpen(): boolean {
    return this.opened && this.socket?.readyState === WebSocket.OPEN;
  }

  /** Close the socket and resolve once it is closed (or never opened). */
  closed(): Promise<void> {
    const socket = this.socket;
    if (!socket || socket.readyState === WebSocket.CLOSED) return Promise.resolve();
    return new Promise((resolve) => {
      socket.once('close', () => resolve());
      socket.close();
    });
  }

  stop(): void {
    void this.closed();
  }
}

async function waitFor(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`inspector: timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * Start the scenario's machine as an actor with a WebSocket inspector on
 * `url`, apply the scenario's events, wait until everything was sent, and
 * disconnect. Rejects with an `Error` when the scenario is refused by the
 * case API or the socket does not open within `timeoutMs`.
 *
 * @example
 * ```ts
 * const run = await inspectScenario(readScenario(), { url: 'ws://127.0.0.1:8080' });
 * ```
 */
export async function inspectScenario(scenario: Scenario, options: { url: string; timeoutMs?: number }): Promise<InspectRun> {
  const timeoutMs = options.timeoutMs ?? 5_000;
  const procedure = getProcedure(scenario.procedure);
  if (!procedure) throw new Error(`unknown procedure "${scenario.procedure}"`);
  const opened = createCase(procedure, { at: scenario.openedOn, facts: scenario.facts });
  if (!opened.ok) throw new Error(`cannot open the case: ${opened.error.code}: ${opened.error.message}`);

  const adapter = new SocketAdapter(options.url);
  const inspector = createInspector(adapter, inspectorSanitizers());
  inspector.start();
  const actor = createActor(procedure.machine, {
    input: { at: opened.value.context.openedOn, facts: opened.value.context.facts },
    inspect: inspector.inspect,
  });
  let eventsSent = 0;
  try {
    actor.start();
    let current = opened.value;
    for (const [index, event] of scenario.events.entries()) {
      const outcome = applyWithSteps(current, event);
      if (!outcome.ok) throw new Error(`event ${index} (${event.type}) refused: ${outcome.error.code}: ${outcome.error.message}`);
      for (const step of outcome.value.steps) {
        actor.send(step.event);
        eventsSent += 1;
      }
      current = outcome.value.case;
    }
    const state = statePath(actor.getSnapshot().value);
    if (state !== statePath(current.state)) throw new Error(`the actor ended in ${state}, the case in ${statePath(current.state)}`);
    // The inspector serialises on a later tick; then the socket must be open for the queue to go out.
    await new Promise((resolve) => setTimeout(resolve, 0));
    await waitFor(() => adapter.isOpen(), timeoutMs, `a connection to ${options.url}`);
    return { state, eventsSent };
  } finally {
    actor.stop();
    await new Promise((resolve) => setTimeout(resolve, 0));
    // Closing an open socket sends what is queued first; wait for the close handshake.
    await Promise.race([adapter.closed(), new Promise((resolve) => setTimeout(resolve, timeoutMs))]);
  }
}
