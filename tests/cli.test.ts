/**
 * The built command line (node dist/cli.js), every command: success (0), bad
 * input (2), an event the procedure refuses (1), and --help (0); errors name
 * the file, event index and field, and never show a stack trace.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { listProcedures, serialize } from '../src';
import { CLI_PATH, ensureCliBuilt, REPO_ROOT } from './support/cli-build';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run the built binary; asynchronous, so the tests of a block run side by side. */
function cli(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI_PATH, ...args], { cwd: REPO_ROOT, encoding: 'utf8' }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
    });
  });
}

const TYPICAL = 'examples/scenarios/seasonal-worker-typical.json';
const LAPSED_YAML = 'examples/scenarios/seasonal-worker-authorisation-lapsed.yaml';
const STACK_FRAME = /\n\s+at .+:\d+:\d+/;

// Each test spawns node one or more times; on a busy machine that takes seconds.
vi.setConfig({ testTimeout: 240_000 });

let dir = '';
function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return path;
}

const opening = { procedure: 'seasonalWorker', openedOn: '2026-01-12', facts: { visaRequired: true } };
const application = { type: 'application.submitted', at: '2026-02-10', submittedFrom: 'abroad', employer: 'Domaine Example SARL', activity: 'harvesting' };

beforeAll(() => {
  ensureCliBuilt();
  dir = mkdtempSync(join(tmpdir(), 'permit-lifecycles-cli-'));
}, 120_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe.concurrent('help and usage', () => {
  it('prints the overview with --help and exits 0', async () => {
    const run = await cli('--help');
    expect(run.code).toBe(0);
    for (const command of ['list', 'simulate', 'status', 'deadlines', 'documents', 'explain', 'diagram', 'eligibility']) expect(run.stdout).toContain(`  ${command} `);
    expect(run.stdout).toContain('Exit codes: 0 success; 1 an event refused');
  });

  it.each(['list', 'simulate', 'status', 'deadlines', 'documents', 'explain', 'diagram', 'eligibility'])('%s --help prints its usage and exits 0', async (command) => {
    const run = await cli(command, '--help');
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith(`Usage: permit-lifecycles ${command}`)).toBe(true);
    expect(run.stderr).toBe('');
    expect((await cli('help', command)).stdout).toBe(run.stdout);
  });

  it('exits 2 with the usage on stderr for no command, an unknown command, an unknown option or a missing argument', async () => {
    const cases = [[], ['frobnicate'], ['simulate', TYPICAL, '--wat'], ['simulate'], ['status', 'a.json', 'b.json']];
    const runs = await Promise.all(cases.map((args) => cli(...args)));
    for (const [index, run] of runs.entries()) {
      expect(run.code, cases[index]!.join(' ')).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain('Usage: permit-lifecycles');
    }
  });
});

