/**
 * Issue 22 for the ancillary work permit: passports, a renewal that re-checks
 * a condition that no longer holds, and the choices the page leaves open made
 * visible (recorded assumptions) or changed where the page says otherwise.
 * Every case is built from dated events through the public case API.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCase, deadlines, explain, machinePage, missingDocuments, runScenario, status, type PermitCase } from '../src';
import { ancillaryWorkPermit } from '../machines/ancillary-work-permit';
import { ancillaryWorkPermitLaw as law } from '../src/law/ancillary-work-permit';
import { deadlineAgreementProblems } from '../src/testing';
import { seedText } from './support/seeds';
import { completeApplication, employer, openAncillary, refused, renewalAlone, renewalTogether, run } from './support/ancillary';

const page = seedText('002_023e4c502a131ddc.txt');
const open = openAncillary;

const submitted = (at: string, extra: Record<string, unknown> = {}) => ({ type: 'application.submitted', at, employer, profession: '512', sector: 'hospitality', documents: completeApplication, ...extra });
const renewal = (at: string, extra: Record<string, unknown> = {}) => ({ type: 'renewal.applied', at, workProof: 'wholeValidity', receivesUnemploymentBenefits: false, documents: renewalAlone, ...extra });

/** First work permit granted 2026-03-16 (valid to 2027-03-15), card collected. */
function holding(residencePermitValidUntil = '2030-06-30', facts: Record<string, unknown> = {}): PermitCase {
  return run(open({ residencePermitValidUntil, ...facts }), [
    { type: 'vacancy.declared', at: '2026-01-12' },
    submitted('2026-01-26'),
    { type: 'workPermit.granted', at: '2026-03-16' },
    { type: 'biometrics.taken', at: '2026-03-24' },
    { type: 'residencePermit.collected', at: '2026-04-02' },
  ]);
}

describe('passports: "a copy of their valid passport"', () => {
  it('an application filed the day after the passport expired is returned, with the passport copy missing', () => {
    const returned = run(open({ residencePermitValidUntil: '2027-09-30', passportExpiresOn: '2026-01-25' }), [{ type: 'vacancy.declared', at: '2026-01-12' }, submitted('2026-01-26')]);
    expect(status(returned).state).toBe('applicationReturned');
    expect(missingDocuments(returned)?.missing.map((item) => item.id)).toEqual(['passportCopy']);
    expect(deadlines(returned).map((d) => d.id)).toEqual(['residencePermitExpiry']);
    const step = explain(returned).steps.at(-1)!;
    expect(step.to).toBe('applicationReturned');
    expect(step.assumption).toMatch(/copy of a passport that has expired/);
  });

  it('a passport valid on its last day still counts; the copy supplied before it expired does not', () => {
    const lastDay = run(open({ residencePermitValidUntil: '2027-09-30', passportExpiresOn: '2026-01-26' }), [{ type: 'vacancy.declared', at: '2026-01-12' }, submitted('2026-01-26')]);
    expect(status(lastDay).state).toBe('awaitingDecision');
    const suppliedEarly = run(open({ residencePermitValidUntil: '2027-09-30', passportExpiresOn: '2026-01-20' }), [
      { type: 'vacancy.declared', at: '2026-01-12' },
      { type: 'documents.supplied', at: '2026-01-15', documents: ['passportCopy'] },
      submitted('2026-01-26', { documents: completeApplication.filter((id) => id !== 'passportCopy') }),
    ]);
    expect(status(suppliedEarly).state).toBe('applicationReturned');
  });

  it('filed again with a renewed passport, the application is examined', () => {
    const returned = run(open({ residencePermitValidUntil: '2027-09-30', passportExpiresOn: '2026-01-25' }), [{ type: 'vacancy.declared', at: '2026-01-12' }, submitted('2026-01-26')]);
    const filed = run(returned, [submitted('2026-02-02', { documents: ['passportCopy'], passportExpiresOn: '2036-02-01' })]);
    expect(status(filed).state).toBe('awaitingDecision');
    expect(deadlines(filed).find((d) => d.id === 'decision')?.due).toBe('2026-05-02');
  });

  it('a renewal application with an expired passport is incomplete: the permit runs on and the copy is listed as missing', () => {
    const current = holding();
    const incomplete = run(current, [renewal('2027-02-01', { passportExpiresOn: '2027-01-31' })]);
    expect(status(incomplete).state).toBe('workPermitValid.residencePermitRemainsValid');
    expect(missingDocuments(incomplete)?.missing.map((item) => item.id)).toEqual(['passportCopy']);
    expect(deadlines(incomplete).find((d) => d.id === 'renewalApplication')).toMatchObject({ opens: '2027-01-15', due: '2027-03-15' });
    const completed = run(incomplete, [renewal('2027-02-08', { documents: ['passportCopy'], passportExpiresOn: '2037-02-01' })]);
    expect(status(completed).state).toBe('renewalPending');
  });

  it('the passport in the facts also counts at renewal', () => {
    const current = holding('2030-06-30', { passportExpiresOn: '2026-12-31' });
    expect(status(run(current, [renewal('2027-02-01')])).state).toBe('workPermitValid.residencePermitRemainsValid');
  });

  it('a passport date that is not a date is refused with its path', () => {
    const opened = createCase('ancillaryWorkPermit' as string, { at: '2026-01-12', facts: { residencePermitValidUntil: '2027-09-30', passportExpiresOn: '2026-02-30' } });
    expect(opened.ok).toBe(false);
    if (!opened.ok) expect(opened.error).toMatchObject({ code: 'facts.invalid', path: ['facts', 'passportExpiresOn'] });
    const prepared = run(open({ residencePermitValidUntil: '2027-09-30' }), [{ type: 'vacancy.declared', at: '2026-01-12' }]);
    expect(refused(prepared, submitted('2026-01-26', { passportExpiresOn: 'soon' }))).toMatchObject({ code: 'event.invalid', path: ['passportExpiresOn'] });
  });
});

