import { describe, expect, it } from 'vitest';
import { apply, applyAll, applyWithSteps, createCase, deadlines, explain, missingDocuments, PermitLifecycleError, restore, serialize, status } from '../src';
import { seasonalCase, toSubmitted } from './support/seasonal';
import type { IsoDate } from '../src';

describe('createCase', () => {
  it('opens a case in the initial state with validated facts and defaults', () => {
    const opened = createCase('seasonalWorker', { at: '2026-01-12', facts: { visaRequired: false } });
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(opened.value.state).toBe('vacancyToBeDeclared');
    expect(opened.value.context.facts).toMatchObject({ visaRequired: false, applicationFiledBy: 'applicant' });
    expect(opened.value.context.lastEventAt).toBe('2026-01-12');
    expect(opened.value.events).toEqual([]);
  });

  it.each([
    ['an unknown procedure', 'noSuchProcedure', { at: '2026-01-12' }, 'procedure.unknown', []],
    ['a bad date', 'seasonalWorker', { at: '2026-02-30' }, 'argument.invalid', ['at']],
    ['an unknown fact', 'seasonalWorker', { at: '2026-01-12', facts: { visaRequierd: true } }, 'facts.invalid', ['facts']],
    ['a fact of the wrong type', 'seasonalWorker', { at: '2026-01-12', facts: { visaRequired: 'yes' } }, 'facts.invalid', ['facts', 'visaRequired']],
  ] as const)('refuses %s with a typed error', (_what, procedure, options, code, path) => {
    const opened = createCase(procedure as string, options);
    expect(opened.ok).toBe(false);
    if (opened.ok) return;
    expect(opened.error).toBeInstanceOf(PermitLifecycleError);
    expect(opened.error.code).toBe(code);
    expect(opened.error.path.slice(0, path.length)).toEqual(path);
  });
});

describe('apply', () => {
  const base = seasonalCase(toSubmitted);
  const frozen = JSON.stringify(base);

  it.each([
    ['an unknown type', { type: 'visa.stamped', at: '2026-03-01' }, 'event.invalid', ['type']],
    ['a missing date', { type: 'authorisation.granted' }, 'event.invalid', ['at']],
    ['an impossible date', { type: 'authorisation.granted', at: '2026-02-31' }, 'event.invalid', ['at']],
    ['an extra field', { type: 'authorisation.granted', at: '2026-03-01', reason: 'x' }, 'event.invalid', []],
    ['a date before the last event', { type: 'authorisation.granted', at: '2026-02-09' }, 'event.outOfOrder', ['at']],
    ['an event the state does not accept', { type: 'arrival.declared', at: '2026-03-01' }, 'event.notAllowed', ['type']],
    ['not an object', 'authorisation.granted', 'event.invalid', []],
    ['null', null, 'event.invalid', []],
  ] as const)('refuses %s with a typed error and changes nothing', (_what, event, code, path) => {
    const result = apply(base, event);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.path.slice(0, path.length)).toEqual(path);
    expect(result.error.message.length).toBeGreaterThan(10);
    expect(JSON.stringify(base)).toBe(frozen);
  });

  it('is pure: the same case and event give the same result, and the input is not mutated', () => {
    const event = { type: 'authorisation.granted', at: '2026-03-20' };
    const first = apply(base, event);
    const second = apply(base, event);
    expect(first.ok && second.ok).toBe(true);
    if (!first.ok || !second.ok) return;
    expect(serialize(first.value)).toBe(serialize(second.value));
    expect(JSON.stringify(base)).toBe(frozen);
    expect(first.value.state).toBe('awaitingVisa');
  });

  it('lets time pass before an event: a decision after the processing period is recorded over the deemed rejection', () => {
    const steps = applyWithSteps(base, { type: 'authorisation.granted', at: '2026-05-11' });
    expect(steps.ok).toBe(true);
    if (!steps.ok) return;
    // the kernel first let the deemed rejection happen, then the late grant took over
    expect(steps.value.steps.map((step) => [step.from, step.to])).toEqual([
      ['awaitingDecision', 'deemedRejected'],
      ['deemedRejected', 'awaitingVisa'],
    ]);
  });

  it('accepts the decision on the last day of the processing period', () => {
    expect(apply(base, { type: 'authorisation.granted', at: '2026-05-10' }).ok).toBe(true);
  });

  it('accepts clock.advanced in a final state as the passage of time, and nothing else', () => {
    const refusedCase = seasonalCase([...toSubmitted, { type: 'authorisation.refused', at: '2026-04-01' }]);
    expect(refusedCase.state).toBe('authorisationRefused');
    expect(apply(refusedCase, { type: 'clock.advanced', at: '2027-01-01' }).ok).toBe(true);
    const refused = apply(refusedCase, { type: 'authorisation.granted', at: '2027-01-01' });
    expect(refused.ok || refused.error.code).toBe('event.notAllowed');
  });

  it('applyAll names the index of the refused event', () => {
    const opened = createCase('seasonalWorker', { at: '2026-01-12', facts: {} });
    if (!opened.ok) throw opened.error;
    const result = applyAll(opened.value, [{ type: 'vacancy.declared', at: '2026-01-12' }, { type: 'visa.issued', at: '2026-01-13' }]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.path[0]).toBe(1);
    expect(result.error.message).toMatch(/^event 1:/);
  });
});

