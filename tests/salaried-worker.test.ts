import { readFileSync } from 'node:fs';
import { createMachine } from 'xstate';
import { describe, expect, it } from 'vitest';
import {
  apply,
  deadlines,
  explain,
  isFinalStateValue,
  missingDocuments,
  PermitLifecycleError,
  restore,
  runScenario,
  salariedWorkerMachine,
  serialize,
  status,
  type PermitCase,
} from '../src';
import { application, completeRenewal, salariedCase, toArrivalDeclared, toPermitValid, toRefused, toSubmitted } from './support/salaried';

const dueOf = (current: PermitCase, id: string, at?: string) => deadlines(current, at).find((d) => d.id === id)?.due;

function expectRefused(current: PermitCase, event: unknown, code: string, path: (string | number)[] = []) {
  const before = JSON.stringify(current);
  const result = apply(current, event);
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.error).toBeInstanceOf(PermitLifecycleError);
  expect(result.error.code).toBe(code);
  expect(result.error.path.slice(0, path.length)).toEqual(path);
  expect(JSON.stringify(current)).toBe(before);
}

describe('salaried worker: labour-market test and ADEM', () => {
  it('runs the 3-week test from the vacancy declaration, then waits for the certificate', () => {
    const testing = salariedCase([{ type: 'vacancy.declared', at: '2026-01-12' }]);
    expect(dueOf(testing, 'labourMarketTest')).toBe('2026-02-02');
    expect(status(testing, '2026-02-02').state).toBe('labourMarketTestRunning');
    expect(status(testing, '2026-02-03').state).toBe('awaitingAdemCertificate');
    expectRefused(testing, { type: 'ademCertificate.issued', at: '2026-02-02' }, 'event.notAllowed', ['type']);
  });

  it('ends the case when the employer hires the candidate ADEM proposed', () => {
    const filled = salariedCase([
      { type: 'vacancy.declared', at: '2026-01-12' },
      { type: 'candidate.proposed', at: '2026-01-19' },
      { type: 'candidate.hired', at: '2026-01-26' },
    ]);
    const s = status(filled);
    expect(s).toMatchObject({ state: 'vacancyFilled', final: true, mayReside: false, mayWork: false, allowedEvents: [] });
    expect(deadlines(filled)).toEqual([]);
  });

  it('lets the test run on when the proposed candidate is not hired', () => {
    const notHired = salariedCase([
      { type: 'vacancy.declared', at: '2026-01-12' },
      { type: 'candidate.proposed', at: '2026-01-19' },
      { type: 'candidate.notHired', at: '2026-01-26' },
    ]);
    expect(notHired.state).toBe('labourMarketTestRunning');
    expect(status(notHired, '2026-02-03').state).toBe('awaitingAdemCertificate');
  });
});

describe('salaried worker: temporary authorisation to stay', () => {
  it('refuses an application without the documents the page requires, and changes nothing', () => {
    const preparing = salariedCase(toSubmitted.slice(0, 3));
    expect(missingDocuments(preparing)?.missing.map((item) => item.id)).toContain('birthCertificate');
    expectRefused(preparing, { ...application, documents: ['passportCopy'] }, 'event.notAllowed', ['type']);
  });

  it('asks for a proxy and sworn translations only when the facts call for them', () => {
    const preparing = salariedCase(toSubmitted.slice(0, 3), { representedByProxy: true, documentsInGermanFrenchOrEnglish: false });
    const missing = missingDocuments(preparing)?.missing.map((item) => item.id);
    expect(missing).toEqual(expect.arrayContaining(['proxy', 'swornTranslations']));
    expectRefused(preparing, application, 'event.notAllowed');
  });

  it('deems the application rejected once 4 months pass without an answer', () => {
    const waiting = salariedCase(toSubmitted);
    expect(dueOf(waiting, 'decision')).toBe('2026-07-02');
    expect(status(waiting, '2026-07-02').state).toBe('awaitingDecision');
    const lapsed = status(waiting, '2026-07-03');
    expect(lapsed).toMatchObject({ state: 'deemedRejected', final: true, mayReside: false, allowedEvents: [] });
    expectRefused(waiting, { type: 'authorisation.granted', at: '2026-07-03' }, 'event.notAllowed');
  });

  it('counts the 4 months to the last day of a shorter month', () => {
    const waiting = salariedCase([...toSubmitted.slice(0, 3), { ...application, at: '2026-10-31' }]);
    expect(dueOf(waiting, 'decision')).toBe('2027-02-28');
  });

  it('grants a 90-day authorisation, sends visa-bound workers for a visa and lets it lapse unused', () => {
    const granted = salariedCase([...toSubmitted, { type: 'authorisation.granted', at: '2026-05-04' }]);
    expect(granted.state).toBe('awaitingVisa');
    expect(dueOf(granted, 'temporaryAuthorisationExpiry')).toBe('2026-08-01');
    expect(status(granted, '2026-08-01').state).toBe('awaitingVisa');
    expect(status(granted, '2026-08-02').state).toBe('temporaryAuthorisationExpired');
    const visaFree = salariedCase([...toSubmitted, { type: 'authorisation.granted', at: '2026-05-04' }], { visaRequired: false });
    expect(visaFree.state).toBe('readyToEnter');
  });
});

