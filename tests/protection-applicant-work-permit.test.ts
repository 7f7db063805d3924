import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  addMonths,
  apply,
  applyAll,
  createCase,
  deadlines,
  earliestAotApplicationOn,
  law,
  missingDocuments,
  protectionApplicantWorkPermit,
  restore,
  runScenario,
  serialize,
  status,
  type PermitCase,
} from '../src';

const completeApplication = ['aotApplicationForm', 'protectionApplicationCertificateCopy', 'employmentContractCopy', 'curriculumVitae', 'employerJustificationLetter'];
const submitted = (at: string, documents: string[] = completeApplication) => ({ type: 'application.submitted', at, employer: 'Example Bakery SARL', profession: 'Baker', documents });
/** Protection applied for on 15 December 2025: an AOT application is possible from 15 June 2026. */
const facts = { protectionApplicationSubmittedOn: '2025-12-15' };

function open(extra: Record<string, unknown> = {}, at = '2026-03-02'): PermitCase {
  const opened = createCase('protectionApplicantWorkPermit' as string, { at, facts: { ...facts, ...extra } });
  if (!opened.ok) throw opened.error;
  return opened.value;
}

function run(events: unknown[], extra: Record<string, unknown> = {}, at = '2026-03-02'): PermitCase {
  const result = applyAll(open(extra, at), events);
  if (!result.ok) throw result.error;
  return result.value;
}

function refusal(current: PermitCase, event: unknown): string {
  const result = apply(current, event);
  if (result.ok) throw new Error(`${JSON.stringify(event)} was accepted`);
  return result.error.code;
}

const declared = [{ type: 'vacancy.declared', at: '2026-03-02' }];
const toDecision = [...declared, submitted('2026-06-15')];
const toPermit = [...toDecision, { type: 'permit.granted', at: '2026-07-06' }];

describe('AOT: the waiting period after the protection application', () => {
  it('opens the application on the day 6 months after the protection application, not the day before', () => {
    const waiting = run(declared);
    expect(waiting.context).toMatchObject({ protectionAppliedOn: '2025-12-15', earliestApplicationOn: '2026-06-15' });
    expect(deadlines(waiting)).toMatchObject([{ id: 'waitingPeriod', due: '2026-06-14', kind: 'waitingPeriod' }]);
    expect(status(waiting, '2026-06-14').state).toBe('waitingPeriodRunning');
    expect(status(waiting, '2026-06-15').state).toBe('preparingApplication');
    expect(refusal(waiting, submitted('2026-06-14'))).toBe('event.notAllowed');
    const filed = apply(waiting, submitted('2026-06-15'));
    expect(filed.ok && status(filed.value).state).toBe('awaitingDecision');
  });

  it('computes the date with the calendar month-end rule: 31 August + 6 months = 28 February', () => {
    const waiting = run([{ type: 'vacancy.declared', at: '2025-12-01' }], { protectionApplicationSubmittedOn: '2025-08-31' }, '2025-12-01');
    expect(waiting.context).toMatchObject({ earliestApplicationOn: addMonths('2025-08-31', law.protectionAotWaitingPeriodMonths.value) });
    expect(waiting.context).toMatchObject({ earliestApplicationOn: '2026-02-28' });
    expect(refusal(waiting, submitted('2026-02-27'))).toBe('event.notAllowed');
    expect(apply(waiting, submitted('2026-02-28')).ok).toBe(true);
  });

  it('counts from the opening day when the protection application date is not given', () => {
    const opened = createCase('protectionApplicantWorkPermit', { at: '2026-01-05', facts: {} });
    if (!opened.ok) throw opened.error;
    expect(opened.value.context).toMatchObject({ protectionAppliedOn: '2026-01-05', earliestApplicationOn: '2026-07-05' });
  });
});

describe('AOT: the waiting period near the end of the calendar', () => {
  it('opens a case whose waiting period ends after 2999 without a deadline, and never lets it run out', () => {
    const opened = createCase('protectionApplicantWorkPermit', { at: '2999-12-31', facts: {} });
    if (!opened.ok) throw opened.error;
    expect(opened.value.context).toMatchObject({ earliestApplicationOn: null, deadlines: {} });
    expect(earliestAotApplicationOn('2999-06-30')).toBe('2999-12-30');
    expect(earliestAotApplicationOn('2999-07-01')).toBeNull();
  });
});

