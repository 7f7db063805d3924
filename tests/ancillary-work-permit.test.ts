import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ancillaryWorkPermit,
  createCase,
  deadlines,
  getProcedure,
  missingDocuments,
  needsCriminalRecordExtract,
  restore,
  runScenario,
  serialize,
  status,
  type PermitCase,
} from '../src';
import { ancillaryWorkPermitInvariants } from '../machines/ancillary-work-permit/variants';
import { allStatePaths, stateMetaOf } from '../src';
import { valueFromPath } from '../src/case/machine-runtime';
import { completeApplication, employer, openAncillary, refused, renewalAlone, renewalTogether, run } from './support/ancillary';

const FILE = '002_023e4c502a131ddc.txt';
const open = openAncillary;

const submitted = (at: string, documents = completeApplication) => ({ type: 'application.submitted', at, employer, profession: '512', sector: 'hospitality', documents });

/** A case holding its first work permit: granted on `grantedOn`, card collected ten days later. */
function holding(residencePermitValidUntil: string, grantedOn = '2026-03-16', facts: Record<string, unknown> = {}): PermitCase {
  return run(open({ residencePermitValidUntil, ...facts }), [
    { type: 'vacancy.declared', at: '2026-01-12' },
    submitted('2026-01-26'),
    { type: 'workPermit.granted', at: grantedOn },
    { type: 'biometrics.taken', at: grantedOn },
    { type: 'residencePermit.collected', at: grantedOn },
  ]);
}

describe('ancillaryWorkPermit: registration', () => {
  it('is registered with its seed and version', () => {
    const found = getProcedure('ancillaryWorkPermit');
    expect(found?.seed).toBe(FILE);
    expect(found?.version).toBe('1.2.0');
    expect(found).toBe(ancillaryWorkPermit);
  });
});

describe('who is concerned', () => {
  it('a family member of an EU citizen residing in Luxembourg needs no permit, from the start', () => {
    const opened = open({ residencePermitValidUntil: '2027-09-30', familyMemberOfResidentEuCitizen: true });
    expect(status(opened).notices.map((notice) => notice.code)).toEqual(['noPermitNeeded']);
    const closed = run(opened, [{ type: 'vacancy.declared', at: '2026-01-12' }]);
    const s = status(closed);
    expect(s.state).toBe('noPermitNeeded');
    expect(s.final).toBe(true);
    expect(s.outcome).toContain('No work permit is needed');
    expect(s.notices[0]?.source).toEqual({ file: FILE, section: 'Who is concerned?', quote: 'do not need a work permit to carry out a paid activity' });
  });

  it('a main activity is pointed to the salaried procedure, with the source', () => {
    const closed = run(open({ residencePermitValidUntil: '2027-09-30', employmentIsMainActivity: true }), [{ type: 'vacancy.declared', at: '2026-01-12' }]);
    const s = status(closed);
    expect(s.state).toBe('salariedProcedureRequired');
    expect(s.outcome).toContain('salariedWorker');
    expect(s.notices.map((notice) => notice.code)).toEqual(['salariedProcedureRequired']);
    expect(s.notices[0]?.source.quote).toBe('who wish to carry out paid employment as their main activity must apply for a salaried worker residence permit');
  });

  it('an activity that becomes the main one while the permit is held keeps the permit and adds the pointer', () => {
    const current = run(holding('2028-06-30'), [{ type: 'activity.becameMain', at: '2026-05-01' }]);
    const s = status(current);
    expect(s.state).toBe('workPermitValid.residencePermitRemainsValid');
    expect(s.rights.work.verdict).toBe('granted');
    expect(s.notices.map((notice) => notice.message)).toEqual([
      'Paid employment as the main activity (since 2026-05-01) needs a salaried worker residence permit: apply under the salaried worker procedure (salariedWorker).',
    ]);
  });

  it('before the grant, a main activity ends this procedure', () => {
    const current = run(open({ residencePermitValidUntil: '2027-09-30' }), [
      { type: 'vacancy.declared', at: '2026-01-12' },
      { type: 'activity.becameMain', at: '2026-01-15' },
    ]);
    expect(status(current).state).toBe('salariedProcedureRequired');
  });

  it('a person without a "private reasons" residence permit is not eligible', () => {
    const closed = run(open({ residencePermitValidUntil: '2027-09-30', residencePermitCategory: 'other' }), [{ type: 'vacancy.declared', at: '2026-01-12' }]);
    expect(status(closed).state).toBe('notEligible');
  });

  it('there is no labour market test: the vacancy declaration leads straight to the application', () => {
    const current = run(open({ residencePermitValidUntil: '2027-09-30' }), [{ type: 'vacancy.declared', at: '2026-01-12' }]);
    expect(status(current).state).toBe('preparingApplication');
    expect(deadlines(current).map((d) => d.id)).toEqual(['residencePermitExpiry']);
  });
});

