/**
 * The store example app (examples/store) runs end to end, in a child
 * process, at a tiny size. Nothing here depends on the machine's speed: only
 * what it prints is checked. (The store benchmark's smoke run is
 * tests/bench-store-smoke.test.ts.)
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../', import.meta.url));

function runTs(script: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('examples/store: bundled scenarios in the embedded store, then the daily sweep', () => {
  it('loads every scenario, lets the seasonal permit lapse and prints what falls due', async () => {
    const run = await runTs('examples/store/main.ts', ['--at', '2026-09-10', '--days', '8']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('  seasonal-worker-typical: seasonalWorker, residencePermitValid, version 18');
    expect(run.stdout).toContain('Daily sweep from 2026-09-10, 8 day(s), listing what falls due within 7 days.');
    // Due within the week of 2026-09-10: the end of the permit and the last day to renew it.
    expect(run.stdout).toMatch(/2026-09-10\n(?:.*\n)*?  seasonal-worker-typical \[residencePermitValid\]: Last day of the right to stay and work \(applicant\) due 2026-09-15, open/);
    // The day after, the sweep records the lapse.
    expect(run.stdout).toMatch(/2026-09-16\n(?:.*\n)*?  seasonal-worker-typical: residencePermitValid -> expired \(recorded as version 19\)/);
    expect(run.stdout).toMatch(/Cases now:\n(?:.*\n)*?  seasonal-worker-typical: expired, version 19/);
  }, 240_000);

  it('refuses a bad date with a message and exit code 1', async () => {
    const run = await runTs('examples/store/main.ts', ['--at', 'tomorrow']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^store example failed: /);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);
});
