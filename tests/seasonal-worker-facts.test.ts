/**
 * Issue 22, seasonal worker: what a case must know from outside its own
 * event log (earlier seasons, people already living in Luxembourg,
 * passports), and the choices the page leaves open, recorded as assumptions.
 * Every case is a dated scenario built from the shared seasonal steps.
 */
import { describe, expect, it } from 'vitest';
import { apply, createCase, deadlines, explain, law, machinePage, missingDocuments, seasonalWorker, status } from '../src';
import { seasonalCase, toArrivalDeclared, toPermitValid, toSubmitted } from './support/seasonal';

/** A stay October–December 2025: three months of the 5-in-12 cap used before the case opens on 2026-01-12. */
const autumnStay = { from: '2025-10-01', to: '2025-12-31' };
const fromLuxembourg = { ...toSubmitted[3], submittedFrom: 'luxembourg' };
const granted = { type: 'authorisation.granted', at: '2026-03-20' };

function refusal(result: ReturnType<typeof createCase>) {
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
}

describe('earlier seasonal stays in the facts', () => {
  it('refuses overlapping stays, a stay that ends before it starts, and one that has not ended when the case opens, with the field path', () => {
    const open = (earlierSeasonalStays: unknown) => createCase('seasonalWorker' as string, { at: '2026-01-12', facts: { earlierSeasonalStays } });
    const overlap = refusal(open([autumnStay, { from: '2025-12-15', to: '2026-01-05' }]));
    expect(overlap).toMatchObject({ code: 'facts.invalid', path: ['facts', 'earlierSeasonalStays', 1] });
    expect(overlap.message).toContain('overlaps stay 0');
    expect(refusal(open([{ from: '2025-10-01', to: '2025-09-30' }]))).toMatchObject({ code: 'facts.invalid', path: ['facts', 'earlierSeasonalStays', 0, 'to'] });
    const running = refusal(open([{ from: '2025-11-01', to: '2026-01-12' }]));
    expect(running).toMatchObject({ code: 'facts.invalid', path: ['facts', 'earlierSeasonalStays', 0, 'to'] });
    expect(running.message).toContain('before the case opens on 2026-01-12');
    expect(refusal(open([{ from: '2026-06-01', to: '2026-08-31' }]))).toMatchObject({ code: 'facts.invalid', path: ['facts', 'earlierSeasonalStays', 0, 'to'] });
    expect(refusal(open([{ from: '2025-10-01' }])).code).toBe('facts.invalid');
    expect(open([autumnStay, { from: '2025-06-01', to: '2025-07-31' }]).ok).toBe(true);
  });

  it('counts them in the 5-in-12 cap: a stay October–December, arrival declared on 16 April, the permit ends on 13 June, not 15 September', () => {
    const without = status(seasonalCase(toArrivalDeclared));
    expect(without.validUntil).toBe('2026-09-15');
    const declared = seasonalCase(toArrivalDeclared, { visaRequired: true, earlierSeasonalStays: [autumnStay] });
    // Window 2025-10-01..2026-09-30 allows 151 days (1 October to 28 February); 92 were used, 59 are left from 16 April.
    expect(status(declared)).toMatchObject({ validUntil: '2026-06-13' });
    expect(status(declared).rights.work).toMatchObject({ verdict: 'granted', until: '2026-06-13' });
    expect(deadlines(declared).find((d) => d.id === 'validityEnd')?.due).toBe('2026-06-13');
    expect(status(declared, '2026-06-14').state).toBe('expired');
  });

  it('gives a decision without an end date the room left under the cap, and says so in explain', () => {
    const events = [...toPermitValid.slice(0, -3), { type: 'residencePermit.approved', at: '2026-05-20' }];
    const approved = seasonalCase(events, { visaRequired: true, earlierSeasonalStays: [autumnStay] });
    expect(status(approved).validUntil).toBe('2026-06-13');
    expect(deadlines(approved).find((d) => d.id === 'renewalApplication')).toMatchObject({ opens: '2026-04-13', due: '2026-06-13' });
    const step = explain(approved).steps.find((s) => s.event === 'residencePermit.approved');
    expect(step?.assumption).toContain('room left');
    expect(law.seasonalStayMaxMonths.assumption).toContain('earlier seasonal stays');
  });
});

