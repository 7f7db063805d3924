import { describe, expect, it } from 'vitest';
import { apply, deadlines, exceedsStayCap, law, status } from '../src';
import { completeApplication, seasonalCase, toArrivalDeclared, toPermitValid, toSubmitted } from './support/seasonal';
import type { DatePeriod } from '../src';

const cap = { months: law.seasonalStayMaxMonths.value, perMonths: law.seasonalStayCapWindowMonths.value };

describe('seasonal worker: application', () => {
  it('holds the application until the 3-week labour-market test is over', () => {
    const testing = seasonalCase([{ type: 'vacancy.declared', at: '2026-01-12' }]);
    expect(deadlines(testing)[0]).toMatchObject({ id: 'labourMarketTest', due: '2026-02-02' });
    expect(apply(testing, { type: 'ademCertificate.issued', at: '2026-02-02' }).ok).toBe(false);
    expect(status(testing, '2026-02-03').state).toBe('awaitingAdemCertificate');
  });

  it('declares inadmissible an application from Luxembourg without a Luxembourg permit, and accepts it with one', () => {
    const event = { ...toSubmitted[3], submittedFrom: 'luxembourg' };
    expect(seasonalCase([...toSubmitted.slice(0, 3), event]).state).toBe('applicationInadmissible');
    expect(seasonalCase([...toSubmitted.slice(0, 3), event], { holdsLuxembourgResidencePermit: true }).state).toBe('awaitingDecision');
  });

  it('returns an incomplete application, which can be completed and filed again', () => {
    const incomplete = { ...toSubmitted[3], documents: completeApplication.filter((id) => id !== 'housingProof') };
    const returned = seasonalCase([...toSubmitted.slice(0, 3), incomplete]);
    expect(returned.state).toBe('applicationReturned');
    const refiled = seasonalCase([...toSubmitted.slice(0, 3), incomplete, { type: 'documents.supplied', at: '2026-02-12', documents: ['housingProof'] }, { ...toSubmitted[3], at: '2026-02-12', documents: [] }]);
    expect(refiled.state).toBe('awaitingDecision');
  });

  it('skips the visa for holders of an EU-family residence permit', () => {
    const granted = seasonalCase([...toSubmitted, { type: 'authorisation.granted', at: '2026-03-20' }], { visaRequired: true, holdsEuFamilyResidencePermit: true });
    expect(granted.state).toBe('readyToEnter');
  });

  it('lets the 90-day authorisation lapse when the worker has not entered', () => {
    const granted = seasonalCase([...toSubmitted, { type: 'authorisation.granted', at: '2026-03-20' }]);
    expect(deadlines(granted).find((d) => d.id === 'temporaryAuthorisationExpiry')?.due).toBe('2026-06-17');
    expect(status(granted, '2026-06-17').state).toBe('awaitingVisa');
    expect(status(granted, '2026-06-18').state).toBe('temporaryAuthorisationExpired');
  });

  it('sends the worker back for a new visa when it expires before entry', () => {
    const visa = seasonalCase([...toSubmitted, { type: 'authorisation.granted', at: '2026-03-20' }, { type: 'visa.issued', at: '2026-03-25', validUntil: '2026-04-10' }]);
    expect(status(visa, '2026-04-11').state).toBe('awaitingVisa');
  });
});