describe('renewal re-checks that the activity is still ancillary', () => {
  it('main activity since 2026-09-01: the renewal applied for on 2027-02-01 cannot be granted; the permit runs to 2027-03-15, then work needs a salaried worker residence permit', () => {
    const main = run(holding(), [{ type: 'activity.becameMain', at: '2026-09-01' }]);
    // The window is shown open, and the application it is for is accepted.
    expect(deadlines(main, '2027-03-15').find((d) => d.id === 'renewalApplication')).toMatchObject({ opens: '2027-01-15', due: '2027-03-15' });
    const applied = run(main, [renewal('2027-02-01')]);
    const s = status(applied);
    expect(s.state).toBe('permitValidNotRenewable');
    expect(s.rights.work).toMatchObject({ verdict: 'granted', until: '2027-03-15' });
    expect(s.notices.map((notice) => notice.code)).toContain('salariedProcedureRequired');
    expect(deadlines(applied).map((d) => d.id)).not.toContain('renewalApplication');
    expect(refused(applied, { type: 'renewal.granted', at: '2027-03-01' }).code).toBe('event.notAllowed');
    const step = explain(applied).steps.at(-1)!;
    expect(step).toMatchObject({ to: 'permitValidNotRenewable', source: { quote: 'provided that all the eligibility requirements are still met' } });
    expect(step.assumption).toMatch(/cannot be granted on the ancillary basis/);

    const after = status(applied, '2027-03-16');
    expect(after.state).toBe('salariedProcedureRequired');
    expect(after.final).toBe(true);
    expect(after.rights.work).toMatchObject({ verdict: 'notDecidedHere', governedBy: 'the salaried worker residence permit' });
    expect(after.outcome).toContain('salariedWorker');
  });

  it('the day after the permit ends, before any clock event, the status already points to the salaried permit (no transition needed)', () => {
    const applied = run(holding(), [{ type: 'activity.becameMain', at: '2026-09-01' }, renewal('2027-02-01')]);
    expect(status(applied, '2027-03-16').rights.work).toMatchObject({ verdict: 'notDecidedHere', governedBy: 'the salaried worker residence permit' });
  });

  it('an activity that becomes the main one while the renewal is pending stops that renewal', () => {
    const pending = run(holding(), [renewal('2027-02-01')]);
    const main = run(pending, [{ type: 'activity.becameMain', at: '2027-02-15' }]);
    expect(status(main).state).toBe('permitValidNotRenewable');
    expect(refused(main, { type: 'renewal.granted', at: '2027-03-01' }).code).toBe('event.notAllowed');
  });

  it('after the permit expired with the renewal pending, a main activity closes the case on the salaried procedure', () => {
    const lapsed = run(holding(), [renewal('2027-02-01'), { type: 'clock.advanced', at: '2027-03-16' }]);
    expect(status(lapsed).state).toBe('renewalPendingAfterExpiry');
    const main = run(lapsed, [{ type: 'activity.becameMain', at: '2027-03-20' }]);
    expect(status(main)).toMatchObject({ state: 'salariedProcedureRequired', final: true });
    expect(deadlines(main)).toEqual([]);
  });

  it('a residence permit for private reasons no longer held ends the pending renewal and the work permit, with the page sentence', () => {
    const pending = run(holding(), [renewal('2027-02-01')]);
    const ended = run(pending, [{ type: 'residencePermit.ended', at: '2027-02-20' }]);
    const s = status(ended);
    expect(s.state).toBe('residencePermitEnded');
    expect(s.rights.work).toMatchObject({ verdict: 'denied', source: { quote: 'Third-country nationals must hold a valid residence permit for "private reasons".' } });
    expect(deadlines(ended)).toEqual([]);
    expect(refused(ended, { type: 'renewal.granted', at: '2027-03-01' }).code).toBe('event.notAllowed');
  });

  it('deadlines and apply agree in every state of these cases', () => {
    const main = run(holding(), [{ type: 'activity.becameMain', at: '2026-09-01' }]);
    const applied = run(main, [renewal('2027-02-01')]);
    for (const current of [main, applied]) expect(deadlineAgreementProblems(ancillaryWorkPermit, current)).toEqual([]);
  });
});