describe('salaried worker: arrival, residence permit and employer duties', () => {
  it('records a registration later than 3 days after arrival as a breach', () => {
    const late = salariedCase([...toArrivalDeclared.slice(0, -1), { type: 'arrival.declared', at: '2026-06-05' }]);
    expect(late.state).toBe('arrivalDeclared');
    expect(status(late).breaches).toEqual([{ deadline: 'arrivalDeclaration', due: '2026-06-04', metOn: '2026-06-05' }]);
  });

  it('binds the right to one profession in one sector, not to an employer, from the declaration of arrival', () => {
    const s = status(salariedCase(toArrivalDeclared));
    expect(s).toMatchObject({ mayReside: true, mayWork: true, validUntil: '2027-06-01' });
    expect(s.boundTo).toEqual({ profession: '2512 Software developers', sector: 'J Information and communication' });
  });

  it('needs accommodation, medical certificate and fee before approving the permit', () => {
    const applied = salariedCase([...toArrivalDeclared, { type: 'residencePermit.applied', at: '2026-06-09', documents: ['housingProof', 'feePayment'] }]);
    expect(missingDocuments(applied)?.missing.map((item) => item.id)).toEqual(['medicalCertificate']);
    expectRefused(applied, { type: 'residencePermit.approved', at: '2026-07-15' }, 'event.notAllowed');
  });

  it('cuts a first permit to 1 year, or 5 years for a long-term resident of another member state', () => {
    const tooLong = { type: 'residencePermit.approved', at: '2026-07-15', validUntil: '2027-12-31' };
    const steps = [...toPermitValid.slice(0, -3), tooLong];
    expect(status(salariedCase(steps)).validUntil).toBe('2027-06-01');
    const longTerm = salariedCase([...toPermitValid.slice(0, -3), { ...tooLong, validUntil: '2040-01-01' }], { visaRequired: true, longTermResidentInAnotherMemberState: true });
    expect(status(longTerm).validUntil).toBe('2031-06-01');
    const shorter = salariedCase([...toPermitValid.slice(0, -3), { ...tooLong, validUntil: '2027-03-31' }]);
    expect(status(shorter).validUntil).toBe('2027-03-31');
  });

  it('counts the employer notification in jours ouvrés, skipping the National Day', () => {
    const started = salariedCase([...toArrivalDeclared, { type: 'work.started', at: '2026-06-19', authorisationSeen: true, copyKept: false }]);
    expect(dueOf(started, 'employerNotification')).toBe('2026-06-25');
    expect(status(started).breaches).toEqual([{ deadline: 'employerKeptCopy', due: '2026-06-19', metOn: null }]);
    expect(status(started, '2026-06-26').breaches).toContainEqual({ deadline: 'employerNotification', due: '2026-06-25', metOn: null });
  });

  it('lets the permit expire when no renewal is applied for', () => {
    const valid = salariedCase(toPermitValid);
    expect(status(valid, '2027-06-01').state).toBe('residencePermitValid');
    expect(status(valid, '2027-06-02')).toMatchObject({ state: 'expired', final: true, mayWork: false });
  });
});