describe.concurrent('the binary: --version, empty files and --json errors (issue 23)', () => {
  it('--version prints the version of package.json and exits 0', async () => {
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
    const run = await cli('--version');
    expect(run).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  it('simulate /dev/null exits 2 and says the file is empty', async () => {
    const run = await cli('simulate', '/dev/null');
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('/dev/null: the file is empty; expected a scenario (JSON or YAML, see docs/scenario.schema.json) [scenario.invalid]\n');
  });

  it('--json prints the error as JSON on stderr, with the same exit code', async () => {
    const scenario = file('fields-missing.json', { facts: {} });
    const run = await cli('simulate', scenario, '--json');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(JSON.parse(run.stderr)).toMatchObject({ code: 'scenario.invalid', path: ['procedure'], message: '2 required fields missing: procedure, openedOn', file: scenario });
    const option = await cli('list', '--wat', '--json');
    expect(option.code).toBe(2);
    expect(JSON.parse(option.stderr)).toMatchObject({ code: 'argument.invalid', option: '--wat' });
  });
});

describe.concurrent('list', () => {
  it('lists every registered procedure with its title and seed page', async () => {
    const run = await cli('list');
    expect(run.code).toBe(0);
    for (const procedure of listProcedures()) {
      expect(run.stdout).toContain(procedure.id);
      expect(run.stdout).toContain(procedure.title);
      expect(run.stdout).toContain(`seed: ${procedure.seed}`);
    }
  });

  it('prints JSON with --json', async () => {
    const run = await cli('list', '--json');
    expect(run.code).toBe(0);
    const listed = JSON.parse(run.stdout) as { id: string; seed: string }[];
    expect(listed.map((entry) => entry.id)).toEqual(listProcedures().map((procedure) => procedure.id));
  });
});

describe.concurrent('simulate', () => {
  it('prints the timeline with states, rights, deadlines, then status and deadlines', async () => {
    const run = await cli('simulate', TYPICAL);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('2026-01-12  vacancy.declared             → labourMarketTestRunning');
    expect(run.stdout).toContain('+ deadline labourMarketTest due 2026-02-02');
    expect(run.stdout).toContain('- deadline labourMarketTest passed (due 2026-02-02)');
    expect(run.stdout).toContain('- deadline arrivalDeclaration met (due 2026-04-17)');
    expect(run.stdout).toContain('may reside, may work, bound to employer Domaine Example SARL');
    expect(run.stdout).toContain('State on 2026-07-15: residencePermitValid');
    expect(run.stdout).toContain('until 2026-09-15');
  });

  it("prints what the command line guide shows as its real output, line for line and in order", async () => {
    const guide = readFileSync(join(REPO_ROOT, 'docs/guide/cli.md'), 'utf8');
    const block = /<!-- simulate-output:start -->\n```text simulate-output\n([\s\S]*?)\n```\n<!-- simulate-output:end -->/.exec(guide)?.[1];
    expect(block, 'docs/guide/cli.md simulate-output block').toBeDefined();
    const shown = block!.split('\n').filter((line) => line !== '…');
    const printed = (await cli('simulate', TYPICAL)).stdout.split('\n');
    let from = 0;
    for (const line of shown) {
      const found = printed.indexOf(line, from);
      expect(found, `docs/guide/cli.md line not printed (in order): ${line}`).toBeGreaterThanOrEqual(0);
      from = found + 1;
    }
    expect(shown.length).toBeGreaterThan(30);
  });

  it('reads YAML scenarios', async () => {
    const run = await cli('simulate', LAPSED_YAML);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('2026-06-18  (time passes)                → temporaryAuthorisationExpired');
    expect(run.stdout).toContain('- deadline temporaryAuthorisationExpiry passed (due 2026-06-17)');
  });

  it('--at applies the events up to that day and reads the case on it', async () => {
    const run = await cli('simulate', TYPICAL, '--at', '2026-04-15', '--json');
    expect(run.code).toBe(0);
    const output = JSON.parse(run.stdout) as { readOn: string; status: { state: string; validUntil: string }; timeline: { at: string }[] };
    expect(output.readOn).toBe('2026-04-15');
    expect(output.status.state).toBe('enteredLuxembourg');
    // entered on a visa issued 2026-04-02: until the declaration, the stay rests on the visa (at most 3 months)
    expect(output.status.validUntil).toBe('2026-07-01');
    expect(output.timeline.at(-1)?.at).toBe('2026-04-14');
  });

  it('--json prints the run as JSON, without the scenario echoed', async () => {
    const run = await cli('simulate', TYPICAL, '--json');
    const output = JSON.parse(run.stdout) as Record<string, unknown> & { deadlines: { id: string; due: string }[] };
    expect(Object.keys(output).sort()).toEqual(['case', 'deadlines', 'readOn', 'status', 'timeline']);
    expect(output.deadlines.map((d) => [d.id, d.due])).toEqual([
      ['renewalApplication', '2026-09-15'],
      ['validityEnd', '2026-09-15'],
    ]);
  });

  it('--save writes a snapshot that restore accepts', async () => {
    const saved = join(dir, 'saved.json');
    const run = await cli('simulate', TYPICAL, '--save', saved);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Snapshot saved to ${saved}`);
    const snapshot = JSON.parse(readFileSync(saved, 'utf8')) as { format: string; procedureId: string; state: string };
    expect(snapshot).toMatchObject({ format: 'permit-lifecycles/case', procedureId: 'seasonalWorker', state: 'residencePermitValid' });
  });

  it('exits 1 for an event the procedure refuses, naming the event index and the allowed events', async () => {
    const scenario = file('refused.json', { ...opening, events: [{ type: 'vacancy.declared', at: '2026-01-12' }, { type: 'renewal.applied', at: '2026-01-20', employer: 'X SA' }] });
    const run = await cli('simulate', scenario);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`${scenario}: events[1].type: event 1 (renewal.applied on 2026-01-20)`);
    expect(run.stderr).toContain('not allowed in state "labourMarketTestRunning"');
    expect(run.stderr).toContain('[event.notAllowed]');
  });

  it('exits 1 for an event dated before the previous one', async () => {
    const scenario = file('out-of-order.json', { ...opening, events: [{ type: 'vacancy.declared', at: '2026-01-12' }, { type: 'vacancy.filled', at: '2026-01-10' }] });
    const run = await cli('simulate', scenario);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('events[1].at:');
    expect(run.stderr).toContain('[event.outOfOrder]');
  });

  const badScenarios: [string, string, unknown, string[]][] = [
    ['an event with a wrong field', 'bad-event.json', { ...opening, events: [{ type: 'vacancy.declared', at: '2026-01-12' }, { ...application, submittedFrom: 'moon' }] }, ['events[1].submittedFrom:', '[event.invalid]']],
    ['an event of an unknown type', 'bad-type.json', { ...opening, events: [{ type: 'visa.stolen', at: '2026-01-12' }] }, ['events[0].type:', '[event.invalid]']],
    ['an impossible date', 'bad-date.json', { ...opening, openedOn: '2026-02-30' }, ['openedOn:', 'not a real calendar date', '[scenario.invalid]']],
    ['an unknown top-level key', 'bad-key.json', { ...opening, evnts: [] }, ['Unrecognized key', '[scenario.invalid]']],
    ['invalid facts', 'bad-facts.json', { ...opening, facts: { visaRequired: 'yes' } }, ['facts.visaRequired:', '[facts.invalid]']],
    ['an unknown procedure', 'bad-procedure.json', { ...opening, procedure: 'astronaut' }, ['procedure:', 'unknown procedure "astronaut"', '[procedure.unknown]']],
    ['a reading day before the last event', 'bad-read.json', { ...opening, events: [{ type: 'vacancy.declared', at: '2026-01-12' }], readOn: '2026-01-11' }, ['readOn:', '[argument.invalid]']],
    ['malformed JSON', 'bad.json', '{ "procedure": "seasonalWorker",\n  "openedOn": "2026-01-12",, }', ['not valid JSON at line 2']],
    ['malformed YAML', 'bad.yaml', 'procedure: seasonalWorker\nevents:\n  - type: a\n   at: 2026-01-01\n', ['not valid YAML at line 4']],
  ];

  it.each(badScenarios)('exits 2 for %s, naming the file and the field', async (_what, name, content, expected) => {
    const scenario = file(name, content);
    const run = await cli('simulate', scenario);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.startsWith(`${scenario}: `)).toBe(true);
    for (const text of expected) expect(run.stderr).toContain(text);
    expect(run.stderr).not.toMatch(STACK_FRAME);
  });

  it('exits 2 for a missing file, a bad --at and an unwritable --save', async () => {
    expect((await cli('simulate', join(dir, 'nope.json'))).stderr).toContain('nope.json: cannot read file (no such file)');
    const early = await cli('simulate', TYPICAL, '--at', '2025-12-31');
    expect(early.code).toBe(2);
    expect(early.stderr).toContain('--at: cannot read the case on 2025-12-31: it is opened on 2026-01-12');
    expect((await cli('simulate', TYPICAL, '--at', 'tomorrow')).code).toBe(2);
    const unwritable = await cli('simulate', TYPICAL, '--save', join(dir, 'no', 'such', 'dir.json'));
    expect(unwritable.code).toBe(2);
    expect(unwritable.stderr).toContain('cannot write file (ENOENT)');
  });
});

describe.concurrent('status, deadlines, documents and explain on a saved snapshot', () => {
  let snapshot = '';
  beforeAll(async () => {
    snapshot = join(dir, 'case.json');
    const saved = await cli('simulate', TYPICAL, '--save', snapshot);
    expect(saved.code).toBe(0);
  });

  it('status reads the state and rights, on the last event day or --at', async () => {
    const today = await cli('status', snapshot);
    expect(today.code).toBe(0);
    expect(today.stdout).toContain('State on 2026-07-10: residencePermitValid (residence)');
    expect(today.stdout).toContain('  may reside until 2026-09-15\n  may work until 2026-09-15, bound to employer Domaine Example SARL\n');
    const later = await cli('status', snapshot, '--at', '2026-09-16', '--json');
    expect(JSON.parse(later.stdout)).toMatchObject({ state: 'expired', rights: { work: { verdict: 'denied' } }, asOf: '2026-09-16' });
    const expired = await cli('status', snapshot, '--at', '2026-09-16');
    // a "no" says why: the page's sentence behind it
    expect(expired.stdout).toMatch(/  may not work\n    because: Staying in Luxembourg as a third-country national seasonal worker › [^\n]+: "/);
  });

  it('deadlines lists what is due, by when and who acts', async () => {
    const run = await cli('deadlines', snapshot, '--at', '2026-08-01');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('2026-09-15 (from 2026-07-15)  applicant Apply to renew the residence permit [open]');
    const json = JSON.parse((await cli('deadlines', snapshot, '--json')).stdout) as { id: string; due: string; actor: string }[];
    expect(json.map((d) => `${d.id} ${d.due} ${d.actor}`)).toEqual(['renewalApplication 2026-09-15 applicant', 'validityEnd 2026-09-15 applicant']);
  });

  it('documents shows the checklist of the current step', async () => {
    const run = await cli('documents', snapshot);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Documents for "Application to renew the residence permit');
    expect(run.stdout).toContain('[ ] passportCopy:');
    const json = JSON.parse((await cli('documents', snapshot, '--json')).stdout) as { missing: { id: string }[] };
    expect(json.missing.map((item) => item.id)).toContain('feePayment');
  });

  it('explain gives every step with its source', async () => {
    const run = await cli('explain', snapshot);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('seasonalWorker is in residencePermitValid');
    expect(run.stdout).toContain('2026-02-03  (time passes): labourMarketTestRunning → awaitingAdemCertificate [isLabourMarketTestOver]');
    const json = JSON.parse((await cli('explain', snapshot, '--json')).stdout) as { steps: { event: string }[] };
    expect(json.steps.at(-1)?.event).toBe('renewal.granted');
  });

  it('exits 2 for a snapshot restore refuses, a file that is not JSON, or a reading day before the last event', async () => {
    const stored = JSON.parse(readFileSync(snapshot, 'utf8')) as Record<string, unknown>;
    const tampered = file('tampered.json', { ...stored, state: 'renewalPending' });
    const run = await cli('status', tampered);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${tampered}: state: snapshot state "renewalPending" does not match its event log`);
    expect(run.stderr).toContain('[snapshot.corrupt]');
    const notJson = await cli('explain', file('garbage.json', 'not json'));
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toContain('[snapshot.corrupt]');
    const early = await cli('deadlines', snapshot, '--at', '2026-07-01');
    expect(early.code).toBe(2);
    expect(early.stderr).toContain('--at: cannot read the case as of 2026-07-01');
    expect((await cli('status', snapshot, '--at', '2026-7-1')).code).toBe(2);
    expect((await cli('documents', join(dir, 'missing.json'))).code).toBe(2);
  });

  it('reads a snapshot written by serialize() directly', async () => {
    const run = JSON.parse((await cli('simulate', TYPICAL, '--json')).stdout) as { case: Parameters<typeof serialize>[0] };
    const path = file('serialized.json', serialize(run.case));
    expect((await cli('status', path)).stdout).toContain('residencePermitValid');
  });
});

describe.concurrent('diagram', () => {
  it('draws every registered procedure as Mermaid (default) and DOT', async () => {
    await Promise.all(listProcedures().map(async (procedure) => {
      const [mermaid, dot] = await Promise.all([cli('diagram', procedure.id), cli('diagram', procedure.id, '--format', 'dot')]);
      expect(mermaid.code, procedure.id).toBe(0);
      expect(mermaid.stdout.startsWith('stateDiagram-v2')).toBe(true);
      expect(dot.code).toBe(0);
      expect(dot.stdout.startsWith(`digraph "${procedure.id}"`)).toBe(true);
    }));
  });

  it('exits 2 for an unknown procedure or format', async () => {
    const unknown = await cli('diagram', 'astronaut');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown procedure "astronaut"; known: seasonalWorker');
    const format = await cli('diagram', 'seasonalWorker', '--format', 'png');
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('--format: "png" is not a diagram format');
  });
});

describe.concurrent('eligibility', () => {
  it('tells a harvest worker the seasonal procedure applies (YAML profile)', async () => {
    const run = await cli('eligibility', 'examples/profiles/seasonal-harvest-worker.yaml');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Applies:\n {2}seasonalWorker: /);
    expect(run.stdout).toContain('[x] The person will stay more than 3 months: planned stay: 4 months');
  });

  it('tells the spouse of an EU citizen in Luxembourg no permit is needed (JSON profile, --json)', async () => {
    const run = await cli('eligibility', 'examples/profiles/spouse-of-eu-citizen-in-luxembourg.json', '--json');
    expect(run.code).toBe(0);
    const answer = JSON.parse(run.stdout) as { applies: unknown[]; noPermitNeeded: { reasons: { rule: string; source: { file: string } }[] } };
    expect(answer.applies).toEqual([]);
    expect(answer.noPermitNeeded.reasons.map((reason) => [reason.rule, reason.source.file])).toEqual([['noPermit.familyOfEuCitizenInLuxembourg', '002_023e4c502a131ddc.txt']]);
  });

  it('says when a protection applicant may apply', async () => {
    const run = await cli('eligibility', 'examples/profiles/protection-applicant.json');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('No procedure applies on 2026-03-01; protectionApplicantWorkPermit becomes possible from 2026-04-15.');
  });

  it('exits 2 for an invalid profile, naming the field', async () => {
    const profile = file('profile.json', { asOf: '2026-03-01', nationality: 'martian', livesIn: 'luxembourg', job: { plannedMonths: 4 } });
    const run = await cli('eligibility', profile);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${profile}: nationality:`);
    expect(run.stderr).toContain('[profile.invalid]');
    const noJob = await cli('eligibility', file('no-job.yaml', 'asOf: 2026-03-01\nnationality: thirdCountry\nlivesIn: luxembourg\n'));
    expect(noJob.code).toBe(2);
    expect(noJob.stderr).toContain('required field missing: job [profile.invalid]');
  });
});

describe('report', () => {
  const dir = mkdtempSync(join(tmpdir(), 'permit-lifecycles-report-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const ANCILLARY = 'examples/scenarios/ancillary-work-permit-typical.json';

  it('writes one self-contained page with the diagram, the person redacted', async () => {
    const out = join(dir, 'case.html');
    const run = await cli('report', ANCILLARY, '--out', out);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`Report written to ${out}\n`);
    const html = readFileSync(out, 'utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<span class="current" id="current-state">workPermitValid.residencePermitRemainsValid</span>');
    expect(html).toContain('<figure class="diagram"');
    expect(html).not.toContain('Example Applicant');
    expect(html).not.toMatch(/<script|<link |src="http/);
  });

  it('keeps the person with --with-personal-data, reads another day with --at, and refuses a bad day', async () => {
    const kept = await cli('report', ANCILLARY, '--with-personal-data', '--at', '2027-04-01');
    expect(kept.code).toBe(0);
    expect(kept.stdout).toContain('Example Applicant');
    expect(kept.stdout).toContain('<time datetime="2027-04-01">');
    const bad = await cli('report', ANCILLARY, '--at', '2027-02-30');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--at');
  });
});