describe('seasonal worker: arrival and obligations', () => {
  it('records a late declaration of arrival as a breach, not a refusal', () => {
    const late = seasonalCase([...toArrivalDeclared.slice(0, -1), { type: 'arrival.declared', at: '2026-04-20' }]);
    expect(late.state).toBe('arrivalDeclared');
    expect(status(late).breaches).toEqual([{ deadline: 'arrivalDeclaration', due: '2026-04-17', metOn: '2026-04-20' }]);
  });

  it('shows an unmet obligation as a breach once its day has passed', () => {
    const entered = seasonalCase(toArrivalDeclared.slice(0, -1));
    expect(status(entered, '2026-04-17').breaches).toEqual([]);
    expect(status(entered, '2026-04-18').breaches).toEqual([{ deadline: 'arrivalDeclaration', due: '2026-04-17', metOn: null }]);
  });

  it('counts the employer notification in jours ouvrés, skipping the National Day', () => {
    const started = seasonalCase([...toArrivalDeclared, { type: 'work.started', at: '2026-06-19', authorisationSeen: true, copyKept: false }]);
    expect(deadlines(started).find((d) => d.id === 'employerNotification')?.due).toBe('2026-06-25');
    expect(status(started).breaches).toEqual([{ deadline: 'employerKeptCopy', due: '2026-06-19', metOn: null }]);
  });

  it('grants reside and work rights bound to the employer from the declaration of arrival, capped at 5 months', () => {
    const s = status(seasonalCase(toArrivalDeclared));
    expect(s).toMatchObject({ validUntil: '2026-09-15', boundTo: { employer: 'Domaine Example SARL', sector: 'harvesting' } });
    expect(s.rights.reside).toMatchObject({ verdict: 'granted', until: '2026-09-15' });
    expect(s.rights.work).toMatchObject({ verdict: 'granted', until: '2026-09-15', boundTo: { employer: 'Domaine Example SARL' } });
  });

  it('refuses to approve the residence permit before the medical certificate', () => {
    const applied = seasonalCase([...toArrivalDeclared, { type: 'residencePermit.applied', at: '2026-04-30' }]);
    const early = apply(applied, { type: 'residencePermit.approved', at: '2026-05-20' });
    expect(early.ok || early.error.code).toBe('event.notAllowed');
  });

  it('never lets the permit run beyond the 5-in-12 cap, whatever the decision says', () => {
    const valid = seasonalCase([...toPermitValid.slice(0, -3), { type: 'residencePermit.approved', at: '2026-05-20', validUntil: '2026-12-31' }]);
    expect(status(valid).validUntil).toBe('2026-09-15');
  });
});

describe('seasonal worker: renewal and lapse', () => {
  const valid = seasonalCase(toPermitValid);

  it('opens the renewal window 2 months before expiry and refuses a premature application', () => {
    expect(deadlines(valid).find((d) => d.id === 'renewalApplication')).toMatchObject({ opens: '2026-05-31', due: '2026-07-31' });
    const premature = seasonalCase(toPermitValid.slice(0, -1));
    expect(apply(premature, { type: 'renewal.applied', at: '2026-05-30', employer: 'Domaine Example SARL' }).ok).toBe(false);
  });

  it('renews with the same employer up to the cap, then no further renewal can be granted', () => {
    const renewed = seasonalCase([...toPermitValid, { type: 'renewal.applied', at: '2026-06-15', employer: 'Domaine Example SARL' }, { type: 'renewal.granted', at: '2026-07-10' }]);
    expect(status(renewed).validUntil).toBe('2026-09-15');
    const stays = [...(renewed.context as unknown as { pastStays: DatePeriod[] }).pastStays, renewed.context.validity!];
    expect(exceedsStayCap(stays, cap)).toBe(false);
    const again = seasonalCase([...toPermitValid, { type: 'renewal.applied', at: '2026-06-15', employer: 'Domaine Example SARL' }, { type: 'renewal.granted', at: '2026-07-10' }, { type: 'renewal.applied', at: '2026-08-01', employer: 'Domaine Example SARL' }]);
    const grant = apply(again, { type: 'renewal.granted', at: '2026-08-10' });
    expect(grant.ok || grant.error.code).toBe('event.notAllowed');
  });

  it('allows only one renewal after a change of employer', () => {
    const shortPermit: unknown[] = toPermitValid.map((event) => (event.type === 'residencePermit.approved' ? { ...event, validUntil: '2026-05-31' } : event)).slice(0, -1);
    const first = seasonalCase([
      ...shortPermit,
      { type: 'residencePermit.collected', at: '2026-05-28' },
      { type: 'renewal.applied', at: '2026-05-28', employer: 'Hotel Example SA' },
      { type: 'renewal.granted', at: '2026-05-29', validUntil: '2026-06-30' },
    ]);
    expect(status(first).boundTo?.employer).toBe('Hotel Example SA');
    const second = apply(first, { type: 'renewal.applied', at: '2026-06-01', employer: 'Hotel Example SA' });
    expect(second.ok || second.error.code).toBe('event.notAllowed');
    expect(deadlines(first).find((d) => d.id === 'renewalApplication')).toBeUndefined();
  });

  it('lets the worker stay while a renewal is pending after expiry, until the cap is reached', () => {
    const pending = seasonalCase([...toPermitValid, { type: 'renewal.applied', at: '2026-06-15', employer: 'Domaine Example SARL' }]);
    const afterExpiry = status(pending, '2026-08-01');
    expect(afterExpiry).toMatchObject({ state: 'renewalPendingAfterExpiry', validUntil: '2026-09-15' });
    expect(afterExpiry.rights.reside).toMatchObject({ verdict: 'granted', until: '2026-09-15' });
    const capped = status(pending, '2026-09-16');
    expect(capped).toMatchObject({ state: 'stayCapReached', final: true });
    expect(capped.rights.reside.verdict).toBe('denied');
    expect(capped.rights.reside.source?.quote).toContain('5 months over a total period of 12 months');
  });

  it('accepts a renewal applied for in the window before the card is collected', () => {
    const approved = seasonalCase(toPermitValid.slice(0, -1));
    expect(approved.state).toBe('awaitingCardPickup');
    const renewal = apply(approved, { type: 'renewal.applied', at: '2026-06-01', employer: 'Domaine Example SARL' });
    expect(renewal.ok && renewal.value.state).toBe('renewalPending');
  });

  it('expires at the end of validity without a renewal', () => {
    const expired = status(valid, '2026-08-01');
    expect(expired.state).toBe('expired');
    expect([expired.rights.reside.verdict, expired.rights.work.verdict]).toEqual(['denied', 'denied']);
    expect(expired.rights.work.source?.quote).toContain('are authorised to continue their stay');
  });
});

