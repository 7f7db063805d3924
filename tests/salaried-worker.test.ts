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
import type { IsoDate } from '../src';

const dueOf = (current: PermitCase, id: string, at?: IsoDate) => deadlines(current, at).find((d) => d.id === id)?.due;

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
    expect(s).toMatchObject({ state: 'vacancyFilled', final: true, allowedEvents: [] });
    expect([s.rights.reside.verdict, s.rights.work.verdict]).toEqual(['denied', 'denied']);
    expect(s.rights.work.source?.quote).toBe('If the job offer cannot be filled with a person registered with the ADEM');
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

  it('records a registered candidate hired after the 3 weeks, as the position is then filled through ADEM', () => {
    const late = salariedCase([
      { type: 'vacancy.declared', at: '2026-01-12' },
      { type: 'candidate.proposed', at: '2026-01-19' },
      { type: 'candidate.notHired', at: '2026-01-26' },
      { type: 'candidate.hired', at: '2026-02-10' },
    ]);
    expect(status(late)).toMatchObject({ state: 'vacancyFilled', final: true });
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

  it('deems the application rejected once 4 months pass without an answer, and still records a late decision', () => {
    const waiting = salariedCase(toSubmitted);
    expect(dueOf(waiting, 'decision')).toBe('2026-07-02');
    expect(status(waiting, '2026-07-02').state).toBe('awaitingDecision');
    const lapsed = status(waiting, '2026-07-03');
    expect(lapsed).toMatchObject({ state: 'deemedRejected', final: false });
    expect(lapsed.rights.reside).toMatchObject({ verdict: 'denied', source: { section: 'Processing time' } });
    expect(lapsed.allowedEvents).toEqual(['authorisation.granted', 'authorisation.refused']);
    expect(deadlines(waiting, '2026-07-03')).toEqual([]);
    const late = apply(waiting, { type: 'authorisation.granted', at: '2026-07-03' });
    expect(late.ok && late.value.state).toBe('awaitingVisa');
  });

  it('states no right before entry, with the sentence that says so', () => {
    const preparing = status(salariedCase(toSubmitted.slice(0, 3)));
    expect(preparing.state).toBe('preparingApplication');
    for (const right of [preparing.rights.reside, preparing.rights.work]) {
      expect(right).toMatchObject({ verdict: 'denied', source: { section: 'Conditions', quote: 'must fulfil the following conditions before entering the country' } });
    }
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
    expect(s).toMatchObject({ validUntil: '2027-06-01' });
    expect(s.rights.work).toMatchObject({ verdict: 'granted', until: '2027-06-01' });
    expect(s.rights.reside).toMatchObject({ verdict: 'granted', until: '2027-06-01' });
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
    const expired = status(valid, '2027-06-02');
    expect(expired).toMatchObject({ state: 'expired', final: true });
    expect(expired.rights.work).toMatchObject({ verdict: 'denied', source: { section: 'Duration of validity' } });
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

  it('tells about the change of employment only while one can still be requested', () => {
    const codes = (current: PermitCase, at?: IsoDate) => status(current, at).notices.map((notice) => notice.code);
    const valid = salariedCase(toPermitValid);
    expect(codes(valid)).toContain('employmentChangeBeforeFirstRenewal');
    const pending = salariedCase([
      ...toPermitValid,
      { type: 'renewal.applied', at: '2027-04-15', workedWholeValidity: true, receivingUnemploymentBenefits: false, documents: completeRenewal },
    ]);
    expect(codes(pending)).not.toContain('employmentChangeBeforeFirstRenewal');
    const refused = salariedCase([...pending.events, { type: 'renewal.refused', at: '2027-05-01' }]);
    expect(codes(refused, '2027-05-02')).not.toContain('employmentChangeBeforeFirstRenewal');
  });

  it('refuses a change of profession after the first renewal', () => {
    const renewed = salariedCase([
      ...toPermitValid,
      { type: 'renewal.applied', at: '2027-04-15', workedWholeValidity: true, receivingUnemploymentBenefits: false, documents: completeRenewal },
      { type: 'renewal.granted', at: '2027-05-20', validUntil: '2029-06-01' },
    ]);
    expectRefused(renewed, { ...change, at: '2027-07-01' }, 'event.notAllowed');
  });

  it('leaves the rights undetermined once the permit expires with the renewal still pending, and continues it when granted', () => {
    const pending = salariedCase([
      ...toPermitValid,
      { type: 'renewal.applied', at: '2027-05-15', workedWholeValidity: true, receivingUnemploymentBenefits: false, documents: completeRenewal },
    ]);
    const after = status(pending, '2027-06-02');
    expect(after.state).toBe('renewalPendingAfterExpiry');
    for (const right of [after.rights.reside, after.rights.work]) {
      expect(right.verdict).toBe('undetermined');
      expect(right.assumption).toMatch(/does not say whether the holder may stay or work/);
    }
    expect(after.validUntil).toBeNull();
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
    const codes = (at: IsoDate) => status(longStay, at).notices.map((notice) => notice.code);
    expect(codes('2031-06-01')).not.toContain('longTermResidenceEligible');
    expect(codes('2031-06-02')).toContain('longTermResidenceEligible');
  });
});

describe('salaried worker: appeals against a refusal', () => {
  it('opens 3 months to the tribunal, ending on the month-end day even if it is a Sunday', () => {
    const refused = salariedCase(toRefused('2026-11-30', '2026-08-10'));
    expect(status(refused)).toMatchObject({ state: 'refused.appealWindowOpen', phase: 'appeal', final: false });
    expect(status(refused).rights.reside.verdict).toBe('denied');
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
    // Sent back after the permit's last day: no right is granted or denied, on the judgment's day and after it.
    expect(status(refusedRenewal)).toMatchObject({ state: 'renewalPending', validUntil: null });
    expect(status(refusedRenewal).rights.work.verdict).toBe('undetermined');
    expect(status(refusedRenewal, '2027-10-06').state).toBe('renewalPendingAfterExpiry');
    expect(status(refusedRenewal, '2027-10-06').rights.reside.verdict).toBe('undetermined');
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

describe('salaried worker: issue 21 examples (rights that say who decides, record reality)', () => {
  /** An application filed on 2025-10-31, after the labour-market test of autumn 2025. */
  const filedOctober = [
    { type: 'vacancy.declared', at: '2025-09-01' },
    { type: 'clock.advanced', at: '2025-09-23' },
    { type: 'ademCertificate.issued', at: '2025-09-25' },
    { ...application, at: '2025-10-31' },
  ];

  it('records a grant dated 2026-03-01 on an application filed 2025-10-31 and never answered in time', () => {
    const waiting = salariedCase(filedOctober, { visaRequired: true }, '2025-09-01');
    expect(dueOf(waiting, 'decision')).toBe('2026-02-28');
    expect(status(waiting, '2026-03-01').state).toBe('deemedRejected');
    const granted = apply(waiting, { type: 'authorisation.granted', at: '2026-03-01' });
    expect(granted.ok).toBe(true);
    if (!granted.ok) return;
    expect(granted.value.state).toBe('awaitingVisa');
    expect(dueOf(granted.value, 'temporaryAuthorisationExpiry')).toBe('2026-05-29');
  });

  it('opens the appeal window on a late express refusal, and none on the silence itself', () => {
    const waiting = salariedCase(filedOctober, { visaRequired: true }, '2025-09-01');
    expect(deadlines(waiting, '2026-03-01')).toEqual([]);
    const refused = apply(waiting, { type: 'authorisation.refused', at: '2026-03-01' });
    expect(refused.ok).toBe(true);
    if (!refused.ok) return;
    expect(status(refused.value).state).toBe('refused.appealWindowOpen');
    expect(deadlines(refused.value).map((d) => [d.id, d.due])).toEqual([['appealToTribunal', '2026-06-01']]);
  });

  it('keeps the running permit to 2027-06-01 when its renewal, applied 2027-04-15, is refused 2027-05-01', () => {
    const refused = salariedCase([
      ...toPermitValid,
      { type: 'renewal.applied', at: '2027-04-15', workedWholeValidity: true, receivingUnemploymentBenefits: false, documents: completeRenewal },
      { type: 'renewal.refused', at: '2027-05-01' },
    ]);
    const running = status(refused, '2027-05-02');
    expect(running.state).toBe('renewalRefused.appealWindowOpen');
    expect(running.rights.reside).toMatchObject({ verdict: 'granted', until: '2027-06-01' });
    expect(running.rights.work).toMatchObject({ verdict: 'granted', until: '2027-06-01', boundTo: { profession: '2512 Software developers' } });
    expect(status(refused, '2027-06-01').rights.work.verdict).toBe('granted');
    const ended = status(refused, '2027-06-02');
    expect(ended.state).toBe('renewalRefused.appealWindowOpen');
    expect(ended.rights.reside).toMatchObject({ verdict: 'denied', source: { section: 'Duration of validity' } });
    expect(ended.rights.work.verdict).toBe('denied');
    expect(dueOf(refused, 'appealToTribunal', '2027-06-02')).toBe('2027-08-01');
    // Once the refusal is final and the permit has ended, the case ends.
    expect(status(refused, '2027-08-02')).toMatchObject({ state: 'expired', final: true });
  });

  it('accepts a renewal applied 2027-04-10 while a change of employment requested 2027-03-20 is pending, as deadlines shows the window open', () => {
    const changing = salariedCase([
      ...toPermitValid,
      { type: 'employmentChange.requested', at: '2027-03-20', submittedFrom: 'luxembourg', profession: '2511 Systems analysts', sector: 'K Financial and insurance activities' },
    ]);
    expect(changing.state).toBe('employmentChangePending');
    expect(deadlines(changing, '2027-04-10').find((d) => d.id === 'renewalApplication')).toMatchObject({ state: 'open', opens: '2027-04-01', due: '2027-06-01' });
    const applied = apply(changing, { type: 'renewal.applied', at: '2027-04-10', workedWholeValidity: true, receivingUnemploymentBenefits: false, documents: completeRenewal });
    expect(applied.ok).toBe(true);
    if (!applied.ok) return;
    expect(applied.value.state).toBe('renewalPending');
    // The permit does not lapse: the renewal is pending, and the answer to the change can still come.
    expect(status(applied.value, '2027-06-01').rights.work.verdict).toBe('granted');
  });

  it('records the answer to a change of employment that comes while the renewal is pending, and keeps a change still unanswered after the renewal', () => {
    const change = { type: 'employmentChange.requested', at: '2027-03-20', submittedFrom: 'luxembourg', profession: '2511 Systems analysts', sector: 'K Financial and insurance activities' };
    const renewal = { type: 'renewal.applied', at: '2027-04-10', workedWholeValidity: true, receivingUnemploymentBenefits: false, documents: completeRenewal };
    const changed = salariedCase([...toPermitValid, change, renewal, { type: 'employmentChange.granted', at: '2027-04-20' }]);
    expect(changed.state).toBe('renewalPending');
    expect(status(changed).boundTo).toEqual({ profession: '2511 Systems analysts', sector: 'K Financial and insurance activities' });
    const renewedFirst = salariedCase([...toPermitValid, change, renewal, { type: 'renewal.granted', at: '2027-05-20', validUntil: '2029-06-01' }]);
    expect(renewedFirst.state).toBe('employmentChangePending');
    expect(status(renewedFirst).validUntil).toBe('2029-06-01');
  });

  it('records a visa applied for within the 90 days and issued after them', () => {
    const granted = salariedCase([...toSubmitted, { type: 'authorisation.granted', at: '2026-05-04' }]);
    expect(dueOf(granted, 'temporaryAuthorisationExpiry')).toBe('2026-08-01');
    const applied = salariedCase([...toSubmitted, { type: 'authorisation.granted', at: '2026-05-04' }, { type: 'visa.applied', at: '2026-08-01' }]);
    expect(applied.state).toBe('visaApplied');
    expect(status(applied, '2026-08-20').state).toBe('visaApplied');
    const issued = apply(applied, { type: 'visa.issued', at: '2026-08-20' });
    expect(issued.ok && issued.value.state).toBe('readyToEnter');
    if (!issued.ok) return;
    const entered = salariedCase([...toSubmitted, { type: 'authorisation.granted', at: '2026-05-04' }, { type: 'visa.applied', at: '2026-08-01' }, { type: 'visa.issued', at: '2026-08-20' }, { type: 'territory.entered', at: '2026-09-01' }]);
    const onVisa = status(entered, '2026-09-01');
    expect(onVisa.state).toBe('enteredLuxembourg');
    expect(onVisa.rights.reside).toMatchObject({ verdict: 'notDecidedHere', governedBy: 'the type D visa' });
    expect(onVisa.rights.work.verdict).toBe('denied');
    expect(apply(entered, { type: 'arrival.declared', at: '2026-09-02' }).ok).toBe(true);
  });

  it('refuses a visa issued after the 90 days when no application was recorded in time, citing the lapse', () => {
    const granted = salariedCase([...toSubmitted, { type: 'authorisation.granted', at: '2026-05-04' }]);
    const late = apply(granted, { type: 'visa.issued', at: '2026-08-02' });
    expect(late.ok).toBe(false);
    if (late.ok) return;
    expect(late.error.code).toBe('event.notAllowed');
    expect(late.error.details.lapsed).toMatchObject({ deadline: 'temporaryAuthorisationExpiry', source: { quote: 'This temporary authorisation to stay is valid for a duration of 90 days' } });
  });
});