describe('the residence-permit application runs from arrival in Luxembourg', () => {
  it('counts the 3 months from the entry when the case records it', () => {
    expect(deadlines(seasonalCase(toArrivalDeclared)).find((d) => d.id === 'residencePermitApplication')?.due).toBe('2026-07-14');
  });

  it('counts them from the declaration when the case records no entry, and records that reading', () => {
    const declaredOnly = seasonalCase([...toArrivalDeclared.slice(0, -2), { type: 'arrival.declared', at: '2026-04-16' }]);
    expect(declaredOnly.state).toBe('arrivalDeclared');
    expect(deadlines(declaredOnly).find((d) => d.id === 'residencePermitApplication')?.due).toBe('2026-07-16');
    expect(deadlines(declaredOnly).find((d) => d.id === 'visaExpiry')).toBeUndefined();
    expect(explain(declaredOnly).steps.at(-1)?.assumption).toContain('without the day of entry');
    expect(law.seasonalResidencePermitApplicationMonths.assumption).toContain('the day of entry when the case records it');
  });
});

describe('people already living in Luxembourg', () => {
  const permitHolder = { visaRequired: true, holdsLuxembourgResidencePermit: true, currentResidenceValidUntil: '2026-12-31' };

  it('a permit holder applying from Luxembourg waits under the current permit, then skips the visa and entry', () => {
    const pending = seasonalCase([...toSubmitted.slice(0, 3), fromLuxembourg], permitHolder);
    expect(pending.state).toBe('awaitingDecision');
    const waiting = status(pending);
    expect(waiting.rights.reside).toMatchObject({ verdict: 'notDecidedHere', until: '2026-12-31', governedBy: 'the title under which the person already resides in Luxembourg' });
    expect(waiting.rights.work.verdict).toBe('notDecidedHere');
    const authorised = apply(pending, granted);
    if (!authorised.ok) throw authorised.error;
    expect(authorised.value.state).toBe('authorisedInLuxembourg');
    const s = status(authorised.value);
    expect(s.rights.reside).toMatchObject({ verdict: 'granted', until: '2026-08-19' });
    expect(s.rights.work.assumption).toContain('no declaration of arrival');
    expect(s.allowedEvents).not.toContain('visa.applied');
    expect(s.allowedEvents).not.toContain('territory.entered');
    expect(deadlines(authorised.value).map((d) => [d.id, d.due])).toEqual(
      expect.arrayContaining([
        ['residencePermitApplication', '2026-06-20'],
        ['validityEnd', '2026-08-19'],
      ]),
    );
    expect(missingDocuments(authorised.value)?.required.map((item) => item.id)).not.toContain('arrivalDeclarationCopy');
  });

  it('goes on to the residence permit from the authorisation date', () => {
    const permit = seasonalCase(
      [
        ...toSubmitted.slice(0, 3),
        fromLuxembourg,
        granted,
        { type: 'medicalCertificate.issued', at: '2026-03-25' },
        { type: 'residencePermit.applied', at: '2026-03-30', documents: ['passportCopy', 'housingProof', 'feePayment'] },
        { type: 'residencePermit.approved', at: '2026-04-20' },
      ],
      permitHolder,
    );
    expect(permit.state).toBe('awaitingBiometrics');
    expect(permit.context.validity).toEqual({ from: '2026-03-20', to: '2026-08-19' });
  });

  it('another lawful resident is admissible from Luxembourg; a non-resident is inadmissible', () => {
    expect(seasonalCase([...toSubmitted.slice(0, 3), fromLuxembourg], { visaRequired: true, residesLegallyInLuxembourg: true }).state).toBe('awaitingDecision');
    const inadmissible = seasonalCase([...toSubmitted.slice(0, 3), fromLuxembourg]);
    expect(inadmissible.state).toBe('applicationInadmissible');
    expect(status(inadmissible).rights.reside).toMatchObject({ verdict: 'denied' });
    expect(explain(inadmissible).steps.at(-1)?.assumption).toContain('already reside legally');
  });

  it('a deemed rejection leaves the resident under the current title, not denied', () => {
    const silent = seasonalCase([...toSubmitted.slice(0, 3), fromLuxembourg, { type: 'clock.advanced', at: '2026-05-11' }], { visaRequired: true, residesLegallyInLuxembourg: true });
    const s = status(silent);
    expect(s.state).toBe('deemedRejected');
    expect([s.rights.reside.verdict, s.rights.work.verdict]).toEqual(['notDecidedHere', 'notDecidedHere']);
    const abroad = status(seasonalCase([...toSubmitted, { type: 'clock.advanced', at: '2026-05-11' }]));
    expect([abroad.rights.reside.verdict, abroad.rights.work.verdict]).toEqual(['denied', 'denied']);
  });
});