describe('salaried worker: change of employment and renewal', () => {
  const change = { type: 'employmentChange.requested', at: '2026-10-01', submittedFrom: 'luxembourg', profession: '2511 Systems analysts', sector: 'K Financial and insurance activities' };

  it('accepts a change of profession or sector requested from Luxembourg before the first renewal', () => {
    const changed = salariedCase([...toPermitValid, change, { type: 'employmentChange.granted', at: '2026-11-02' }]);
    expect(changed.state).toBe('residencePermitValid');
    expect(status(changed).boundTo).toEqual({ profession: '2511 Systems analysts', sector: 'K Financial and insurance activities' });
    expectRefused(salariedCase(toPermitValid), { ...change, submittedFrom: 'abroad' }, 'event.notAllowed');
  });

  it('keeps the binding when the change is refused', () => {
    const refused = salariedCase([...toPermitValid, change, { type: 'employmentChange.refused', at: '2026-11-02' }]);
    expect(status(refused).boundTo?.profession).toBe('2512 Software developers');
  });

  it('accepts a renewal only within the 2 months before expiry', () => {
    const valid = salariedCase(toPermitValid);
    expect(deadlines(valid).find((d) => d.id === 'renewalApplication')).toMatchObject({ opens: '2027-04-01', due: '2027-06-01' });
    const renewal = { type: 'renewal.applied', at: '2027-03-31', workedWholeValidity: true, receivingUnemploymentBenefits: false, documents: completeRenewal };
    expectRefused(valid, renewal, 'event.notAllowed');
    expect(apply(valid, { ...renewal, at: '2027-04-01' }).ok).toBe(true);
  });

  it('limits the renewal to 1 year when the holder is unemployed or has not worked the whole validity', () => {
    const apply = (worked: boolean, unemployed: boolean) =>
      salariedCase([
        ...toPermitValid,
        { type: 'renewal.applied', at: '2027-04-15', workedWholeValidity: worked, receivingUnemploymentBenefits: unemployed, documents: completeRenewal },
        { type: 'renewal.granted', at: '2027-05-20', validUntil: '2030-06-01' },
      ]);
    expect(status(apply(true, true)).validUntil).toBe('2028-06-01');
    expect(status(apply(false, false)).validUntil).toBe('2028-06-01');
    expect(status(apply(true, false)).validUntil).toBe('2030-06-01');
  });

  it('refuses a renewal whose 1-year limit would already have run out on the day it is granted', () => {
    const pending = salariedCase([
      ...toPermitValid,
      { type: 'renewal.applied', at: '2027-05-15', workedWholeValidity: false, receivingUnemploymentBenefits: false, documents: completeRenewal },
      { type: 'clock.advanced', at: '2027-06-02' },
    ]);
    // The renewal would run 2027-06-02..2028-06-01 at most: granted on 2028-06-02 it would be over already.
    expectRefused(pending, { type: 'renewal.granted', at: '2028-06-02', validUntil: '2030-06-01' }, 'event.notAllowed');
    expect(apply(pending, { type: 'renewal.granted', at: '2028-06-01', validUntil: '2030-06-01' }).ok).toBe(true);
  });

  it('refuses a change of profession after the first renewal', () => {
    const renewed = salariedCase([
      ...toPermitValid,
      { type: 'renewal.applied', at: '2027-04-15', workedWholeValidity: true, receivingUnemploymentBenefits: false, documents: completeRenewal },
      { type: 'renewal.granted', at: '2027-05-20', validUntil: '2029-06-01' },
    ]);
    expectRefused(renewed, { ...change, at: '2027-07-01' }, 'event.notAllowed');
  });

  it('assumes no right once the permit expires with the renewal still pending, and continues it when granted', () => {
    const pending = salariedCase([
      ...toPermitValid,
      { type: 'renewal.applied', at: '2027-05-15', workedWholeValidity: true, receivingUnemploymentBenefits: false, documents: completeRenewal },
    ]);
    expect(status(pending, '2027-06-02')).toMatchObject({ state: 'renewalPendingAfterExpiry', mayReside: false, mayWork: false });
    const granted = apply(pending, { type: 'renewal.granted', at: '2027-06-20', validUntil: '2029-06-01' });
    expect(granted.ok && (granted.value.context as unknown as { permits: unknown[] }).permits).toEqual([
      { from: '2026-06-02', to: '2027-06-01', withoutWork: false },
      { from: '2027-06-02', to: '2029-06-01', withoutWork: false },
    ]);
  });

  it('tells the holder after 5 years of uninterrupted legal residence that long-term residence may be applied for', () => {
    const longStay = salariedCase([
      ...toPermitValid,
      { type: 'renewal.applied', at: '2027-04-15', workedWholeValidity: true, receivingUnemploymentBenefits: false, documents: completeRenewal },
      { type: 'renewal.granted', at: '2027-05-20', validUntil: '2029-06-01' },
      { type: 'renewal.applied', at: '2029-04-15', workedWholeValidity: true, receivingUnemploymentBenefits: false, documents: completeRenewal },
      { type: 'renewal.granted', at: '2029-05-20', validUntil: '2032-06-01' },
    ]);
    const codes = (at: string) => status(longStay, at).notices.map((notice) => notice.code);
    expect(codes('2031-06-01')).not.toContain('longTermResidenceEligible');
    expect(codes('2031-06-02')).toContain('longTermResidenceEligible');
  });
});

