/**
 * Bad input never crashes the CLI, the scenario runner or `whichProcedure`:
 * fast-check feeds them arbitrary arguments, values and mutated scenarios,
 * and every answer is a result with a known code, never an exception.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runScenario, whichProcedure, type ProfileInput } from '../src';
import { jsonErrorOffset } from '../src/cli/json-position';
import { runCli } from '../src/cli/run';

const typical = JSON.parse(readFileSync(new URL('../examples/scenarios/seasonal-worker-typical.json', import.meta.url), 'utf8')) as {
  events: Record<string, unknown>[];
  facts: Record<string, unknown>;
};
const STACK_FRAME = /\n\s+at .+:\d+:\d+/;
const KNOWN = new Set(['scenario.invalid', 'procedure.unknown', 'facts.invalid', 'event.invalid', 'event.outOfOrder', 'event.notAllowed', 'argument.invalid']);

describe('the CLI on arbitrary arguments', () => {
  const word = fc.oneof(
    fc.constantFrom('list', 'simulate', 'status', 'deadlines', 'documents', 'explain', 'diagram', 'eligibility', 'help', '--help', '-h', '--json', '--at', '--format', 'dot', 'mermaid', 'seasonalWorker', '2026-05-01', 'examples/scenarios/seasonal-worker-typical.json', 'examples/profiles/protection-applicant.json', 'package.json', '/dev/null'),
    fc.string({ maxLength: 12 }).filter((text) => !text.startsWith('--save')),
  );

  it('always answers with exit code 0, 1 or 2 and no stack trace', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 5 }), (argv) => {
        const result = runCli(argv);
        expect([0, 1, 2]).toContain(result.exitCode);
        expect(result.stderr).not.toMatch(STACK_FRAME);
        if (result.exitCode !== 0) expect(result.stderr.length).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
  });
});

describe('the CLI with --json on arbitrary arguments', () => {
  const word = fc.oneof(
    fc.constantFrom('list', 'simulate', 'status', 'explain', 'diagram', 'eligibility', '--at', '--format', '--wat', '-x', 'seasonalWorker', 'astronaut', '2026-05-01', '/dev/null', 'package.json', 'examples/profiles/protection-applicant.json', 'nope.json'),
    fc.string({ maxLength: 8 }).filter((text) => !text.startsWith('--save') && text !== '--'),
  );

  it('prints every error as one JSON object with a code, a path and a message, and the same exit code as without --json', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 4 }), fc.nat({ max: 4 }), (words, position) => {
        const argv = [...words.slice(0, position), '--json', ...words.slice(position)];
        const result = runCli(argv);
        if (result.exitCode === 0) return;
        const error = JSON.parse(result.stderr) as { code: unknown; path: unknown; message: unknown };
        expect(typeof error.code).toBe('string');
        expect(Array.isArray(error.path)).toBe(true);
        expect(typeof error.message).toBe('string');
        expect((error.message as string).length).toBeGreaterThan(0);
        expect(result.stderr).not.toMatch(STACK_FRAME);
      }),
      { numRuns: 150 },
    );
  });
});

describe('jsonErrorOffset agrees with JSON.parse', () => {
  it('finds no error in valid JSON, and one in any text JSON.parse refuses', () => {
    const mutated = fc.tuple(fc.json(), fc.nat(), fc.nat({ max: 3 }), fc.constantFrom('', ',', '}', ']', '"', ':', 'x', ' ', '\n', '\t', '\\', '0', '-', '.', 'e', 'u')).map(([text, at, drop, insert]) => {
      const cut = at % (text.length + 1);
      return text.slice(0, cut) + insert + text.slice(cut + drop);
    });
    fc.assert(
      fc.property(fc.oneof(fc.json(), mutated), (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        const offset = jsonErrorOffset(text);
        expect(offset === null).toBe(valid);
        if (offset !== null) expect(offset).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 500 },
    );
  });
});

describe('runScenario on bad scenarios', () => {
  it('returns a typed error for any value', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const run = runScenario(value);
        if (!run.ok) expect(KNOWN).toContain(run.error.code);
      }),
      { numRuns: 300 },
    );
  });

  it('names the event index of a corrupted event', () => {
    fc.assert(
      fc.property(fc.nat({ max: typical.events.length - 1 }), fc.constantFrom('type', 'at', 'employer', 'documents', 'extra'), fc.jsonValue(), (index, field, value) => {
        const events = typical.events.map((event, position) => (position === index ? { ...event, [field]: value } : event));
        const run = runScenario({ ...typical, events });
        if (run.ok) return;
        expect(KNOWN).toContain(run.error.code);
        if (run.error.code !== 'scenario.invalid') expect(run.error.path.slice(0, 2)).toEqual(['events', index]);
        else expect(run.error.path[0]).toBe('events');
      }),
      { numRuns: 200 },
    );
  });
});

describe('whichProcedure on bad profiles', () => {
  it('returns profile.invalid, never throws, for any value', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const answer = whichProcedure(value as ProfileInput);
        if (!answer.ok) expect(answer.error.code).toBe('profile.invalid');
      }),
      { numRuns: 300 },
    );
  });
});