describe('seasonal worker: revocation', () => {
  it('revokes on an employer ground and records the compensation owed', () => {
    const revoked = seasonalCase([...toPermitValid, { type: 'permit.revoked', at: '2026-06-20', ground: 'employerBankruptOrInactive' }]);
    const s = status(revoked);
    expect(s).toMatchObject({ state: 'revoked', final: true });
    expect([s.rights.reside.verdict, s.rights.work.verdict]).toEqual(['denied', 'denied']);
    expect(s.rights.reside.source?.quote).toContain('may be revoked');
    expect(s.notices.map((notice) => notice.code)).toEqual(['compensationOwed']);
    expect(s.notices[0]?.message).toContain('Domaine Example SARL');
  });

  it('refuses an unknown ground with a typed error', () => {
    const result = apply(seasonalCase(toPermitValid), { type: 'permit.revoked', at: '2026-06-20', ground: 'weather' });
    expect(result.ok || result.error.code).toBe('event.invalid');
  });
});

describe('seasonal worker: rights say who decides', () => {
  it('denies both rights before the authorisation is approved, with the page sentence', () => {
    const s = status(seasonalCase(toSubmitted), '2026-03-01');
    expect(s.state).toBe('awaitingDecision');
    expect(s.rights.reside).toMatchObject({ verdict: 'denied', until: null });
    expect(s.rights.reside.source?.quote).toBe('the application must be submitted and approved before coming to Luxembourg');
    expect(s.rights.work.verdict).toBe('denied');
    expect(s.rights.work.source?.quote).toContain('serve as a seasonal work permit');
    expect(s.validUntil).toBeNull();
  });

  it('after entry and before the declaration of arrival: may stay on the authorisation and visa, may not work yet', () => {
    const entered = seasonalCase(toArrivalDeclared.slice(0, -1));
    const s = status(entered, '2026-04-15');
    expect(s.state).toBe('enteredLuxembourg');
    expect(s.rights.reside).toMatchObject({ verdict: 'granted', until: '2026-07-01' });
    expect(s.rights.reside.assumption).toContain('temporary authorisation to stay');
    expect(s.rights.work.verdict).toBe('denied');
    expect(s.rights.work.source?.quote).toBe('The copy of the declaration of arrival together with the authorisation to stay both serve as a seasonal work permit');
  });

  it('while a renewal is pending after expiry: residence granted, work undetermined (the page is silent)', () => {
    const pending = seasonalCase([...toPermitValid, { type: 'renewal.applied', at: '2026-06-15', employer: 'Domaine Example SARL' }]);
    const s = status(pending, '2026-08-01');
    expect(s.state).toBe('renewalPendingAfterExpiry');
    expect(s.rights.reside.source?.quote).toBe('are authorised to continue their stay in Luxembourg');
    expect(s.rights.work).toMatchObject({ verdict: 'undetermined', until: null });
    expect(s.rights.work.assumption).toMatch(/says nothing about work/);
  });

  it('keeps the running permit to its end when the renewal is refused before expiry', () => {
    const refused = seasonalCase([...toPermitValid, { type: 'renewal.applied', at: '2026-06-15', employer: 'Domaine Example SARL' }, { type: 'renewal.refused', at: '2026-07-01' }]);
    const lastDay = status(refused, '2026-07-31');
    expect(lastDay.state).toBe('renewalRefusedWhilePermitValid');
    expect(lastDay.rights.reside).toMatchObject({ verdict: 'granted', until: '2026-07-31' });
    expect(lastDay.rights.work).toMatchObject({ verdict: 'granted', until: '2026-07-31' });
    const after = status(refused, '2026-08-01');
    expect(after.state).toBe('expired');
    expect([after.rights.reside.verdict, after.rights.work.verdict]).toEqual(['denied', 'denied']);
  });

  it('ends the stay with the decision when the renewal is refused after expiry', () => {
    const pending = seasonalCase([...toPermitValid, { type: 'renewal.applied', at: '2026-06-15', employer: 'Domaine Example SARL' }]);
    const refused = apply(pending, { type: 'renewal.refused', at: '2026-08-10' });
    if (!refused.ok) throw refused.error;
    const s = status(refused.value);
    expect(s.state).toBe('renewalRefused');
    expect(s.rights.reside.verdict).toBe('denied');
    expect(s.rights.reside.source?.quote).toBe('until the Minister for Immigration has made a decision concerning their application');
  });
});