describe('salaried worker: appeals against a refusal', () => {
  it('opens 3 months to the tribunal, ending on the month-end day even if it is a Sunday', () => {
    const refused = salariedCase(toRefused('2026-11-30', '2026-08-10'));
    expect(status(refused)).toMatchObject({ state: 'refused.appealWindowOpen', phase: 'appeal', final: false, mayReside: false });
    expect(deadlines(refused).map((d) => [d.id, d.due, d.parameter?.legalBasis])).toEqual([
      ['appealToTribunal', '2027-02-28', 'Law of 21 June 1999 on the procedure before the administrative courts, art. 13'],
    ]);
    expect(status(refused, '2027-02-28').state).toBe('refused.appealWindowOpen');
    expect(status(refused, '2027-03-01')).toMatchObject({ state: 'refused.refusalFinal', final: true, allowedEvents: [] });
    const late = apply(refused, { type: 'tribunalAppeal.lodged', at: '2027-03-01' });
    expect(late.ok || late.error.code).toBe('event.notAllowed');
  });

  it('does not move a time limit that ends on a legal holiday', () => {
    // 15 August 2026 (Assumption, a Saturday) stays the last day.
    expect(dueOf(salariedCase(toRefused('2026-05-15')), 'appealToTribunal')).toBe('2026-08-15');
  });

  it('opens 40 days to the administrative court after a dismissed appeal, counted across the year end', () => {
    const dismissed = salariedCase([
      ...toRefused('2026-06-10'),
      { type: 'tribunalAppeal.lodged', at: '2026-07-01' },
      { type: 'tribunal.judged', at: '2026-12-16', outcome: 'dismissed' },
    ]);
    expect(dismissed.state).toEqual({ refused: 'higherAppealWindowOpen' });
    expect(deadlines(dismissed).map((d) => [d.id, d.due, d.parameter?.legalBasis])).toEqual([
      ['appealToCourt', '2027-01-25', 'Law of 21 June 1999 on the procedure before the administrative courts, art. 38'],
    ]);
    expect(status(dismissed, '2027-01-26').state).toBe('refused.refusalFinal');
    const final = salariedCase([
      ...toRefused('2026-06-10'),
      { type: 'tribunalAppeal.lodged', at: '2026-07-01' },
      { type: 'tribunal.judged', at: '2026-12-16', outcome: 'dismissed' },
      { type: 'courtAppeal.lodged', at: '2027-01-20' },
      { type: 'court.judged', at: '2027-05-04', outcome: 'dismissed' },
    ]);
    expect(status(final)).toMatchObject({ state: 'refused.refusalFinal', final: true });
  });

  it('sends an annulled refusal back for a new decision with a new 4-month period', () => {
    const annulled = salariedCase([
      ...toRefused('2026-06-10'),
      { type: 'tribunalAppeal.lodged', at: '2026-07-01' },
      { type: 'tribunal.judged', at: '2027-01-10', outcome: 'annulled' },
    ]);
    expect(annulled.state).toBe('awaitingDecision');
    expect(deadlines(annulled).map((d) => [d.id, d.due])).toEqual([['decision', '2027-05-10']]);
    expect(apply(annulled, { type: 'authorisation.granted', at: '2027-02-01' }).ok).toBe(true);
  });

  it('appeals a refused renewal the same way', () => {
    const refusedRenewal = salariedCase([
      ...toPermitValid,
      { type: 'renewal.applied', at: '2027-04-15', workedWholeValidity: false, receivingUnemploymentBenefits: false, documents: completeRenewal },
      { type: 'renewal.refused', at: '2027-05-20' },
      { type: 'tribunalAppeal.lodged', at: '2027-06-01' },
      { type: 'tribunal.judged', at: '2027-10-05', outcome: 'reformed' },
    ]);
    expect(status(refusedRenewal)).toMatchObject({ state: 'renewalPendingAfterExpiry', mayWork: false });
    const renewed = apply(refusedRenewal, { type: 'renewal.granted', at: '2027-10-20', validUntil: '2029-06-01' });
    expect(renewed.ok && status(renewed.value).validUntil).toBe('2028-06-01');
  });

  it('works with the kernel: nested states explain, serialise and restore', () => {
    const pending = salariedCase([...toRefused('2026-06-10'), { type: 'tribunalAppeal.lodged', at: '2026-07-01' }]);
    expect(explain(pending).steps.map((step) => step.to).slice(-2)).toEqual(['refused.appealWindowOpen', 'refused.beforeTribunal']);
    expect(explain(pending).state).toBe('refused.beforeTribunal');
    const restored = restore(serialize(pending));
    expect(restored.ok && restored.value.state).toEqual({ refused: 'beforeTribunal' });
    const tampered = JSON.parse(serialize(pending)) as Record<string, unknown>;
    tampered.state = { refused: 'noSuchState' };
    const refusedRestore = restore(tampered);
    expect(refusedRestore.ok || refusedRestore.error.code).toBe('snapshot.unknownState');
  });

  it('treats a nested final state as the end of the case only when nothing can leave it', () => {
    expect(isFinalStateValue(salariedWorkerMachine, { refused: 'refusalFinal' })).toBe(true);
    expect(isFinalStateValue(salariedWorkerMachine, { refused: 'beforeTribunal' })).toBe(false);
    const withOnDone = createMachine({ id: 'm', initial: 'a', states: { a: { initial: 'x', onDone: 'b', states: { x: { type: 'final' } } }, b: {} } });
    expect(isFinalStateValue(withOnDone, { a: 'x' })).toBe(false);
  });
});

