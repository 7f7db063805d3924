/**
 * Issue 23, command line: --version, where a JSON or YAML file goes wrong
 * (line and column), empty files, every missing field named, unknown options
 * named, errors as JSON on stderr with --json, the unknown-procedure hint, and
 * quiet clock events folded in the simulate timeline. In process (runCli), so
 * it runs fast; tests/cli.test.ts runs the built binary.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatTimeline } from '../src/cli/format';
import { jsonErrorOffset, lineAndColumn } from '../src/cli/json-position';
import { runCli } from '../src/cli/run';
import type { TimelineRow } from '../src/scenario/run';
import type { IsoDate } from '../src';

const STACK_FRAME = /\n\s+at .+:\d+:\d+/;
let dir = '';
function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return path;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'permit-lifecycles-cli-errors-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('--version', () => {
  it('prints the package version and exits 0', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    for (const flag of ['--version', '-V']) expect(runCli([flag])).toMatchObject({ exitCode: 0, stdout: pkg.version, stderr: '' });
    expect(runCli(['--help']).stdout).toContain('--version');
  });
});

describe('syntax errors give a line and a column', () => {
  it.each([
    ['a trailing comma', '{ "procedure": "seasonalWorker",\n  "openedOn": "2026-01-12",, }', 2, 28, 'Expected double-quoted property name'],
    ['a value missing (Node names no position)', '{\n  "procedure":\n  }', 3, 3, "Unexpected token '}'"],
    ['a file cut short', '{\n  "procedure": "seasonalWorker"', 2, 32, "Expected ',' or '}' after property value"],
    ['a misspelt literal', '{"facts": {"visaRequired": tru}}', 1, 31, "Unexpected token '}'"],
  ])('%s', (_what, text, line, column, problem) => {
    const path = file('syntax.json', text);
    const scenario = runCli(['simulate', path]);
    expect(scenario.exitCode).toBe(2);
    expect(scenario.stderr).toBe(`${path}: not valid JSON at line ${line}, column ${column}: ${problem} [scenario.invalid]`);
    expect(runCli(['eligibility', path]).stderr).toBe(`${path}: not valid JSON at line ${line}, column ${column}: ${problem} [profile.invalid]`);
    const snapshot = runCli(['status', path]);
    expect(snapshot.exitCode).toBe(2);
    expect(snapshot.stderr).toBe(`${path}: not valid JSON at line ${line}, column ${column}: ${problem} [snapshot.corrupt]`);
    expect(JSON.parse(runCli(['status', path, '--json']).stderr)).toEqual({
      code: 'snapshot.corrupt', path: [], file: path, line, column, message: `not valid JSON at line ${line}, column ${column}: ${problem}`,
    });
  });

  it('YAML errors keep their line and column, in text and JSON', () => {
    const path = file('bad.yaml', 'procedure: seasonalWorker\nevents:\n  - type: a\n   at: 2026-01-01\n');
    const run = runCli(['simulate', path, '--json']);
    expect(run.exitCode).toBe(2);
    expect(JSON.parse(run.stderr)).toMatchObject({ code: 'scenario.invalid', file: path, line: 4, column: 1 });
    expect(runCli(['simulate', path]).stderr).toMatch(new RegExp(`^${path}: not valid YAML at line 4, column 1: .+ \\[scenario\\.invalid\\]$`));
  });

  it('finds the first error offset exactly where JSON.parse refuses, and none in valid JSON', () => {
    const samples = ['{"a":}', '{"a":1,}', '[1 2]', '{"a":1', '', '"abc', '{"a":1} x', "{'a':1}", '{"a":"\\q"}', '01', '{"a":[1,{"b":null}],"c":-1.5e3,"d":"\\u00e9"}', ' 12 '];
    const offsets = samples.map((text) => jsonErrorOffset(text));
    expect(offsets).toEqual([5, 7, 3, 6, 0, 4, 8, 1, 7, 1, null, null]);
    expect(lineAndColumn('{\r\n  "a":}', 8)).toEqual({ line: 2, column: 6 });
  });
});

describe('an empty file says so', () => {
  it.each([
    ['simulate', 'empty.json', '', 'scenario', 'scenario.invalid'],
    ['simulate', 'blank.yaml', '# to be written\n\n', 'scenario', 'scenario.invalid'],
    ['eligibility', 'empty.yml', '  \n', 'profile', 'profile.invalid'],
    ['status', 'empty-snapshot.json', '\n', 'snapshot', 'snapshot.corrupt'],
    ['explain', 'empty-explain.json', '', 'snapshot', 'snapshot.corrupt'],
  ])('%s %s', (command, name, content, kind, code) => {
    const path = file(name, content);
    const run = runCli([command, path]);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`^${path}: the file is empty; expected a ${kind} .*\\[${code.replace('.', '\\.')}\\]$`));
  });

  it('/dev/null is an empty file (exit 2), as .ci/run expects', () => {
    expect(runCli(['simulate', '/dev/null'])).toMatchObject({ exitCode: 2, stderr: expect.stringContaining('/dev/null: the file is empty') });
  });
});

describe('missing fields: every one named, and said to be required', () => {
  it('names both missing fields of an empty scenario, not only the first', () => {
    const path = file('no-fields.json', {});
    const run = runCli(['simulate', path]);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toBe(`${path}: 2 required fields missing: procedure, openedOn [scenario.invalid]`);
    const json = JSON.parse(runCli(['simulate', path, '--json']).stderr) as { issues: unknown[] };
    expect(json).toMatchObject({ code: 'scenario.invalid', path: ['procedure'], message: '2 required fields missing: procedure, openedOn', file: path });
    expect(json.issues).toEqual([
      { path: ['procedure'], message: 'required field missing', missing: true },
      { path: ['openedOn'], message: 'required field missing', missing: true },
    ]);
  });

  it('names one missing field as required', () => {
    const path = file('no-date.json', { procedure: 'seasonalWorker' });
    expect(runCli(['simulate', path]).stderr).toBe(`${path}: required field missing: openedOn [scenario.invalid]`);
  });

  it('lists the other problems after the missing fields', () => {
    const path = file('mixed.json', { procedure: 'seasonalWorker', title: 7, readOn: 'soon' });
    const run = runCli(['simulate', path]);
    const [head, ...rest] = run.stderr.split('\n');
    expect(head).toBe(`${path}: required field missing: openedOn; and 2 other problems: [scenario.invalid]`);
    expect(rest.map((line) => line.split(':')[0])).toEqual(['  title', '  readOn']);
  });

  it("names every missing field of an event, with the event's index, date and type", () => {
    const path = file('event-fields.json', { procedure: 'seasonalWorker', openedOn: '2026-01-12', events: [{ type: 'application.submitted', at: '2026-02-10' }] });
    const run = runCli(['simulate', path]);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`^${path}: event 0 \\(application\\.submitted on 2026-02-10\\): \\d required fields missing: events\\[0\\]\\.submittedFrom, events\\[0\\]\\.employer, events\\[0\\]\\.activity.* \\[event\\.invalid\\]$`));
  });

  it('names every missing field of a profile', () => {
    const path = file('profile.json', { nationality: 'thirdCountry' });
    expect(runCli(['eligibility', path]).stderr).toBe(`${path}: 3 required fields missing: asOf, livesIn, job [profile.invalid]`);
  });

  it('keeps one wrong (not missing) field as one line naming it', () => {
    const path = file('wrong.json', { procedure: 'seasonalWorker', openedOn: '2026-02-30' });
    expect(runCli(['simulate', path]).stderr).toMatch(new RegExp(`^${path}: openedOn: .*not a real calendar date.* \\[scenario\\.invalid\\]$`));
  });
});

describe('unknown options', () => {
  it.each([
    [['simulate', 'x.json', '--wat'], 'simulate: unknown option --wat (did you mean --at?); simulate accepts --at VALUE, --json, --save VALUE, --lang VALUE, --help'],
    [['status', 'x.json', '--josn'], 'status: unknown option --josn (did you mean --json?); status accepts --json, --lang VALUE, --at VALUE, --help'],
    [['list', '-x'], 'list: unknown option -x; list accepts --json, --lang VALUE, --help'],
    [['diagram', 'seasonalWorker', '--format'], 'diagram: option --format needs a value'],
    [['list', '--json=yes'], 'list: option --json takes no value'],
    [['--frobnicate'], 'unknown option --frobnicate; before a command only --help and --version are accepted'],
    [['simulat', 'x.json'], 'unknown command "simulat" (did you mean simulate?)'],
  ])('%j: named on the first line, exit 2, no stack trace', (argv, first) => {
    const run = runCli(argv);
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')[0]).toBe(first);
    expect(run.stderr).toContain('Usage: permit-lifecycles');
    expect(run.stderr).not.toMatch(STACK_FRAME);
    expect(run.stderr).not.toContain("place it at the end of the command after '--'");
  });
});

describe('--json: errors as JSON on stderr, exit codes unchanged', () => {
  it('prints { code, path, message } for a missing file, an unknown option, a bad --at and a refused event', () => {
    const missing = runCli(['simulate', join(dir, 'nope.json'), '--json']);
    expect(missing.exitCode).toBe(2);
    expect(JSON.parse(missing.stderr)).toEqual({ code: 'argument.invalid', path: [], message: 'cannot read file (no such file)', file: join(dir, 'nope.json') });
    const option = runCli(['eligibility', 'x.json', '--wat', '--json']);
    expect(option.exitCode).toBe(2);
    expect(JSON.parse(option.stderr)).toMatchObject({ code: 'argument.invalid', path: [], option: '--wat', message: expect.stringContaining('unknown option --wat') });
    const at = runCli(['status', 'x.json', '--at', '2026-7-1', '--json']);
    expect(JSON.parse(at.stderr)).toMatchObject({ code: 'argument.invalid', option: '--at' });
    const unknown = file('astronaut.json', { procedure: 'astronaut', openedOn: '2026-01-12' });
    const procedure = runCli(['simulate', unknown, '--json']);
    expect(procedure.exitCode).toBe(2);
    expect(JSON.parse(procedure.stderr)).toMatchObject({ code: 'procedure.unknown', path: ['procedure'], file: unknown });
  });

  it('keeps text errors without --json, and a --json after -- is a positional, not the option', () => {
    expect(runCli(['simulate', join(dir, 'nope.json')]).stderr).toBe(`${join(dir, 'nope.json')}: cannot read file (no such file)`);
    expect(() => JSON.parse(runCli(['simulate', '--', '--json']).stderr)).toThrow();
  });

  it('every error of every command is one JSON object with a code, a path and a message', () => {
    const cases = [['simulate'], ['status', 'a', 'b'], ['diagram', 'astronaut', '--json'], ['simulate', '/dev/null'], ['eligibility', join(dir, 'profile.json')], ['list', 'extra']];
    for (const argv of cases) {
      const run = runCli([...argv, '--json']);
      expect(run.exitCode, argv.join(' ')).toBe(2);
      const error = JSON.parse(run.stderr) as Record<string, unknown>;
      expect(typeof error.code, argv.join(' ')).toBe('string');
      expect(Array.isArray(error.path)).toBe(true);
      expect(typeof error.message).toBe('string');
    }
  });
});

describe('an unknown procedure says what to do', () => {
  it('in a scenario: the known ids, the nearest one, and how to run a procedure of your own', () => {
    const path = file('typo.json', { procedure: 'seasonalWokrer', openedOn: '2026-01-12' });
    const run = runCli(['simulate', path]);
    expect(run.exitCode).toBe(2);
    const lines = run.stderr.split('\n');
    expect(lines[0]).toBe(`${path}: procedure: unknown procedure "seasonalWokrer"; known: seasonalWorker, salariedWorker, ancillaryWorkPermit, crossBorderFamilyExemption, protectionApplicantWorkPermit; register a procedure of your own with registerProcedures(procedure) before createCase or restore [procedure.unknown]`);
    expect(lines[1]).toBe('  did you mean "seasonalWorker"?');
    expect(lines[2]).toContain('register it with registerProcedures(procedure)');
  });

  it('in diagram, the same hint; no "did you mean" for a name far from every id', () => {
    const run = runCli(['diagram', 'astronaut']);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('unknown procedure "astronaut"; known: seasonalWorker');
    expect(run.stderr).not.toContain('did you mean');
    expect(run.stderr).toContain('registerProcedures(procedure)');
  });
});

describe('simulate folds clock events that change nothing', () => {
  const row = (at: IsoDate, event: string, extra: Partial<TimelineRow> = {}): TimelineRow => ({
    at, event, implicit: false, eventIndex: 0, state: 'awaitingDecision', reside: 'denied', work: 'denied', employer: null, opened: [], closed: [], ...extra,
  });

  it('folds a run of quiet clock events into one line and prints the rows that change something', () => {
    const timeline = [
      row('2026-01-15', 'application.submitted', { opened: [{ id: 'decision', due: '2026-04-15' }] }),
      ...(['2026-02-01', '2026-02-08', '2026-02-15', '2026-02-22', '2026-03-01', '2026-03-15'] as const).map((at) => row(at, 'clock.advanced')),
      row('2026-04-16', 'clock.advanced', { state: 'deemedRejected', closed: [{ id: 'decision', due: '2026-04-15', how: 'passed' }] }),
      row('2026-04-20', 'clock.advanced', { state: 'deemedRejected' }),
    ];
    const lines = formatTimeline(timeline).split('\n');
    expect(lines).toContain('2026-02-01 … 2026-03-15  (time passes, 6 clock events, nothing changes)');
    expect(lines.filter((line) => line.includes('clock events'))).toHaveLength(1);
    expect(lines).toContain('2026-04-16  clock.advanced               → deemedRejected');
    // a single quiet clock event is printed as it is
    expect(lines).toContain('2026-04-20  clock.advanced               → deemedRejected');
    expect(lines.some((line) => line.startsWith('2026-02-08'))).toBe(false);
  });

  it.each<[string, Partial<TimelineRow>]>([
    ['opens a deadline', { opened: [{ id: 'x', due: '2026-03-01' }] }],
    ['closes a deadline', { closed: [{ id: 'x', due: '2026-02-01', how: 'passed' }] }],
    ['changes the state', { state: 'rejected' }],
    ['changes the right to reside', { reside: 'notDecidedHere' }],
    ['changes the right to work', { work: 'undetermined' }],
    ['changes the employer', { employer: 'B SA' }],
    ['is a lapse, not a clock event of the scenario', { implicit: true }],
  ])('does not fold a clock event that %s', (_what, change) => {
    // Only the second clock event is quiet (it repeats the first): folding the first too would make a run of two.
    const after = { ...change, opened: [], closed: [], implicit: false };
    const timeline = [row('2026-01-15', 'application.submitted', { employer: 'A SA' }), row('2026-02-01', 'clock.advanced', { employer: 'A SA', ...change }), row('2026-02-02', 'clock.advanced', { employer: 'A SA', ...after })];
    const text = formatTimeline(timeline);
    expect(text).not.toContain('clock events');
    expect(text).toMatch(/^2026-02-01  (clock\.advanced|\(time passes\)) +→/m);
    // and without the change, the two do fold
    expect(formatTimeline([timeline[0]!, row('2026-02-01', 'clock.advanced', { employer: 'A SA' }), row('2026-02-02', 'clock.advanced', { employer: 'A SA' })])).toContain('2026-02-01 … 2026-02-02  (time passes, 2 clock events, nothing changes)');
  });
});