describe('the application checklist', () => {
  it('lists the page items, with the fee, for an applicant filing in person', () => {
    const list = missingDocuments(open({ residencePermitValidUntil: '2027-09-30' }));
    expect(list?.step).toBe('workPermitApplication');
    expect(list?.required.map((item) => item.id)).toEqual(completeApplication);
    expect(list?.required.find((item) => item.id === 'feePayment')?.label).toBe('Proof of payment of the EUR 80 fee');
    expect(list?.required.some((item) => item.id === 'luxembourgCriminalRecordExtract')).toBe(false);
  });

  it('adds the power of attorney for a mandated employer (not for an attorney) and translations when needed', () => {
    const byEmployer = missingDocuments(open({ residencePermitValidUntil: '2027-09-30', applicationFiledBy: 'employer', documentsInOtherLanguage: true }));
    expect(byEmployer?.required.map((item) => item.id).slice(-2)).toEqual(['powerOfAttorney', 'swornTranslations']);
    const byAttorney = missingDocuments(open({ residencePermitValidUntil: '2027-09-30', applicationFiledBy: 'attorney' }));
    expect(byAttorney?.required.map((item) => item.id)).toEqual(completeApplication);
  });

  it('returns an incomplete application, which can be completed and filed again', () => {
    const returned = run(open({ residencePermitValidUntil: '2027-09-30' }), [
      { type: 'vacancy.declared', at: '2026-01-12' },
      submitted('2026-01-20', ['passportCopy', 'curriculumVitae']),
    ]);
    expect(status(returned).state).toBe('applicationReturned');
    expect(missingDocuments(returned)?.missing.map((item) => item.id)).toEqual(completeApplication.filter((id) => id !== 'passportCopy' && id !== 'curriculumVitae'));
    const filed = run(returned, [submitted('2026-01-27', completeApplication.filter((id) => id !== 'passportCopy' && id !== 'curriculumVitae'))]);
    expect(status(filed).state).toBe('awaitingDecision');
  });
});

describe('the 3-month answer period', () => {
  const filed = () => run(open({ residencePermitValidUntil: '2027-09-30' }), [{ type: 'vacancy.declared', at: '2026-01-12' }, submitted('2026-01-26')]);

  it('no answer by the end of the period means rejection', () => {
    const current = filed();
    expect(deadlines(current).find((d) => d.id === 'decision')?.due).toBe('2026-04-26');
    expect(status(current, '2026-04-26').state).toBe('awaitingDecision');
    expect(status(current, '2026-04-27').state).toBe('deemedRejected');
  });

  it('the deemed rejection denies the work permit only: residence stays with the "private reasons" permit', () => {
    const s = status(filed(), '2026-04-27');
    expect(s.rights.work).toMatchObject({ verdict: 'denied', source: { file: FILE, quote: expect.stringContaining('generally a maximum of 3 months') } });
    expect(s.rights.reside).toMatchObject({ verdict: 'notDecidedHere', governedBy: 'the residence permit for "private reasons"', until: '2027-09-30' });
  });

  it('a grant after the period is recorded and takes over the deemed rejection', () => {
    const late = run(filed(), [{ type: 'workPermit.granted', at: '2026-05-04' }]);
    const s = status(late);
    expect(s.state).toBe('awaitingBiometrics');
    expect(s.rights.work).toMatchObject({ verdict: 'granted', until: '2027-05-03' });
    const refusedLate = run(filed(), [{ type: 'workPermit.refused', at: '2026-05-04' }]);
    expect(status(refusedLate).state).toBe('workPermitRefused');
  });
});