describe('passports', () => {
  it('returns an application filed with an expired passport as incomplete, and takes it once a renewed passport is stated', () => {
    const expired = seasonalCase(toSubmitted, { visaRequired: true, passportExpiresOn: '2026-02-09' });
    expect(expired.state).toBe('applicationReturned');
    expect(missingDocuments(expired)?.missing.map((item) => item.id)).toEqual(['passportCopy']);
    expect(explain(expired).steps.at(-1)?.assumption).toContain('valid passport');
    const renewed = apply(expired, { ...toSubmitted[3], at: '2026-02-20', passportExpiresOn: '2036-02-19' });
    expect(renewed.ok && renewed.value.state).toBe('awaitingDecision');
    expect(seasonalCase(toSubmitted, { visaRequired: true, passportExpiresOn: '2026-02-10' }).state).toBe('awaitingDecision');
  });

  it('does not count an expired passport copy for the residence permit application', () => {
    const applied = seasonalCase(
      [...toArrivalDeclared, { type: 'residencePermit.applied', at: '2026-04-30', documents: ['passportCopy', 'arrivalDeclarationCopy', 'housingProof', 'feePayment'] }],
      { visaRequired: true, passportExpiresOn: '2026-04-29' },
    );
    expect(applied.context.documents).not.toContain('passportCopy');
    const renewed = seasonalCase(
      [...toArrivalDeclared, { type: 'residencePermit.applied', at: '2026-04-30', passportExpiresOn: '2031-04-29', documents: ['passportCopy'] }],
      { visaRequired: true, passportExpiresOn: '2026-04-29' },
    );
    expect(renewed.context.documents).toContain('passportCopy');
  });

  it('refuses a bad passport date on an application event with its path, changing nothing', () => {
    const ready = seasonalCase(toSubmitted.slice(0, 3));
    const result = apply(ready, { ...toSubmitted[3], passportExpiresOn: '2026-02-30' });
    expect(result.ok || result.error).toMatchObject({ code: 'event.invalid', path: ['passportExpiresOn'] });
    expect(ready.state).toBe('preparingApplication');
  });

  it('keeps the advice to renew a passport that expires within 6 months a notice, not a refusal', () => {
    const soon = seasonalCase(toSubmitted, { visaRequired: true, passportExpiresOn: '2026-06-30', earlierSeasonalStays: [] });
    expect(soon.state).toBe('awaitingDecision');
    expect(status(soon).notices.map((notice) => notice.code)).toEqual(['passportRenewalAdvised']);
    expect(status(seasonalCase(toSubmitted, { visaRequired: true, passportExpiresOn: '2026-08-11' })).notices).toEqual([]);
    expect(law.seasonalPassportRenewalAdviceMonths.value).toBe(6);
  });
});

describe('recorded assumptions', () => {
  it('a deemed rejection is as firm as the page\'s "generally" allows, on the machine page and in explain', () => {
    const silent = seasonalCase([...toSubmitted, { type: 'clock.advanced', at: '2026-05-11' }]);
    const why = explain(silent);
    expect(why.stateAssumption).toContain('"generally"');
    expect(why.stateAssumption).toContain('not as a final refusal');
    expect(machinePage(seasonalWorker)).toContain('not as a final refusal');
  });

  it('a revocation takes effect on its date and cuts the validity short', () => {
    const revoked = seasonalCase([...toPermitValid, { type: 'permit.revoked', at: '2026-06-20', ground: 'employerBankruptOrInactive' }]);
    expect(revoked.context.validity).toEqual({ from: '2026-04-16', to: '2026-06-19' });
    const s = status(revoked);
    expect([s.rights.reside.verdict, s.rights.work.verdict, s.validUntil]).toEqual(['denied', 'denied', null]);
    expect(explain(revoked).steps.at(-1)?.assumption).toContain('take effect on the date of the decision');
    expect(machinePage(seasonalWorker)).toContain('cuts the validity short');
    const onFirstDay = seasonalCase([...toArrivalDeclared.slice(0, -1), { type: 'permit.revoked', at: '2026-04-14', ground: 'employerBankruptOrInactive' }]);
    expect(onFirstDay.context.validity).toBeNull();
  });
});
