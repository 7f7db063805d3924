/**
 * The bundled profiles in examples/profiles: each has its expected answer
 * here (a profile without one fails), and the built CLI's `eligibility`
 * command shows the new reasons for them.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { whichProcedure, type ProcedureId, type ProfileInput } from '../src';
import { CLI_PATH, ensureCliBuilt, REPO_ROOT } from './support/cli-build';

const folder = join(REPO_ROOT, 'examples', 'profiles');

interface Expected {
  applies: ProcedureId[];
  undetermined?: Partial<Record<ProcedureId, string[]>>;
  noPermitNeeded?: string;
  notDecidedHere?: string;
  /** A rule not met, with a fragment of its text. */
  unmet?: [rule: string, text: string];
}

const expected: Record<string, Expected> = {
  'protection-applicant.json': { applies: [] },
  'seasonal-harvest-worker.yaml': { applies: ['seasonalWorker'] },
  'spouse-of-eu-citizen-in-luxembourg.json': { applies: [], noPermitNeeded: 'noPermit.familyOfEuCitizenInLuxembourg' },
  'seasonal-longer-than-cap.yaml': { applies: [], unmet: ['seasonalWorker.staysWithinCap', 'planned stay: 12 months, more than 5'] },
  'seasonal-after-earlier-stay.json': { applies: [], unmet: ['seasonalWorker.staysWithinCap', 'leaves room until 2026-06-15'] },
  'seasonal-resident-in-luxembourg.yaml': { applies: ['seasonalWorker'] },
  'spouse-in-other-member-state.json': { applies: [], notDecidedHere: 'notDecided.familyOfEuCitizenLivingOutsideLuxembourg' },
  'cross-border-spouse.json': { applies: ['crossBorderFamilyExemption'] },
  'seasonal-permit-expired.json': { applies: [], unmet: ['salariedWorker.notAfterSeasonalPermitExpired', 'the seasonal permit expired after 2026-09-15'] },
  'cross-border-spouse-facts-missing.json': {
    applies: [],
    undetermined: { crossBorderFamilyExemption: ['holdsOtherMemberStateAuthorisation', 'euFamily.livesWithPerson'] },
  },
};

function load(name: string): ProfileInput {
  const text = readFileSync(join(folder, name), 'utf8');
  return (name.endsWith('.json') ? JSON.parse(text) : parse(text)) as ProfileInput;
}

describe('bundled profiles', () => {
  it('every profile file has an expected answer, and every expectation a file', () => {
    expect(readdirSync(folder).sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(Object.entries(expected))('%s', (name, expectation) => {
    const result = whichProcedure(load(name));
    if (!result.ok) throw result.error;
    const answer = result.value;
    expect(answer.applies.map((verdict) => verdict.procedure)).toEqual(expectation.applies);
    expect(Object.fromEntries(answer.undetermined.map((verdict) => [verdict.procedure, verdict.missingFacts]))).toEqual(expectation.undetermined ?? {});
    expect(answer.noPermitNeeded?.reasons.map((reason) => reason.rule) ?? []).toEqual(expectation.noPermitNeeded ? [expectation.noPermitNeeded] : []);
    expect(answer.notDecidedHere?.reasons.map((reason) => reason.rule) ?? []).toEqual(expectation.notDecidedHere ? [expectation.notDecidedHere] : []);
    if (expectation.unmet) {
      const [rule, text] = expectation.unmet;
      const reason = answer.doesNotApply.flatMap((verdict) => verdict.reasons).find((entry) => entry.rule === rule);
      expect(reason?.met).toBe(false);
      expect(reason?.text).toContain(text);
    }
  });
});

// Each test spawns node; on a busy machine that takes seconds.
vi.setConfig({ testTimeout: 240_000 });

function eligibility(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI_PATH, 'eligibility', ...args], { cwd: REPO_ROOT, encoding: 'utf8' }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
    });
  });
}

describe.concurrent('the eligibility command shows the new reasons', () => {
  beforeAll(() => ensureCliBuilt(), 120_000);

  it('the seasonal cap, with its sentence', async () => {
    const run = await eligibility('examples/profiles/seasonal-after-earlier-stay.json');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      '[ ] The planned stay, with earlier seasonal stays, is no longer than 5 months over 12 months: planned stay 2026-04-16 to 2026-08-15, but 1 earlier seasonal stay leaves room until 2026-06-15',
    );
    expect(run.stdout).toContain('"valid for no more than 5 months over a total period of 12 months"');
  });

  it('undetermined procedures, with the facts to state', async () => {
    const run = await eligibility('examples/profiles/cross-border-spouse-facts-missing.json');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Undetermined \(the profile does not state a fact they need\):\n {2}crossBorderFamilyExemption: /);
    expect(run.stdout).toContain('[?] The person lives there with their spouse, registered partner or parent, an EU/EEA/Swiss citizen: whether they live together is not stated');
    expect(run.stdout).toContain('state in the profile: euFamily.livesWithPerson');
    expect(run.stdout).toContain('state holdsOtherMemberStateAuthorisation, euFamily.livesWithPerson to decide crossBorderFamilyExemption.');
  });

  it('what the pages do not decide, in text and JSON', async () => {
    const [text, json] = await Promise.all([
      eligibility('examples/profiles/spouse-in-other-member-state.json'),
      eligibility('examples/profiles/spouse-in-other-member-state.json', '--json'),
    ]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/Not decided by these pages:\n {4}\[x\] A family member \(the EU citizen is their spouse\) of an EU citizen living in Luxembourg lives in another member state/);
    expect(text.stdout).not.toContain('No permit needed');
    const answer = JSON.parse(json.stdout) as { noPermitNeeded: unknown; notDecidedHere: { reasons: { rule: string }[] } };
    expect(answer.noPermitNeeded).toBeNull();
    expect(answer.notDecidedHere.reasons.map((reason) => reason.rule)).toEqual(['notDecided.familyOfEuCitizenLivingOutsideLuxembourg']);
  });

  it('names the stay of a bad profile that overlaps another', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'permit-lifecycles-eligibility-'));
    const file = join(dir, 'overlap.json');
    const stays = [{ from: '2026-01-01', to: '2026-02-28' }, { from: '2026-02-01', to: '2026-03-01' }];
    writeFileSync(file, JSON.stringify({ ...load('seasonal-after-earlier-stay.json'), earlierSeasonalStays: stays }));
    try {
      const run = await eligibility(file);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`${file}: earlierSeasonalStays[1]: invalid profile at earlierSeasonalStays.1: overlaps earlier stay 0`);
      expect(run.stderr).toContain('[profile.invalid]');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
