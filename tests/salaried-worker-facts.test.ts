/**
 * Issue 22, salaried worker: what a case must know from outside its own
 * event log (people already living in Luxembourg, passports), and the
 * choices the page leaves open, recorded as assumptions. Every case is a
 * dated scenario built from the shared salaried steps.
 */
import { describe, expect, it } from 'vitest';
import { apply, createCase, deadlines, explain, law, machinePage, missingDocuments, salariedWorker, status } from '../src';
import { application, completeRenewal, salariedCase, toArrivalDeclared, toPermitValid, toSubmitted } from './support/salaried';

const permitHolder = { visaRequired: true, holdsLuxembourgResidencePermit: true, currentResidenceValidUntil: '2026-09-30' };
const granted = { type: 'authorisation.granted', at: '2026-05-04' };
/** A resident's steps to a collected permit, from the grant on 2026-05-04. */
const residentToPermitValid = [
  ...toSubmitted,
  granted,
  { type: 'medicalCertificate.issued', at: '2026-05-08' },
  { type: 'residencePermit.applied', at: '2026-05-11', documents: ['housingProof', 'feePayment'] },
  { type: 'residencePermit.approved', at: '2026-06-15' },
  { type: 'biometrics.taken', at: '2026-06-22' },
  { type: 'residencePermit.collected', at: '2026-07-06' },
];

describe('people already living in Luxembourg', () => {
  it('while the application is examined, the title the person holds decides their rights, not this procedure', () => {
    const pending = salariedCase(toSubmitted, permitHolder);
    expect(pending.state).toBe('awaitingDecision');
    const s = status(pending);
    expect(s.rights.reside).toMatchObject({ verdict: 'notDecidedHere', until: '2026-09-30', governedBy: 'the title under which the person already resides in Luxembourg' });
    expect(s.rights.work).toMatchObject({ verdict: 'notDecidedHere', until: '2026-09-30' });
    expect(s.rights.work.assumption).toContain('is silent about a person who already resides legally in Luxembourg');
    // The same case for a person abroad: both rights denied, as the page's "before entering the country" says.
    expect(status(salariedCase(toSubmitted)).rights.reside.verdict).toBe('denied');
  });

  it('a permit holder skips the visa, entry and declaration of arrival once authorised, and the permit runs from the grant', () => {
    const authorised = salariedCase([...toSubmitted, granted], permitHolder);
    expect(authorised.state).toBe('authorisedInLuxembourg');
    const s = status(authorised);
    expect(s.rights.reside).toMatchObject({ verdict: 'granted', until: '2027-05-03' });
    expect(s.rights.work).toMatchObject({ verdict: 'granted', boundTo: { profession: '2512 Software developers', sector: 'J Information and communication' } });
    expect(s.allowedEvents).not.toContain('visa.applied');
    expect(s.allowedEvents).not.toContain('territory.entered');
    expect(s.allowedEvents).not.toContain('arrival.declared');
    expect(deadlines(authorised).map((d) => d.id)).toEqual(['validityEnd']);
    expect(missingDocuments(authorised)?.missing.map((item) => item.id)).toEqual(['housingProof', 'medicalCertificate', 'feePayment']);
    const why = explain(authorised);
    expect(why.steps.at(-1)?.assumption).toContain('"from Luxembourg"');
    expect(why.steps.at(-1)?.source?.quote).toBe('by submitting a request from Luxembourg to the Directorate of Immigration');
    expect(why.stateAssumption).toContain('valid from the day the temporary authorisation is granted');
  });

  it('another lawful resident without a residence permit is handled the same way', () => {
    const authorised = salariedCase([...toSubmitted, granted], { visaRequired: false, residesLegallyInLuxembourg: true });
    expect(authorised.state).toBe('authorisedInLuxembourg');
    expect(status(salariedCase(toSubmitted, { residesLegallyInLuxembourg: true })).rights.reside).toMatchObject({ verdict: 'notDecidedHere', until: null });
  });

  it('goes on to the first permit from the authorisation date, and counts legal residence from it', () => {
    const valid = salariedCase(residentToPermitValid, permitHolder);
    expect(valid.state).toBe('residencePermitValid');
    expect(valid.context.validity).toEqual({ from: '2026-05-04', to: '2027-05-03' });
    expect(deadlines(valid).find((d) => d.id === 'renewalApplication')).toMatchObject({ opens: '2027-03-03', due: '2027-05-03' });
    expect(valid.context).toMatchObject({ legalResidenceSince: '2026-05-04', arrivalDeclaredOn: null, enteredOn: null, visaHeld: false });
    expect(salariedWorker.invariants(valid.context)).toEqual([]);
  });

  it('a refusal or a deemed denial leaves the resident under their own title, not denied', () => {
    const refused = status(salariedCase([...toSubmitted, { type: 'authorisation.refused', at: '2026-05-04' }], permitHolder));
    expect([refused.rights.reside.verdict, refused.rights.work.verdict]).toEqual(['notDecidedHere', 'notDecidedHere']);
    const silent = status(salariedCase([...toSubmitted, { type: 'clock.advanced', at: '2026-07-03' }], permitHolder));
    expect(silent.state).toBe('deemedRejected');
    expect([silent.rights.reside.verdict, silent.rights.work.verdict]).toEqual(['notDecidedHere', 'notDecidedHere']);
    const abroad = status(salariedCase([...toSubmitted, { type: 'clock.advanced', at: '2026-07-03' }]));
    expect([abroad.rights.reside.verdict, abroad.rights.work.verdict]).toEqual(['denied', 'denied']);
  });

  it('once the salaried permit has expired, the earlier title is not decided here either', () => {
    const expired = status(salariedCase([...residentToPermitValid, { type: 'clock.advanced', at: '2027-05-04' }], permitHolder));
    expect(expired.state).toBe('expired');
    expect(expired.rights.reside).toMatchObject({ verdict: 'notDecidedHere', governedBy: 'the title under which the person resided in Luxembourg before the salaried worker permit' });
    expect(status(salariedCase([...toPermitValid, { type: 'clock.advanced', at: '2027-06-02' }])).rights.reside.verdict).toBe('denied');
  });

  it('the machine page names the case it treats apart', () => {
    expect(machinePage(salariedWorker)).toContain('the person already resides legally in Luxembourg (a Luxembourg residence permit of another kind, or another lawful stay)');
  });
});