describe('AOT: the application to ADEM', () => {
  it('needs the vacancy declared and every document; qualifications only where applicable', () => {
    const undeclared = run([]);
    expect(refusal(undeclared, submitted('2026-06-15'))).toBe('event.notAllowed');
    const waiting = run(declared);
    expect(refusal(waiting, submitted('2026-06-15', completeApplication.slice(1)))).toBe('event.notAllowed');
    expect(missingDocuments(waiting)?.missing.map((item) => item.id)).toEqual(completeApplication);
    expect(missingDocuments(open({ hasProfessionalQualifications: true }))?.missing.map((item) => item.id)).toContain('qualificationCertificatesCopy');
    expect(missingDocuments(waiting)?.missing[0]?.label).toContain(`${law.protectionAotApplicationFormCopies.value} copies`);
  });

  it('is not possible when the applicant is responsible for the delay', () => {
    expect(status(run(toDecision, { delayCausedByApplicant: true })).state).toBe('notEligible');
  });

  it('is not possible once a first-instance decision has been taken', () => {
    const decided = run([...declared, { type: 'protection.rejectedAtFirstInstance', at: '2026-05-04' }]);
    expect(status(decided)).toMatchObject({ state: 'notEligible', final: true });
    expect(deadlines(decided)).toEqual([]);
  });

  it('ends when protection is granted, or the protection application is definitively rejected or cancelled', () => {
    expect(status(run([...declared, { type: 'protection.granted', at: '2026-04-01' }])).state).toBe('protectionGranted');
    expect(status(run([...toDecision, { type: 'protection.definitivelyRejected', at: '2026-07-01' }])).state).toBe('protectionApplicationClosed');
    expect(status(run([...toDecision, { type: 'protection.cancelled', at: '2026-07-01' }])).state).toBe('protectionApplicationClosed');
  });

  it('is approved or rejected by the minister', () => {
    expect(status(run([...toDecision, { type: 'permit.refused', at: '2026-07-06' }])).state).toBe('refused');
  });
});

describe('AOT: the permit', () => {
  it('is valid 6 months for one employer and one profession, with no residence permit', () => {
    const s = status(run(toPermit), '2026-08-01');
    expect(s).toMatchObject({
      state: 'permitValid',
      validUntil: '2027-01-05',
      rights: {
        work: { verdict: 'granted', until: '2027-01-05', boundTo: { employer: 'Example Bakery SARL', profession: 'Baker' } },
        reside: { verdict: 'notDecidedHere', governedBy: 'the pending application for international protection' },
      },
    });
    expect(s.boundTo).toEqual({ employer: 'Example Bakery SARL', profession: 'Baker' });
    expect(s.notices.map((notice) => notice.code)).toEqual(['noResidencePermit', 'socialAidCheck']);
  });

  it('expires after its last day, and the contract ends automatically with it', () => {
    const holding = run(toPermit);
    expect(status(holding, '2027-01-05').state).toBe('permitValid');
    const after = status(holding, '2027-01-06');
    expect(after.state).toBe('expired');
    expect(after.notices.find((notice) => notice.code === 'contractTerminated')?.message).toContain('2027-01-05');
  });

  it('is renewed for 6 months more from the day after it ends', () => {
    const renewed = run([...toPermit, { type: 'renewal.applied', at: '2026-12-01' }, { type: 'renewal.granted', at: '2026-12-20' }]);
    expect(renewed.context.validity).toEqual({ from: '2027-01-06', to: '2027-07-05' });
    expect(renewed.context).toMatchObject({ renewals: 1, pastValidities: [{ from: '2026-07-06', to: '2027-01-05' }] });
    expect(protectionApplicantWorkPermit.invariants(renewed.context)).toEqual([]);
  });

  it('still ends on its last day while a renewal is pending; a refused renewal leaves it valid', () => {
    const pending = run([...toPermit, { type: 'renewal.applied', at: '2026-12-01' }]);
    const lapsed = status(pending, '2027-01-06');
    expect(lapsed.state).toBe('renewalPendingAfterExpiry');
    expect(lapsed.rights.work).toMatchObject({ verdict: 'denied', source: { quote: 'when it expires' } });
    expect(lapsed.notices.find((notice) => notice.code === 'contractTerminated')?.message).toContain('2027-01-05');
    const refused = run([...toPermit, { type: 'renewal.applied', at: '2026-12-01' }, { type: 'renewal.refused', at: '2026-12-10' }]);
    expect(status(refused)).toMatchObject({ state: 'permitValid', validUntil: '2027-01-05' });
  });

  it('records a renewal granted after the permit expired: a new 6-month validity from the decision day', () => {
    const pending = run([...toPermit, { type: 'renewal.applied', at: '2026-12-01' }]);
    const renewed = apply(pending, { type: 'renewal.granted', at: '2027-01-20' });
    expect(renewed.ok).toBe(true);
    if (!renewed.ok) return;
    expect(renewed.value.context.validity).toEqual({ from: '2027-01-20', to: '2027-07-19' });
    expect(status(renewed.value)).toMatchObject({ state: 'permitValid', rights: { work: { verdict: 'granted', until: '2027-07-19' } } });
    expect(protectionApplicantWorkPermit.invariants(renewed.value.context)).toEqual([]);
    const refused = apply(pending, { type: 'renewal.refused', at: '2027-01-20' });
    expect(refused.ok && status(refused.value).state).toBe('expired');
  });

  it('survives a first-instance rejection, which only blocks renewal', () => {
    const rejected = run([...toPermit, { type: 'protection.rejectedAtFirstInstance', at: '2026-09-01' }]);
    expect(status(rejected).state).toBe('permitValid');
    expect(refusal(rejected, { type: 'renewal.applied', at: '2026-12-01' })).toBe('event.notAllowed');
  });

  it.each([
    [{ type: 'employment.ended', at: '2026-09-01', endedBy: 'employer' }, 'employmentEnded', 'denied'],
    [{ type: 'employment.ended', at: '2026-09-01', endedBy: 'employee' }, 'employmentEnded', 'denied'],
    [{ type: 'protection.definitivelyRejected', at: '2026-09-01' }, 'protectionApplicationClosed', 'denied'],
    [{ type: 'protection.cancelled', at: '2026-09-01' }, 'protectionApplicationClosed', 'denied'],
    [{ type: 'protection.granted', at: '2026-09-01' }, 'protectionGranted', 'notDecidedHere'],
  ])('is no longer valid after %j', (event, state, work) => {
    const s = status(run([...toPermit, event]));
    expect(s).toMatchObject({ state, final: true, validUntil: null, rights: { work: { verdict: work } } });
    expect(s.rights.reside.verdict).toBe('notDecidedHere');
  });

  it.each(['differentProfession', 'fraud'])('is withdrawn for %s, terminating the contract', (ground) => {
    const s = status(run([...toPermit, { type: 'permit.withdrawn', at: '2026-09-01', ground }]));
    expect(s.state).toBe('withdrawn');
    expect(s.notices.map((notice) => notice.code)).toEqual(['permitWithdrawn', 'contractTerminated']);
  });
});