describe('reads', () => {
  const submitted = seasonalCase(toSubmitted);

  it('status reads the case as of a later day without changing it', () => {
    expect(status(submitted).state).toBe('awaitingDecision');
    expect(status(submitted, '2026-05-10').state).toBe('awaitingDecision');
    const later = status(submitted, '2026-05-11');
    expect(later.state).toBe('deemedRejected');
    // not final: the ministry's express answer can still come, and takes over
    expect(later.final).toBe(false);
    expect(later.allowedEvents).toEqual(['authorisation.granted', 'authorisation.refused']);
    expect(later.rights.work).toMatchObject({ verdict: 'denied', source: { quote: expect.stringContaining('If no response is received within this time') } });
    expect(submitted.state).toBe('awaitingDecision');
  });

  it('status refuses a day before the last event with a typed error', () => {
    expect(() => status(submitted, '2026-01-01')).toThrow(PermitLifecycleError);
    expect(() => status(submitted, 'tomorrow' as IsoDate)).toThrow(/date/);
  });

  it('deadlines say who must act by when, with the source', () => {
    const [decision] = deadlines(submitted);
    expect(decision).toMatchObject({ id: 'decision', actor: 'authority', kind: 'decisionPeriod', due: '2026-05-10', state: 'open' });
    expect(decision?.source.file).toBe('004_b06c98a76d7eb733.txt');
    expect(decision?.parameter).toMatchObject({ id: 'seasonalDecisionPeriodMonths', value: 3, unit: 'month' });
  });

  it('missingDocuments lists the checklist against what was supplied, with conditions', () => {
    const preparing = seasonalCase(toSubmitted.slice(0, 3));
    const list = missingDocuments(preparing);
    expect(list?.step).toBe('temporaryAuthorisationApplication');
    expect(list?.missing.map((item) => item.id)).toEqual(['passportCopy', 'criminalRecordExtract', 'qualificationsCopy', 'seasonalContractCopy', 'ademCertificateOriginal', 'housingProof']);
    const byEmployer = seasonalCase(toSubmitted.slice(0, 3), { applicationFiledBy: 'employer', lastAdmittedAsSeasonalWorkerOn: '2024-09-30' });
    const ids = missingDocuments(byEmployer)?.missing.map((item) => item.id);
    expect(ids).toContain('powerOfAttorney');
    expect(ids).not.toContain('housingProof');
    expect(missingDocuments(submitted)).toBeNull();
  });

  it('explain replays the events with guards and sources', () => {
    const why = explain(seasonalCase([...toSubmitted, { type: 'clock.advanced', at: '2026-05-11' }]));
    expect(why.state).toBe('deemedRejected');
    const last = why.steps.at(-1)!;
    expect(last).toMatchObject({ event: 'clock.advanced', from: 'awaitingDecision', to: 'deemedRejected', guard: 'isDecisionPeriodOver' });
    expect(last.source?.quote).toContain('3 months');
    expect(why.steps.find((step) => step.event === 'application.submitted')?.guard).toBe('hasCompleteApplication');
  });
});

describe('snapshots', () => {
  const current = seasonalCase(toSubmitted);

  it('round-trip byte for byte', () => {
    const json = serialize(current);
    const restored = restore(json);
    expect(restored.ok).toBe(true);
    if (!restored.ok) return;
    expect(serialize(restored.value)).toBe(json);
  });

  it.each([
    ['not JSON', '{"format":', 'snapshot.corrupt'],
    ['an array', '[]', 'snapshot.corrupt'],
    ['a foreign object', '{"hello":"world"}', 'snapshot.corrupt'],
  ])('refuses %s', (_what, input, code) => {
    const restored = restore(input);
    expect(restored.ok || restored.error.code).toBe(code);
  });

  it.each([
    ['a newer schema version', (s: Record<string, unknown>) => ({ ...s, schemaVersion: 99 }), 'snapshot.unsupportedVersion'],
    ['an unknown procedure', (s: Record<string, unknown>) => ({ ...s, procedureId: 'nope' }), 'snapshot.unknownProcedure'],
    ['another machine major version', (s: Record<string, unknown>) => ({ ...s, machineVersion: '9.0.0' }), 'snapshot.machineVersionUnsupported'],
    ['a state the machine lacks', (s: Record<string, unknown>) => ({ ...s, state: 'teleported' }), 'snapshot.unknownState'],
    ['a state its events do not lead to', (s: Record<string, unknown>) => ({ ...s, state: 'revoked' }), 'snapshot.corrupt'],
    ['a tampered deadline', (s: Record<string, unknown>) => ({ ...s, context: { ...(s.context as object), deadlines: { decision: { due: '2030-01-01' } } } }), 'snapshot.corrupt'],
    ['an extra field', (s: Record<string, unknown>) => ({ ...s, extra: true }), 'snapshot.corrupt'],
    ['a missing field', (s: Record<string, unknown>) => { const { events: _events, ...rest } = s; return rest; }, 'snapshot.corrupt'],
  ])('refuses %s with a typed error', (_what, tamper, code) => {
    const restored = restore(JSON.stringify(tamper(JSON.parse(serialize(current)))));
    expect(restored.ok).toBe(false);
    if (restored.ok) return;
    expect(restored.error.code).toBe(code);
  });
});
