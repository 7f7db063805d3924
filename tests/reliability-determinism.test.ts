/**
 * Determinism (issue 11): the same events give byte-identical snapshots and
 * reads whatever the process time zone and whatever the system clock says.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { apply, createCase, listProcedures, serialize, status } from '../src';
import { generatePaths, walkProcedure, WALK_START_DATE } from '../src/testing';
import { describeCases, type Scenario } from './support/determinism';

const run = promisify(execFile);
const TIME_ZONES = ['UTC', 'Pacific/Kiritimati', 'America/Sao_Paulo'] as const;
const probe = fileURLToPath(new URL('./support/determinism-probe.ts', import.meta.url));

/** For every procedure, the longest generated path to each of its states. */
const scenarios: Scenario[] = listProcedures().flatMap((procedure) => {
  const longest = new Map<string, Scenario>();
  for (const path of generatePaths(procedure, walkProcedure(procedure))) {
    const known = longest.get(path.expectedState);
    if (!known || path.events.length > known.events.length) longest.set(path.expectedState, { procedureId: procedure.id, openedOn: WALK_START_DATE, facts: path.facts, events: path.events });
  }
  return [...longest.values()];
});
const expected = describeCases(scenarios);
const workDir = mkdtempSync(join(tmpdir(), 'permit-lifecycles-determinism-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe('determinism', () => {
  it(`gives byte-identical output under TZ=${TIME_ZONES.join(', ')}`, async () => {
    const file = join(workDir, 'scenarios.json');
    writeFileSync(file, JSON.stringify(scenarios));
    const outputs = await Promise.all(
      TIME_ZONES.map(async (zone) => {
        const { stdout } = await run(process.execPath, ['--import', 'tsx', probe, file], { env: { ...process.env, TZ: zone }, maxBuffer: 256 * 1024 * 1024 });
        const [header, ...rest] = stdout.split('\n');
        return { zone, header: header!, body: rest.join('\n') };
      }),
    );
    expect(outputs.map((output) => output.header)).toEqual([
      'time zone UTC, offset 0 min',
      'time zone Pacific/Kiritimati, offset -840 min',
      'time zone America/Sao_Paulo, offset 180 min',
    ]);
    expect(scenarios.length).toBeGreaterThan(40);
    for (const output of outputs) expect(output.body === expected, `output under TZ=${output.zone} differs`).toBe(true);
  }, 180_000);

  it('gives byte-identical output whatever the system clock says', () => {
    vi.useFakeTimers();
    try {
      for (const now of ['1970-01-01T00:00:00Z', '2026-06-23T23:59:59Z', '2999-12-31T12:00:00Z']) {
        vi.setSystemTime(new Date(now));
        expect(Date.now()).toBe(Date.parse(now));
        expect(describeCases(scenarios) === expected, `output with the clock at ${now} differs`).toBe(true);
      }
    } finally {
      vi.useRealTimers();
    }
  });

  it('gives the same bytes for the same events, however the case was reached and read in between', () => {
    const events = scenarios.reduce((longest, scenario) => (scenario.events.length > longest.events.length ? scenario : longest));
    const build = (readBetween: boolean): string => {
      const opened = createCase(events.procedureId, { at: events.openedOn, facts: events.facts });
      if (!opened.ok) throw opened.error;
      let current = opened.value;
      for (const event of events.events) {
        if (readBetween) status(current, event.at);
        const next = apply(structuredClone(current), structuredClone(event));
        if (!next.ok) throw next.error;
        current = next.value;
      }
      return serialize(current);
    };
    expect(build(true)).toBe(build(false));
  });
});