describe('choices the page leaves open', () => {
  it('without proof of actual work the renewal is not barred: it is limited to one year, from the parameters table', () => {
    expect(law.ancillaryLimitedRenewalMaxYears.value).toBe(1);
    expect(page).toContain(law.ancillaryLimitedRenewalMaxYears.source.quote);
    expect(law.ancillaryLimitedRenewalMaxYears.assumption).toMatch(/not a bar/);
    const current = holding();
    // The window shown open accepts the application on its last day, proof or not.
    expect(deadlines(current).find((d) => d.id === 'renewalApplication')?.due).toBe('2027-03-15');
    const pending = run(current, [renewal('2027-03-15', { workProof: 'none' })]);
    const s = status(pending);
    expect(s.state).toBe('renewalPending');
    expect(s.notices.map((notice) => notice.code)).toEqual(['renewalLimited']);
    expect(explain(pending).steps.at(-1)?.assumption).toMatch(/without any proof of actual work is not barred/);
    const renewed = run(pending, [{ type: 'renewal.granted', at: '2027-03-15' }]);
    expect(renewed.context.validity).toEqual({ from: '2027-03-16', to: '2028-03-15' });
  });

  it('a renewal starts the day after the previous permit ends, a recorded assumption', () => {
    const renewed = run(holding(), [renewal('2027-02-01'), { type: 'renewal.granted', at: '2027-03-01' }]);
    expect(renewed.context.validity).toEqual({ from: '2027-03-16', to: '2030-03-15' });
    const step = explain(renewed).steps.at(-1)!;
    expect(step.event).toBe('renewal.granted');
    expect(step.assumption).toMatch(/start the day after the previous work permit ends/);
    expect(machinePage(ancillaryWorkPermit)).toContain('taken to start the day after the previous work permit ends');
  });

  it('scenario A: a renewal of both permits must give the new residence permit end; without it the event is invalid and changes nothing', () => {
    const pending = run(holding('2026-12-31', { person: { birthDate: '1990-04-01' } }), [renewal('2026-11-02', { documents: renewalTogether })]);
    const error = refused(pending, { type: 'renewal.granted', at: '2026-12-01' });
    expect(error).toMatchObject({ code: 'event.invalid', path: ['residencePermitValidUntil'] });
    expect(error.message).toContain("must give the new residence permit's last day");
    const lapsed = run(pending, [{ type: 'clock.advanced', at: '2027-01-01' }]);
    expect(refused(lapsed, { type: 'renewal.granted', at: '2027-01-05' }).code).toBe('event.invalid');
    expect(run(lapsed, [{ type: 'renewal.granted', at: '2027-01-05', residencePermitValidUntil: '2029-12-31' }]).context.validity).toEqual({ from: '2027-01-05', to: '2029-12-31' });
    // When only the work permit expires, no residence permit date is needed.
    expect(status(run(holding(), [renewal('2027-02-01'), { type: 'renewal.granted', at: '2027-03-01' }])).state).toBe('workPermitValid.residencePermitRemainsValid');
    expect(machinePage(ancillaryWorkPermit)).toContain('its decision must give the new residence permit');
  });

  it('the employer who did not see or copy the residence permit: breaches with the page sentences and a recorded assumption', () => {
    const started = run(holding(), [{ type: 'work.started', at: '2026-04-07', employer, residencePermitSeen: false, copyKept: false }]);
    expect(status(started).breaches).toEqual([
      { deadline: 'employerSawResidencePermit', due: '2026-04-07', metOn: null },
      { deadline: 'employerKeptCopy', due: '2026-04-07', metOn: null },
    ]);
    for (const id of ['employerSawResidencePermit', 'employerKeptCopy'] as const) {
      const spec = ancillaryWorkPermit.deadlines[id];
      expect(spec.actor).toBe('employer');
      expect(page).toContain(spec.source.quote);
    }
    expect(explain(started).steps.at(-1)?.assumption).toMatch(/no consequence of its own/);
  });

  it('ISCO-08 is the classification version: an assumption on the parameter and on the state', () => {
    expect(law.ancillaryIscoCodeDigits.assumption).toMatch(/ISCO-08/);
    expect(explain(holding()).stateAssumption).toMatch(/ISCO-08/);
  });
});

describe('bundled scenarios', () => {
  it.each([
    ['ancillary-work-permit-renewal-without-proof-of-work.json', 'workPermitValid.residencePermitRemainsValid'],
    ['ancillary-work-permit-activity-became-main.json', 'salariedProcedureRequired'],
    ['ancillary-work-permit-expired-passport.json', 'applicationReturned'],
  ])('%s ends in %s', (name, state) => {
    const scenario = JSON.parse(readFileSync(new URL(`../examples/scenarios/${name}`, import.meta.url), 'utf8'));
    const result = runScenario(scenario);
    if (!result.ok) throw result.error;
    expect(result.value.status.state).toBe(state);
    expect(scenario.expect.state).toBe(state);
  });
});