describe('passports', () => {
  it('refuses an application filed with an expired passport as incomplete, and takes it once a renewed passport is stated', () => {
    const ready = salariedCase(toSubmitted.slice(0, -1), { visaRequired: true, passportExpiresOn: '2026-03-01' });
    const expired = apply(ready, application);
    expect(expired.ok || expired.error).toMatchObject({ code: 'event.notAllowed', message: expect.stringContaining('its conditions are not met') });
    expect(ready.state).toBe('preparingApplication');
    const renewed = apply(ready, { ...application, passportExpiresOn: '2036-03-01' });
    if (!renewed.ok) throw renewed.error;
    expect(renewed.value.state).toBe('awaitingDecision');
    // Valid on the day of the application, its last day included.
    expect(salariedCase(toSubmitted, { visaRequired: true, passportExpiresOn: '2026-03-02' }).state).toBe('awaitingDecision');
    expect(machinePage(salariedWorker)).toContain('is not the "certified copy of their valid passport" the page asks for');
  });

  it('does not count the passport pages of an expired passport for the renewal', () => {
    const renewal = { type: 'renewal.applied', at: '2027-04-20', workedWholeValidity: true, receivingUnemploymentBenefits: false, documents: completeRenewal };
    const valid = salariedCase(toPermitValid, { visaRequired: true, passportExpiresOn: '2027-04-19' });
    const refused = apply(valid, renewal);
    expect(refused.ok).toBe(false);
    const renewed = apply(valid, { ...renewal, passportExpiresOn: '2037-04-19' });
    if (!renewed.ok) throw renewed.error;
    expect(renewed.value.state).toBe('renewalPending');
    expect((renewed.value.context as { passportExpiresOn?: string }).passportExpiresOn).toBe('2037-04-19');
  });

  it('refuses a bad passport date in the facts or on an application event with its path, changing nothing', () => {
    const opened = createCase('salariedWorker' as string, { at: '2026-01-12', facts: { passportExpiresOn: '2026-02-30' } });
    expect(opened.ok || opened.error).toMatchObject({ code: 'facts.invalid', path: ['facts', 'passportExpiresOn'] });
    const ready = salariedCase(toSubmitted.slice(0, -1));
    const result = apply(ready, { ...application, passportExpiresOn: 'soon' });
    expect(result.ok || result.error).toMatchObject({ code: 'event.invalid', path: ['passportExpiresOn'] });
  });

  it('gives no passport renewal advice: the page has none', () => {
    const soon = salariedCase(toSubmitted, { visaRequired: true, passportExpiresOn: '2026-06-30' });
    expect(status(soon).notices.map((notice) => notice.code)).not.toContain('passportRenewalAdvised');
  });
});

describe('recorded assumptions', () => {
  it('the 5-year permit of a long-term resident of another member state keeps the one-profession, one-sector limit', () => {
    const longTerm = salariedCase(toPermitValid, { visaRequired: true, longTermResidentInAnotherMemberState: true });
    const s = status(longTerm);
    expect(s.validUntil).toBe('2031-06-01');
    expect(s.rights.work.boundTo).toEqual({ profession: '2512 Software developers', sector: 'J Information and communication' });
    expect(explain(longTerm).stateAssumption).toContain('The 5-year permit of a long-term resident of another member state keeps them too');
    expect(machinePage(salariedWorker)).toContain('keeps them too');
    expect(law.salariedLongTermResidentPermitYears.assumption).toContain('keeps the one-profession, one-sector limit');
  });

  it('a resident is never sent through the visa or entry: the invariant catches it', () => {
    const abroad = salariedCase(toArrivalDeclared);
    expect(salariedWorker.invariants({ ...abroad.context, facts: { ...abroad.context.facts, holdsLuxembourgResidencePermit: true } })).toEqual([
      'a person already living in Luxembourg was sent through the visa, entry or declaration of arrival',
    ]);
  });
});