describe('salaried worker: bad events', () => {
  const refused = salariedCase(toRefused('2026-06-10'));

  it.each([
    ['an unknown judgment outcome', { type: 'tribunal.judged', at: '2026-07-01', outcome: 'quashed' }, 'event.invalid', ['outcome']],
    ['a renewal decision without an end date', { type: 'renewal.granted', at: '2026-07-01' }, 'event.invalid', ['validUntil']],
    ['an empty profession', { ...application, at: '2026-07-01', profession: '   ' }, 'event.invalid', ['profession']],
    ['an appeal dated before the refusal', { type: 'tribunalAppeal.lodged', at: '2026-06-09' }, 'event.outOfOrder', ['at']],
    ['a judgment before any appeal was lodged', { type: 'tribunal.judged', at: '2026-07-01', outcome: 'dismissed' }, 'event.notAllowed', ['type']],
    ['a further appeal before the tribunal has ruled', { type: 'courtAppeal.lodged', at: '2026-07-01' }, 'event.notAllowed', ['type']],
  ] as const)('refuses %s with a typed error and leaves the case unchanged', (_what, event, code, path) => {
    expectRefused(refused, event, code, [...path]);
  });
});

describe('salaried worker: bundled scenarios', () => {
  it.each(['salaried-worker-typical.json', 'salaried-worker-refusal-appeal.json'])('%s ends as its expect block says', (name) => {
    const scenario = JSON.parse(readFileSync(new URL(`../examples/scenarios/${name}`, import.meta.url), 'utf8')) as {
      expect: { state: string; validUntil?: string | null; deadlines?: Record<string, string> };
    };
    const run = runScenario(scenario);
    expect(run.ok).toBe(true);
    if (!run.ok) return;
    expect(run.value.status.state).toBe(scenario.expect.state);
    if (scenario.expect.validUntil !== undefined) expect(run.value.status.validUntil).toBe(scenario.expect.validUntil);
    const due = Object.fromEntries(run.value.deadlines.map((d) => [d.id, d.due]));
    expect(due).toEqual(scenario.expect.deadlines ?? {});
  });
});