describe('grant, biometrics and card pickup', () => {
  it('binds the first permit to one ISCO-08 profession in one sector, whoever the employer', () => {
    const granted = run(open({ residencePermitValidUntil: '2028-06-30' }), [{ type: 'vacancy.declared', at: '2026-01-12' }, submitted('2026-01-26'), { type: 'workPermit.granted', at: '2026-03-16' }]);
    const s = status(granted);
    expect(s.state).toBe('awaitingBiometrics');
    expect(s.rights.work.verdict).toBe('granted');
    expect(s.boundTo).toEqual({ profession: '512', sector: 'hospitality' });
    expect(run(granted, [{ type: 'biometrics.taken', at: '2026-03-25' }]).state).toBe('awaitingCardPickup');
  });

  it('is valid for at most one year from the approval', () => {
    expect(status(holding('2028-06-30')).validUntil).toBe('2027-03-15');
  });

  it('applies the month-end rule: approved on 2028-02-29 for a year, valid through 2029-02-28', () => {
    const current = run(open({ residencePermitValidUntil: '2030-09-30' }, '2028-01-10'), [{ type: 'vacancy.declared', at: '2028-01-10' }, submitted('2028-01-17'), { type: 'workPermit.granted', at: '2028-02-29' }]);
    expect(current.context.validity).toEqual({ from: '2028-02-29', to: '2029-02-28' });
    expect(status(current, '2029-02-28').rights.work.verdict).toBe('granted');
    expect(status(current, '2029-03-01').state).toBe('workPermitExpired');
  });

  it('never runs beyond the residence permit', () => {
    const current = holding('2026-12-31');
    expect(status(current).validUntil).toBe('2026-12-31');
    expect(current.context.validity).toEqual({ from: '2026-03-16', to: '2026-12-31' });
  });

  it('keeps a shorter date of the decision and cuts a longer one', () => {
    const base = run(open({ residencePermitValidUntil: '2026-12-31' }), [{ type: 'vacancy.declared', at: '2026-01-12' }, submitted('2026-01-26')]);
    expect(run(base, [{ type: 'workPermit.granted', at: '2026-03-16', validUntil: '2026-09-15' }]).context.validity?.to).toBe('2026-09-15');
    expect(run(base, [{ type: 'workPermit.granted', at: '2026-03-16', validUntil: '2027-03-15' }]).context.validity?.to).toBe('2026-12-31');
    expect(refused(base, { type: 'workPermit.granted', at: '2026-03-16', validUntil: '2026-03-15' }).code).toBe('event.notAllowed');
  });

  it('a change of profession during the first permit needs the Minister, and is recorded', () => {
    const changed = run(holding('2028-06-30'), [{ type: 'professionChange.authorised', at: '2026-06-01', profession: '522', sector: 'retail' }]);
    expect(status(changed).boundTo).toEqual({ profession: '522', sector: 'retail' });
    expect(refused(changed, { type: 'professionChange.authorised', at: '2026-06-02', profession: '999', sector: 'retail' }).code).toBe('event.invalid');
  });

  it('the employer must notify the start of work within 3 working days; late notice is a breach', () => {
    const started = run(holding('2028-06-30'), [{ type: 'work.started', at: '2026-04-03', employer, residencePermitSeen: true, copyKept: false }]);
    // Friday 3 April 2026; Easter Monday 6 April is a holiday: Tue 7, Wed 8, Thu 9.
    expect(deadlines(started).find((d) => d.id === 'employerNotification')?.due).toBe('2026-04-09');
    const late = run(started, [{ type: 'workStart.notified', at: '2026-04-10' }]);
    expect(status(late).breaches).toEqual([
      { deadline: 'employerKeptCopy', due: '2026-04-03', metOn: null },
      { deadline: 'employerNotification', due: '2026-04-09', metOn: '2026-04-10' },
    ]);
  });
});

