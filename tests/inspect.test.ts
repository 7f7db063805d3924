import { execFile } from 'node:child_process';
import { once } from 'node:events';
import { readdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createWebSocketInspector } from '@statelyai/inspect';
import { createActor } from 'xstate';
import { WebSocketServer } from 'ws';
import { describe, expect, it } from 'vitest';
import { applyAll, createCase, getProcedure, inspectorSanitizers, sanitizeContext, sanitizeEvent, seasonalWorkerMachine, statePath, type Scenario } from '../src';
import { inspectScenario } from '../examples/inspect/inspect-scenario';
import { readScenario } from '../examples/scenario-file';

const root = fileURLToPath(new URL('..', import.meta.url));
const scenariosDir = `${root}examples/scenarios/`;

const person = {
  fullName: 'Amara Quillfeather',
  passportNumber: 'PQ7731904',
  address: '17 Rue des Essais, L-2911 Luxembourg',
  birthDate: '1991-07-23' as const,
};
const personValues = Object.values(person);

/** A WebSocket server on 127.0.0.1 (random free port) that records every message of one connection. */
async function withReceiver(run: (url: string) => Promise<void>): Promise<string[]> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await once(server, 'listening');
  const messages: string[] = [];
  let closed: Promise<unknown> = Promise.resolve();
  server.on('connection', (socket) => {
    closed = once(socket, 'close');
    socket.on('message', (data) => messages.push(data.toString()));
  });
  try {
    await run(`ws://127.0.0.1:${(server.address() as AddressInfo).port}`);
    await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 5_000))]);
  } finally {
    for (const client of server.clients) client.terminate();
    await new Promise((resolve) => server.close(resolve));
  }
  return messages;
}

function employersIn(events: readonly Record<string, unknown>[]): string[] {
  return events.flatMap((event) => Object.entries(event).filter(([key, value]) => /employer$/i.test(key) && typeof value === 'string').map(([, value]) => value as string));
}

/** The scenario with a person in its facts, when the procedure accepts one. */
function withPerson(scenario: Scenario): { scenario: Scenario; secrets: string[] } {
  const facts = { ...scenario.facts, person: { ...(scenario.facts.person as object | undefined), ...person } };
  const accepted = createCase(scenario.procedure, { at: scenario.openedOn, facts }).ok;
  const next = accepted ? { ...scenario, facts } : scenario;
  const previous = scenario.facts.person as Record<string, unknown> | undefined;
  const secrets = [...(accepted ? personValues : []), ...Object.values(previous ?? {}).filter((value): value is string => typeof value === 'string' && value.length > 4), ...employersIn(scenario.events)];
  return { scenario: next, secrets };
}

const scenarioFiles = readdirSync(scenariosDir)
  .filter((name) => /\.(json|ya?ml)$/.test(name))
  .sort()
  .map((name) => ({ name, scenario: readScenario(`${scenariosDir}${name}`) }))
  .filter(({ scenario }) => getProcedure(scenario.procedure) !== undefined);

describe('sanitizers', () => {
  it('drop facts.person and pseudonymise employers without touching the input', () => {
    const context = { facts: { person, visaRequired: true }, binding: { employer: 'Domaine Quillfeather SARL', sector: 'harvesting' }, deadlines: { decision: { due: '2026-05-10' } } };
    const copy = structuredClone(context);
    expect(sanitizeContext(context)).toEqual({ facts: { visaRequired: true }, binding: { employer: 'employer-1', sector: 'harvesting' }, deadlines: { decision: { due: '2026-05-10' } } });
    expect(context).toEqual(copy);
  });

  it('clean the facts carried by the xstate.init event', () => {
    const init = { type: 'xstate.init', input: { at: '2026-01-12', facts: { person, visaRequired: true } } };
    expect(sanitizeEvent(init)).toEqual({ type: 'xstate.init', input: { at: '2026-01-12', facts: { visaRequired: true } } });
  });

  it('keep one pseudonym per employer within a session', () => {
    const session = inspectorSanitizers();
    expect(session.sanitizeEvent({ type: 'application.submitted', employer: 'A SARL' }).employer).toBe('employer-1');
    expect(session.sanitizeEvent({ type: 'renewal.applied', employer: 'B SA' }).employer).toBe('employer-2');
    expect(session.sanitizeContext({ binding: { employer: 'A SARL' } })).toEqual({ binding: { employer: 'employer-1' } });
  });
});

