import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { applyAll, createCase, deadlines, getProcedure, statePath, status, type IsoDate, type PermitCase } from '../src';
import { main as applyEvents } from '../examples/apply-events';
import { main as createCaseExample } from '../examples/create-case';
import { main as persistAndRestore } from '../examples/persist-and-restore';
import { DEFAULT_SCENARIO, readScenario } from '../examples/scenario-file';
import { main as statusAndDeadlines } from '../examples/status-and-deadlines';

const root = fileURLToPath(new URL('..', import.meta.url));
const run = promisify(execFile);

function output(main: (args: readonly string[], print: (line: string) => void) => number, file: string): { code: number; lines: string[] } {
  const lines: string[] = [];
  const code = main([file], (line) => lines.push(line));
  return { code, lines };
}

const scenarios = readdirSync(`${root}examples/scenarios`)
  .filter((name) => /\.(json|ya?ml)$/.test(name))
  .sort()
  .map((name) => ({ name, file: `${root}examples/scenarios/${name}`, scenario: readScenario(`${root}examples/scenarios/${name}`) }))
  .filter(({ scenario }) => getProcedure(scenario.procedure) !== undefined);

function caseOf(scenario: ReturnType<typeof readScenario>): PermitCase {
  const opened = createCase(scenario.procedure, { at: scenario.openedOn, facts: scenario.facts });
  const applied = opened.ok ? applyAll(opened.value, scenario.events) : opened;
  if (!applied.ok) throw applied.error;
  return applied.value;
}

describe('examples, on the default seasonal-worker scenario', () => {
  it('create-case opens the case in the first state and shows a typed refusal', () => {
    const { code, lines } = output(createCaseExample, DEFAULT_SCENARIO);
    expect(code).toBe(0);
    expect(lines).toEqual([
      'opened a seasonalWorker case on 2026-01-12',
      'state: vacancyToBeDeclared (phase preliminary): The employer must first declare the vacant position to ADEM.',
      'right to reside: denied, right to work: denied',
      'next possible events: vacancy.declared',
      expect.stringMatching(/^refused: argument\.invalid \(field "at"\): /),
    ]);
  });

  it('apply-events shows every step, the lapse of the labour-market test, and a refusal that changes nothing', () => {
    const { code, lines } = output(applyEvents, DEFAULT_SCENARIO);
    expect(code).toBe(0);
    expect(lines).toContain('2026-02-03  (time passes) clock.advanced: labourMarketTestRunning → awaitingAdemCertificate [isLabourMarketTestOver]');
    expect(lines).toContain('2026-07-10  renewal.granted: renewalPending → residencePermitValid [hasRoomUnderStayCap and isValidityConsistent]');
    expect(lines).toContain('final state: residencePermitValid');
    expect(lines).toContain("refused: event.outOfOrder: event dated 2026-07-09 is earlier than the case's last event (2026-07-10)");
    expect(lines.at(-1)).toBe('case unchanged after the refusal: true');
  });

  it('status-and-deadlines reads the scenario day: rights, validity, renewal window and checklist', () => {
    const { code, lines } = output(statusAndDeadlines, DEFAULT_SCENARIO);
    expect(code).toBe(0);
    expect(lines[0]).toBe('on 2026-07-15: residencePermitValid (phase residence)');
    expect(lines[1]).toBe('right to reside: granted until 2026-09-15');
    expect(lines[2]).toBe('right to work: granted until 2026-09-15');
    expect(lines).toContain('deadline renewalApplication: applicant by 2026-09-15 (open): Apply to renew the residence permit');
    expect(lines).toContain('deadline validityEnd: applicant by 2026-09-15 (open): Last day of the right to stay and work');
    expect(lines.at(-1)).toMatch(/^documents for renewalApplication: missing passportCopy, /);
  });

  it('persist-and-restore round-trips and refuses a truncated and a tampered snapshot', () => {
    const { code, lines } = output(persistAndRestore, DEFAULT_SCENARIO);
    expect(code).toBe(0);
    expect(lines[0]).toMatch(/^snapshot: \d+ bytes, schema version \d+, seasonalWorker machine 1\.\d+\.\d+$/);
    expect(lines.slice(1)).toEqual([
      'restored state: residencePermitValid, 18 events',
      'round trip identical: true',
      'truncated snapshot refused: snapshot.corrupt',
      'tampered snapshot refused: snapshot.corrupt at context',
    ]);
  });
});

describe.each(scenarios.map(({ name, file, scenario }) => [name, file, scenario] as const))('examples on %s', (_name, file, scenario) => {
  const expected = caseOf(scenario);
  const day = (scenario.readOn ?? expected.context.lastEventAt) as IsoDate;

  it('create-case, apply-events and persist-and-restore agree with the case API', () => {
    const opened = createCase(scenario.procedure, { at: scenario.openedOn, facts: scenario.facts });
    if (!opened.ok) throw opened.error;
    expect(output(createCaseExample, file).lines[1]).toMatch(new RegExp(`^state: ${statePath(opened.value.state).replace(/\./g, '\\.')} `));
    const applied = output(applyEvents, file);
    expect(applied.code).toBe(0);
    expect(applied.lines).toContain(`final state: ${statePath(expected.state)}`);
    const persisted = output(persistAndRestore, file);
    expect(persisted.lines).toContain(`restored state: ${statePath(expected.state)}, ${scenario.events.length} events`);
    expect(persisted.lines).toContain('round trip identical: true');
  });

  it('status-and-deadlines agrees with the scenario and the case API', () => {
    const { code, lines } = output(statusAndDeadlines, file);
    expect(code).toBe(0);
    const state = status(expected, day).state;
    if (scenario.expect) expect(state).toBe(scenario.expect.state);
    expect(lines[0]).toMatch(new RegExp(`^on ${day}: ${state.replace(/\./g, '\\.')} `));
    const open = deadlines(expected, day);
    for (const deadline of open) expect(lines).toContain(`deadline ${deadline.id}: ${deadline.actor} by ${deadline.due} (${deadline.state}): ${deadline.label}`);
    for (const [id, due] of Object.entries(scenario.expect?.deadlines ?? {})) expect(lines.some((line) => line.startsWith(`deadline ${id}: `) && line.includes(` by ${due} `))).toBe(true);
    if (open.length === 0) expect(lines).toContain('deadlines: none open');
  });
});

describe('examples run as scripts', () => {
  const scripts = [
    ['create-case.ts', 'opened a seasonalWorker case on 2026-01-12'],
    ['apply-events.ts', 'final state: residencePermitValid'],
    ['status-and-deadlines.ts', 'on 2026-07-15: residencePermitValid (phase residence)'],
    ['persist-and-restore.ts', 'round trip identical: true'],
  ] as const;

  it('npx tsx examples/<script> prints its key line and exits 0', async () => {
    // In parallel: each start of tsx costs seconds on a busy machine.
    const outputs = await Promise.all(scripts.map(([script]) => run(process.execPath, ['--import', 'tsx', `examples/${script}`], { cwd: root, timeout: 60_000 })));
    scripts.forEach(([script, line], index) => expect(outputs[index]!.stdout.split('\n'), script).toContain(line));
  });
});