describe('renewal checklists: the two scenarios of the page', () => {
  it('when the work permit ends with the residence permit, an adult brings the criminal record extract and proof of resources', () => {
    const current = holding('2026-12-31', '2026-03-16', { person: { birthDate: '1990-04-01' } });
    expect(status(current).state).toBe('workPermitValid.expiresWithResidencePermit');
    expect(missingDocuments(current)?.required.map((item) => item.id)).toEqual(renewalTogether);
  });

  it('a minor does not need the criminal record extract; an unknown birth date lists it', () => {
    const minor = holding('2026-12-31', '2026-03-16', { person: { birthDate: '2009-05-01' } });
    expect(missingDocuments(minor)?.required.map((item) => item.id)).toEqual(renewalTogether.filter((id) => id !== 'luxembourgCriminalRecordExtract'));
    const unknown = holding('2026-12-31');
    expect(missingDocuments(unknown)?.required.map((item) => item.id)).toEqual(renewalTogether);
  });

  it('the criminal record extract is required from the 18th birthday on', () => {
    expect(needsCriminalRecordExtract('2008-10-01', '2026-09-30')).toBe(false);
    expect(needsCriminalRecordExtract('2008-10-01', '2026-10-01')).toBe(true);
    expect(needsCriminalRecordExtract(undefined, '2026-10-01')).toBe(true);
  });

  it('when the residence permit remains valid, only passport, contract, affiliation and fee', () => {
    const current = holding('2028-06-30');
    expect(status(current).state).toBe('workPermitValid.residencePermitRemainsValid');
    const list = missingDocuments(current);
    expect(list?.step).toBe('renewalWhileResidencePermitValid');
    expect(list?.required.map((item) => item.id)).toEqual(renewalAlone);
  });

  it('a renewed residence permit moves the case from the first scenario to the second', () => {
    const current = run(holding('2026-12-31'), [{ type: 'residencePermit.renewed', at: '2026-09-01', validUntil: '2029-12-31' }]);
    expect(status(current).state).toBe('workPermitValid.residencePermitRemainsValid');
    expect(status(current).validUntil).toBe('2026-12-31');
  });
});

describe('renewal', () => {
  const applied = (current: PermitCase, at: string, workProof = 'wholeValidity', receivesUnemploymentBenefits = false, documents = renewalAlone) =>
    run(current, [{ type: 'renewal.applied', at, workProof, receivesUnemploymentBenefits, documents }]);

  it('must be applied for within the 2 months before expiry', () => {
    const current = holding('2030-06-30');
    expect(deadlines(current).find((d) => d.id === 'renewalApplication')).toMatchObject({ opens: '2027-01-15', due: '2027-03-15' });
    expect(refused(current, { type: 'renewal.applied', at: '2027-01-14', workProof: 'wholeValidity', receivesUnemploymentBenefits: false, documents: renewalAlone }).code).toBe('event.notAllowed');
    expect(status(applied(current, '2027-01-15')).state).toBe('renewalPending');
  });

  it('needs complete documents (proof of work only limits the renewal: see ancillary-work-permit-facts)', () => {
    const current = holding('2030-06-30');
    const incomplete = applied(current, '2027-02-01', 'wholeValidity', false, ['passportCopy']);
    expect(status(incomplete).state).toBe('workPermitValid.residencePermitRemainsValid');
    expect(missingDocuments(incomplete)?.missing.map((item) => item.id)).toEqual(['employmentContractCopy', 'socialSecurityAffiliationCertificate', 'feePayment']);
  });

  it('gives up to 3 years and any sector and profession', () => {
    const renewed = run(applied(holding('2030-06-30'), '2027-02-01'), [{ type: 'renewal.granted', at: '2027-03-01' }]);
    const s = status(renewed);
    expect(s.state).toBe('workPermitValid.residencePermitRemainsValid');
    expect(renewed.context.validity).toEqual({ from: '2027-03-16', to: '2030-03-15' });
    expect(s.boundTo).toEqual({ profession: 'any', sector: 'any' });
    expect(refused(renewed, { type: 'professionChange.authorised', at: '2027-04-01', profession: '522', sector: 'retail' }).code).toBe('event.notAllowed');
  });

  it('never beyond the residence permit, which ends the scenario with both expiring together', () => {
    const renewed = run(applied(holding('2028-06-30'), '2027-02-01'), [{ type: 'renewal.granted', at: '2027-03-01' }]);
    expect(renewed.context.validity).toEqual({ from: '2027-03-16', to: '2028-06-30' });
    expect(status(renewed).state).toBe('workPermitValid.expiresWithResidencePermit');
  });

  it('is limited to 1 year without proof of work throughout, or with unemployment benefits', () => {
    const partly = applied(holding('2030-06-30'), '2027-02-01', 'partOfValidity');
    expect(status(partly).notices.map((notice) => notice.code)).toEqual(['renewalLimited']);
    expect(run(partly, [{ type: 'renewal.granted', at: '2027-03-01' }]).context.validity).toEqual({ from: '2027-03-16', to: '2028-03-15' });
    const benefits = applied(holding('2030-06-30'), '2027-02-01', 'wholeValidity', true);
    expect(run(benefits, [{ type: 'renewal.granted', at: '2027-03-01' }]).context.validity).toEqual({ from: '2027-03-16', to: '2028-03-15' });
  });

  it('when both permits expire together, the renewal must give the new residence permit end', () => {
    const pending = applied(holding('2026-12-31', '2026-03-16', { person: { birthDate: '1990-04-01' } }), '2026-11-02', 'wholeValidity', false, renewalTogether);
    expect(refused(pending, { type: 'renewal.granted', at: '2026-12-01' })).toMatchObject({ code: 'event.invalid', path: ['residencePermitValidUntil'] });
    const renewed = run(pending, [{ type: 'renewal.granted', at: '2026-12-01', residencePermitValidUntil: '2028-12-31' }]);
    expect(renewed.context.validity).toEqual({ from: '2027-01-01', to: '2028-12-31' });
    expect(deadlines(renewed).find((d) => d.id === 'residencePermitExpiry')?.due).toBe('2028-12-31');
  });

  it('a renewal decided after expiry starts on the decision day; work is not assumed in between', () => {
    const pending = applied(holding('2026-12-31', '2026-03-16', { person: { birthDate: '1990-04-01' } }), '2026-11-02', 'wholeValidity', false, renewalTogether);
    const lapsed = run(pending, [{ type: 'clock.advanced', at: '2027-01-01' }]);
    const s = status(lapsed);
    expect(s.state).toBe('renewalPendingAfterExpiry');
    expect(s.rights.work.verdict).toBe('undetermined');
    expect(s.rights.work.assumption).toMatch(/says nothing about work/);
    expect(s.rights.reside.verdict).toBe('notDecidedHere');
    expect(s.notices.map((notice) => notice.code)).toEqual(['residencePermitRenewalPending']);
    const renewed = run(lapsed, [{ type: 'renewal.granted', at: '2027-01-20', residencePermitValidUntil: '2029-12-31' }]);
    expect(renewed.context.validity).toEqual({ from: '2027-01-20', to: '2029-12-31' });
    expect(status(renewed).state).toBe('workPermitValid.expiresWithResidencePermit');
  });

  it('a refused renewal leaves the current permit to run out', () => {
    const refusedRenewal = run(applied(holding('2030-06-30'), '2027-02-01'), [{ type: 'renewal.refused', at: '2027-02-20' }]);
    expect(status(refusedRenewal)).toMatchObject({ state: 'permitValidRenewalRefused', validUntil: '2027-03-15', rights: { work: { verdict: 'granted', until: '2027-03-15' } } });
    expect(status(refusedRenewal, '2027-03-16').state).toBe('workPermitExpired');
  });
});