describe('AOT: the student-job exemption for unaccompanied minors', () => {
  const request = { type: 'studentJobExemption.requested', at: '2026-03-09', employer: 'Example Cinema SARL', documents: ['studentJobContract'] };

  it('is requested with the student-job contract, and leads to a permit for that job', () => {
    const granted = run([request, { type: 'studentJobExemption.granted', at: '2026-03-30' }], { unaccompaniedMinor: true });
    expect(status(granted)).toMatchObject({ state: 'permitValid', validUntil: '2026-09-29', rights: { work: { verdict: 'granted' } } });
    expect(status(granted).boundTo).toEqual({ employer: 'Example Cinema SARL', profession: 'student job' });
  });

  it('is refused as input without the contract, or for an adult', () => {
    expect(refusal(open({ unaccompaniedMinor: true }), { ...request, documents: [] })).toBe('event.notAllowed');
    expect(refusal(open(), request)).toBe('event.notAllowed');
  });

  it('stays open to a minor after a first-instance rejection, which closes the ADEM route', () => {
    const rejected = run([...declared, { type: 'protection.rejectedAtFirstInstance', at: '2026-03-05' }], { unaccompaniedMinor: true });
    expect(status(rejected).state).toBe('waitingPeriodRunning');
    expect(refusal(rejected, submitted('2026-06-15'))).toBe('event.notAllowed');
    expect(apply(rejected, request).ok).toBe(true);
  });

  it('can be refused', () => {
    expect(status(run([request, { type: 'studentJobExemption.refused', at: '2026-03-30' }], { unaccompaniedMinor: true })).state).toBe('studentJobExemptionRefused');
  });
});