describe('seasonal worker: the case records what really happened (issue 21)', () => {
  const granted = [...toSubmitted, { type: 'authorisation.granted', at: '2026-03-20' }];

  it('accepts a visa applied for within the 90 days but issued after them, and bounds entry by the visa', () => {
    const applied = seasonalCase([...granted, { type: 'visa.applied', at: '2026-06-10' }]);
    expect(deadlines(applied).find((d) => d.id === 'temporaryAuthorisationExpiry')).toBeUndefined();
    expect(status(applied, '2026-06-20').state).toBe('visaApplied');
    const issued = apply(applied, { type: 'visa.issued', at: '2026-06-25' });
    if (!issued.ok) throw issued.error;
    expect(issued.value.state).toBe('readyToEnter');
    expect(deadlines(issued.value).find((d) => d.id === 'visaExpiry')?.due).toBe('2026-09-24');
    expect(status(issued.value, '2026-07-01').rights.reside).toMatchObject({ verdict: 'granted', until: '2026-09-24' });
    const entered = apply(issued.value, { type: 'territory.entered', at: '2026-07-01' });
    expect(entered.ok && entered.value.state).toBe('enteredLuxembourg');
  });

  it('meets the 90-day duty with a visa application on its last day, and lets the authorisation lapse the day after', () => {
    const onTime = apply(seasonalCase(granted), { type: 'visa.applied', at: '2026-06-17' });
    expect(onTime.ok && onTime.value.state).toBe('visaApplied');
    const late = apply(seasonalCase(granted), { type: 'visa.applied', at: '2026-06-18' });
    expect(late.ok).toBe(false);
    if (late.ok) return;
    expect(late.error.code).toBe('event.notAllowed');
    expect(late.error.details.lapsed).toMatchObject({ deadline: 'temporaryAuthorisationExpiry', due: '2026-06-17' });
    expect(status(seasonalCase(granted), '2026-06-18').state).toBe('temporaryAuthorisationExpired');
  });

  it('lists an overdue residence-permit application as a breach on 09-15, and still on 09-16 once the case has expired', () => {
    const declared = seasonalCase(toArrivalDeclared);
    const breach = { deadline: 'residencePermitApplication', due: '2026-07-14', metOn: null };
    expect(status(declared, '2026-09-15')).toMatchObject({ state: 'arrivalDeclared', breaches: [breach] });
    expect(status(declared, '2026-09-16')).toMatchObject({ state: 'expired', breaches: [breach] });
    const advanced = apply(declared, { type: 'clock.advanced', at: '2026-09-16' });
    if (!advanced.ok) throw advanced.error;
    expect(status(advanced.value)).toMatchObject({ state: 'expired', breaches: [breach] });
  });

  it('records a grant dated after the deemed rejection, which takes over', () => {
    const silent = seasonalCase([...toSubmitted, { type: 'clock.advanced', at: '2026-05-11' }]);
    const rejected = status(silent);
    expect(rejected.state).toBe('deemedRejected');
    expect(rejected.rights.reside.source?.quote).toContain('If no response is received within this time, the application has been rejected');
    const late = apply(silent, { type: 'authorisation.granted', at: '2026-06-01' });
    if (!late.ok) throw late.error;
    expect(late.value.state).toBe('awaitingVisa');
    expect(deadlines(late.value).find((d) => d.id === 'temporaryAuthorisationExpiry')?.due).toBe('2026-08-29');
    const refusedLate = apply(silent, { type: 'authorisation.refused', at: '2026-06-01' });
    expect(refusedLate.ok && refusedLate.value.state).toBe('authorisationRefused');
  });
});