describe('the residence permit the work permit rests on', () => {
  it('its loss ends the work permit', () => {
    const ended = run(holding('2028-06-30'), [{ type: 'residencePermit.ended', at: '2026-08-01' }]);
    expect(status(ended)).toMatchObject({
      state: 'residencePermitEnded',
      final: true,
      rights: { work: { verdict: 'denied' }, reside: { verdict: 'notDecidedHere', governedBy: 'the residence permit for "private reasons"' } },
    });
  });

  it('its expiry ends the work permit the next day', () => {
    const current = holding('2026-12-31');
    expect(status(current, '2026-12-31').rights.work.verdict).toBe('granted');
    expect(status(current, '2027-01-01').state).toBe('residencePermitExpired');
  });

  it('an update must move its end later', () => {
    expect(refused(holding('2026-12-31'), { type: 'residencePermit.renewed', at: '2026-09-01', validUntil: '2026-10-31' }).code).toBe('event.notAllowed');
  });

  it('a lost card points to the specific procedure', () => {
    const lost = run(holding('2028-06-30'), [{ type: 'residencePermitCard.lost', at: '2026-06-01' }]);
    expect(status(lost).notices.map((notice) => notice.code)).toEqual(['lostResidencePermitCard']);
    expect(status(run(lost, [{ type: 'residencePermitCard.replaced', at: '2026-06-20' }])).notices).toEqual([]);
  });
});