describe('AOT: issue 21, rights that say who decides', () => {
  it('granted 2027-08-31, the 6-month AOT runs through 2028-02-29 (month-end rule) and has expired on 2028-03-01', () => {
    const holding = run([...toDecision, { type: 'permit.granted', at: '2027-08-31' }]);
    const lastDay = status(holding, '2028-02-29');
    expect(lastDay).toMatchObject({ state: 'permitValid', validUntil: '2028-02-29', rights: { work: { verdict: 'granted', until: '2028-02-29' } } });
    const after = status(holding, '2028-03-01');
    expect(after.state).toBe('expired');
    expect(after.rights.work).toMatchObject({ verdict: 'denied', source: { quote: 'when it expires' } });
  });

  it('ends on the date of the event that ends the employment, with the sentence and the assumption on when it takes effect', () => {
    const holding = run(toPermit);
    expect(status(holding, '2026-08-31').rights.work.verdict).toBe('granted');
    const ended = run([...toPermit, { type: 'employment.ended', at: '2026-09-01', endedBy: 'employer' }]);
    const s = status(ended, '2026-09-01');
    expect(s.state).toBe('employmentEnded');
    expect(s.rights.work.source?.quote).toBe('when one of the parties to the employment contract ends the working relationship');
    expect(s.rights.work.assumption).toMatch(/not from which day/);
  });

  it('residence is never decided by the AOT: the pending protection application governs it, then the protection status', () => {
    for (const current of [open(), run(toDecision), run(toPermit)]) {
      expect(status(current).rights.reside).toMatchObject({
        verdict: 'notDecidedHere',
        governedBy: 'the pending application for international protection',
        source: { quote: 'The granting of an AOT does not entitle the holder to a residence permit' },
      });
    }
    const protectedPerson = status(run([...toPermit, { type: 'protection.granted', at: '2026-09-01' }]));
    expect(protectedPerson.rights.reside).toMatchObject({ verdict: 'notDecidedHere', governedBy: 'the international protection status granted' });
  });

  it('before the AOT, work is denied with the page\'s sentence; the student-job request does not yet allow work', () => {
    expect(status(run(toDecision)).rights.work).toMatchObject({ verdict: 'denied', source: { quote: 'may apply to work temporarily in certain specific cases' } });
    const requested = run([{ type: 'studentJobExemption.requested', at: '2026-03-09', employer: 'Example Cinema SARL', documents: ['studentJobContract'] }], { unaccompaniedMinor: true });
    expect(status(requested).rights.work).toMatchObject({ verdict: 'denied', source: { quote: 'can apply for an exemption in order to get a temporary work permit' } });
  });
});

describe('AOT: invariants and bad input', () => {
  it('reports a validity longer than 6 months', () => {
    const holding = run(toPermit);
    const tampered = { ...holding.context, validity: { from: '2026-07-06' as const, to: '2027-01-06' as const } };
    expect(protectionApplicantWorkPermit.invariants(tampered)).toEqual(['validity 2026-07-06..2027-01-06 exceeds 6 months (last day 2027-01-05)']);
    expect(protectionApplicantWorkPermit.invariants(holding.context)).toEqual([]);
  });

  it('refuses bad facts with a typed error', () => {
    const opened = createCase('protectionApplicantWorkPermit', { at: '2026-03-02', facts: { protectionApplicationSubmittedOn: '2025-02-30' } });
    expect(opened.ok).toBe(false);
    if (!opened.ok) expect(opened.error).toMatchObject({ code: 'facts.invalid', path: ['facts', 'protectionApplicationSubmittedOn'] });
  });

  it.each([
    [{ type: 'permit.withdrawn', at: '2026-09-01', ground: 'absence' }, 'event.invalid', ['ground']],
    [{ type: 'employment.ended', at: '2026-09-01' }, 'event.invalid', ['endedBy']],
    [{ type: 'renewal.granted', at: '2026-09-01' }, 'event.notAllowed', ['type']],
    [{ type: 'permit.granted', at: '2026-07-01' }, 'event.outOfOrder', ['at']],
  ])('refuses %j with %s and leaves the case unchanged', (event, code, path) => {
    const holding = run(toPermit);
    const before = serialize(holding);
    const result = apply(holding, event);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code, path });
    expect(serialize(holding)).toBe(before);
    const restored = restore(before);
    expect(restored.ok && status(restored.value).state).toBe('permitValid');
  });
});

describe('AOT: example scenarios', () => {
  it.each(['protection-applicant-work-permit-typical.json', 'protection-applicant-work-permit-withdrawal.json'])('%s ends as its expect block says', (name) => {
    const scenario = JSON.parse(readFileSync(new URL(`../examples/scenarios/${name}`, import.meta.url), 'utf8'));
    const result = runScenario(scenario);
    if (!result.ok) throw result.error;
    expect(result.value.status.state).toBe(scenario.expect.state);
    expect(result.value.status.validUntil).toBe(scenario.expect.validUntil);
    expect(Object.fromEntries(result.value.deadlines.map((d) => [d.id, d.due]))).toEqual(scenario.expect.deadlines);
  });
});