describe('inspector over a loopback WebSocket', () => {
  it('would leak the person without the sanitizers (the check below can fail)', async () => {
    const messages = await withReceiver(async (url) => {
      const inspector = createWebSocketInspector({ url });
      const actor = createActor(seasonalWorkerMachine, { input: { at: '2026-01-12', facts: { visaRequired: true, holdsEuFamilyResidencePermit: false, holdsOtherMemberStateResidencePermit: false, holdsLuxembourgResidencePermit: false, applicationFiledBy: 'applicant', person } }, inspect: inspector.inspect });
      actor.start();
      await new Promise((resolve) => setTimeout(resolve, 0));
      const deadline = Date.now() + 5_000;
      while ((inspector.adapter as unknown as { status: string }).status !== 'open' && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
      actor.stop();
      await new Promise((resolve) => setTimeout(resolve, 0));
      inspector.stop();
    });
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.join('\n')).toContain(person.passportNumber);
  });

  it.each(scenarioFiles.map(({ name, scenario }) => [name, scenario] as const))('%s: events and snapshots arrive, no personal data', async (_name, original) => {
    const { scenario, secrets } = withPerson(original as Scenario);
    let run = { state: '', eventsSent: 0 };
    const messages = await withReceiver(async (url) => {
      run = await inspectScenario(scenario, { url, timeoutMs: 10_000 });
    });
    const opened = createCase(scenario.procedure, { at: scenario.openedOn, facts: scenario.facts });
    const expected = opened.ok ? applyAll(opened.value, scenario.events) : opened;
    if (!expected.ok) throw expected.error;
    expect(run.state).toBe(statePath(expected.value.state));

    const parsed = messages.map((message) => JSON.parse(message) as { type: string; event?: { type: string }; snapshot?: { value?: unknown; context?: unknown } });
    const kinds = new Set(parsed.map((message) => message.type));
    expect([...kinds].sort()).toEqual(['@xstate.actor', '@xstate.event', '@xstate.snapshot']);
    const sent = parsed.filter((message) => message.type === '@xstate.event' && !message.event!.type.startsWith('xstate.'));
    expect(sent).toHaveLength(run.eventsSent);
    const snapshots = parsed.filter((message) => message.type === '@xstate.snapshot');
    expect(snapshots.length).toBeGreaterThan(run.eventsSent);
    const lastOfCase = snapshots.filter((message) => message.event?.type !== 'xstate.stop').at(-1)!;
    expect(statePath(lastOfCase.snapshot!.value as never)).toBe(run.state);
    expect(lastOfCase.snapshot!.context).toBeDefined();

    expect(secrets.length).toBeGreaterThan(0);
    const everything = messages.join('\n');
    for (const secret of secrets) expect(everything, `"${secret}" reached the inspector`).not.toContain(secret);
    expect(everything).not.toContain('"person"');
  });

  it('runs examples/inspect/main.ts as a script', async () => {
    let output = '';
    const messages = await withReceiver(async (url) => {
      const result = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'examples/inspect/main.ts', '--url', url], { cwd: root, timeout: 60_000 });
      output = result.stdout;
    });
    expect(output).toContain('seasonalWorker: sent 18 events to ws://127.0.0.1:');
    expect(output).toContain('the case ended in residencePermitValid');
    expect(messages.filter((message) => message.includes('"@xstate.snapshot"')).length).toBeGreaterThan(18);
    expect(messages.join('\n')).not.toContain('Example Worker');
    expect(messages.join('\n')).not.toContain('Domaine Example SARL');
  });
});