describe('issue 21: rights that say who decides', () => {
  const privateReasons = 'the residence permit for "private reasons"';

  it('residence permit valid to 2030-09-30, work permit granted 2026-03-16 for a year: on 2027-03-16 residence is not decided here, only work ends', () => {
    const current = holding('2030-09-30');
    const lastDay = status(current, '2027-03-15');
    expect(lastDay.rights.work).toMatchObject({ verdict: 'granted', until: '2027-03-15' });
    const after = status(current, '2027-03-16');
    expect(after.state).toBe('workPermitExpired');
    expect(after.rights.reside).toMatchObject({
      verdict: 'notDecidedHere',
      governedBy: privateReasons,
      until: '2030-09-30',
      source: { file: FILE, quote: 'Third-country nationals must hold a valid residence permit for "private reasons".' },
    });
    expect(after.rights.work.verdict).toBe('denied');
    expect(after.rights.work.source?.quote).toBeTruthy();
  });

  it('a family member of an EU citizen residing in Luxembourg gets noPermitNeeded: work is not decided here, never "may not work"', () => {
    const closed = run(open({ residencePermitValidUntil: '2027-09-30', familyMemberOfResidentEuCitizen: true }), [{ type: 'vacancy.declared', at: '2026-01-12' }]);
    const s = status(closed);
    expect(s.state).toBe('noPermitNeeded');
    expect(s.rights.work).toMatchObject({
      verdict: 'notDecidedHere',
      governedBy: 'EU free movement (no work permit needed)',
      source: { quote: 'do not need a work permit to carry out a paid activity' },
    });
    expect(s.rights.reside).toMatchObject({ verdict: 'notDecidedHere', governedBy: privateReasons });
  });

  it('a main activity leaves work to the salaried worker residence permit', () => {
    const closed = run(open({ residencePermitValidUntil: '2027-09-30', employmentIsMainActivity: true }), [{ type: 'vacancy.declared', at: '2026-01-12' }]);
    expect(status(closed).rights.work).toMatchObject({
      verdict: 'notDecidedHere',
      governedBy: 'the salaried worker residence permit',
      source: { quote: 'who wish to carry out paid employment as their main activity must apply for a salaried worker residence permit' },
    });
  });

  it('no state of the ancillary procedure, closed or not, denies residence: the "private reasons" permit governs it', () => {
    const machine = ancillaryWorkPermit.machine;
    const paths = allStatePaths(machine);
    expect(paths.length).toBeGreaterThan(15);
    const deniedResidence = paths.filter((path) => stateMetaOf(machine, valueFromPath(path)).rights.reside.verdict !== 'notDecidedHere');
    expect(deniedResidence).toEqual([]);
  });

  it('before the grant, work is denied with the page\'s sentence', () => {
    const s = status(open({ residencePermitValidUntil: '2027-09-30' }));
    expect(s.rights.work).toMatchObject({ verdict: 'denied', source: { quote: 'A work permit is required for all third-country nationals' } });
  });

  it('a renewal refused while the work permit runs keeps it to its end, then denies work without a transition', () => {
    const refusedRenewal = run(holding('2030-06-30'), [
      { type: 'renewal.applied', at: '2027-02-01', workProof: 'wholeValidity', receivesUnemploymentBenefits: false, documents: renewalAlone },
      { type: 'renewal.refused', at: '2027-02-20' },
    ]);
    expect(status(refusedRenewal, '2027-03-15').rights.work).toMatchObject({ verdict: 'granted', until: '2027-03-15' });
    const declared = stateMetaOf(ancillaryWorkPermit.machine, 'permitValidRenewalRefused').rights.work;
    expect(declared).toMatchObject({ verdict: 'granted', afterValidity: { verdict: 'denied' } });
    const after = status(refusedRenewal, '2027-03-16');
    expect(after.rights.work.verdict).toBe('denied');
    expect(after.rights.reside.verdict).toBe('notDecidedHere');
  });

  it('the renewal can be applied for before the card is collected, and the card steps are still recorded', () => {
    const granted = run(open({ residencePermitValidUntil: '2030-06-30' }), [
      { type: 'vacancy.declared', at: '2026-01-12' },
      submitted('2026-01-26'),
      { type: 'workPermit.granted', at: '2026-03-16' },
    ]);
    const pending = run(granted, [{ type: 'renewal.applied', at: '2027-03-15', workProof: 'wholeValidity', receivesUnemploymentBenefits: false, documents: renewalAlone }]);
    expect(status(pending).state).toBe('renewalPending');
    expect(status(run(pending, [{ type: 'biometrics.taken', at: '2027-03-15' }])).state).toBe('renewalPending');
  });

  it('the employer\'s notice of the start of work is still recorded once the permit expired with its renewal pending', () => {
    const pending = run(holding('2026-12-31', '2026-03-16', { person: { birthDate: '1990-04-01' } }), [
      { type: 'renewal.applied', at: '2026-11-02', workProof: 'wholeValidity', receivesUnemploymentBenefits: false, documents: renewalTogether },
      { type: 'work.started', at: '2026-12-30', employer, residencePermitSeen: true, copyKept: true },
      { type: 'clock.advanced', at: '2027-01-01' },
    ]);
    expect(status(pending).state).toBe('renewalPendingAfterExpiry');
    expect(deadlines(pending).map((d) => d.id)).toContain('employerNotification');
    const notified = run(pending, [{ type: 'workStart.notified', at: '2027-01-04' }]);
    expect(deadlines(notified).map((d) => d.id)).not.toContain('employerNotification');
  });

  it('a renewal applied the day after the work permit ended is refused, citing the lapse', () => {
    const current = holding('2030-06-30');
    const error = refused(current, { type: 'renewal.applied', at: '2027-03-16', workProof: 'wholeValidity', receivesUnemploymentBenefits: false, documents: renewalAlone });
    expect(error.code).toBe('event.notAllowed');
    expect((error as unknown as { details: { lapsed?: unknown } }).details.lapsed).toBeTruthy();
  });
});

