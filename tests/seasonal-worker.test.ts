import { describe, expect, it } from 'vitest';
import { apply, deadlines, exceedsStayCap, law, status } from '../src';
import { completeApplication, seasonalCase, toArrivalDeclared, toPermitValid, toSubmitted } from './support/seasonal';

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
    expect(s).toMatchObject({ mayReside: true, mayWork: true, validUntil: '2026-09-15', boundTo: { employer: 'Domaine Example SARL', sector: 'harvesting' } });
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
    const stays = [...(renewed.context as unknown as { pastStays: { from: string; to: string }[] }).pastStays, renewed.context.validity!];
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
  });

  it('lets the worker stay while a renewal is pending after expiry, until the cap is reached', () => {
    const pending = seasonalCase([...toPermitValid, { type: 'renewal.applied', at: '2026-06-15', employer: 'Domaine Example SARL' }]);
    const afterExpiry = status(pending, '2026-08-01');
    expect(afterExpiry).toMatchObject({ state: 'renewalPendingAfterExpiry', mayReside: true, mayWork: false, validUntil: '2026-09-15' });
    expect(status(pending, '2026-09-16')).toMatchObject({ state: 'stayCapReached', mayReside: false, final: true });
  });

  it('expires at the end of validity without a renewal', () => {
    expect(status(valid, '2026-08-01')).toMatchObject({ state: 'expired', mayReside: false, mayWork: false });
  });
});

describe('seasonal worker: revocation', () => {
  it('revokes on an employer ground and records the compensation owed', () => {
    const revoked = seasonalCase([...toPermitValid, { type: 'permit.revoked', at: '2026-06-20', ground: 'employerBankruptOrInactive' }]);
    const s = status(revoked);
    expect(s).toMatchObject({ state: 'revoked', mayReside: false, mayWork: false, final: true });
    expect(s.notices.map((notice) => notice.code)).toEqual(['compensationOwed']);
    expect(s.notices[0]?.message).toContain('Domaine Example SARL');
  });

  it('refuses an unknown ground with a typed error', () => {
    const result = apply(seasonalCase(toPermitValid), { type: 'permit.revoked', at: '2026-06-20', ground: 'weather' });
    expect(result.ok || result.error.code).toBe('event.invalid');
  });
});