describe('typed errors change nothing', () => {
  it('refuses facts without the residence permit end date', () => {
    const opened = createCase('ancillaryWorkPermit' as string, { at: '2026-01-12', facts: {} });
    expect(opened.ok).toBe(false);
    if (!opened.ok) expect(opened.error).toMatchObject({ code: 'facts.invalid', path: ['facts', 'residencePermitValidUntil'] });
  });

  it('refuses bad events, out-of-order events and events not allowed now', () => {
    const current = holding('2028-06-30');
    expect(refused(current, { type: 'renewal.applied', at: '2027-02-01', workProof: 'sometimes', receivesUnemploymentBenefits: false })).toMatchObject({ code: 'event.invalid', path: ['workProof'] });
    expect(refused(current, { type: 'biometrics.taken', at: '2026-03-01' }).code).toBe('event.outOfOrder');
    expect(refused(current, { type: 'vacancy.declared', at: '2026-05-01' }).code).toBe('event.notAllowed');
    expect(refused(current, { type: 'documents.supplied', at: '2026-05-01', documents: ['unknownPaper'] }).code).toBe('event.invalid');
  });

  it('round-trips through serialize and restore', () => {
    const current = holding('2026-12-31');
    const restored = restore(serialize(current));
    expect(restored.ok && serialize(restored.value)).toBe(serialize(current));
  });
});

describe('legal invariants', () => {
  it('detect a validity beyond the residence permit or the legal maximum', () => {
    const context = holding('2028-06-30').context;
    expect(ancillaryWorkPermitInvariants(context)).toEqual([]);
    expect(ancillaryWorkPermitInvariants({ ...context, residencePermitValidUntil: '2026-12-31' } as never)).toEqual([
      'work permit until 2027-03-15 runs beyond the residence permit (2026-12-31)',
    ]);
    expect(ancillaryWorkPermitInvariants({ ...context, validity: { from: '2026-03-16', to: '2027-03-16' } } as never)).toEqual([
      'work permit until 2027-03-16 exceeds 1 year(s) from 2026-03-16',
    ]);
  });
});

describe('example scenarios', () => {
  it.each([
    'ancillary-work-permit-typical.json',
    'ancillary-work-permit-lapse.json',
    'ancillary-work-permit-renewal-without-proof-of-work.json',
    'ancillary-work-permit-activity-became-main.json',
    'ancillary-work-permit-expired-passport.json',
  ])('%s ends as its expect block says', (name) => {
    const scenario = JSON.parse(readFileSync(new URL(`../examples/scenarios/${name}`, import.meta.url), 'utf8'));
    const result = runScenario(scenario);
    if (!result.ok) throw result.error;
    const { status: s, deadlines: open } = result.value;
    expect(s.state).toBe(scenario.expect.state);
    expect(s.validUntil).toBe(scenario.expect.validUntil);
    expect(Object.fromEntries(open.map((d) => [d.id, d.due]))).toEqual(scenario.expect.deadlines);
  });
});
