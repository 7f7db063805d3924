/**
 * `whichProcedure`: one row per rule. Each procedure has a base profile it
 * applies to; each row changes one fact so that exactly that rule fails, and
 * checks the verdict, the reason given and its source. A test also checks
 * that every rule of the table has a row.
 */
import { describe, expect, it } from 'vitest';
import { eligibilityRules, law, whichProcedure, type EligibilityResult, type ProcedureId, type ProfileInput } from '../src';
import type { IsoDate } from '../src';

const asOf = '2026-03-01';

const bases: Record<ProcedureId, ProfileInput> = {
  seasonalWorker: { asOf, nationality: 'thirdCountry', livesIn: 'thirdCountry', job: { seasonal: true, activity: 'harvesting', plannedMonths: 4 } },
  salariedWorker: { asOf, nationality: 'thirdCountry', livesIn: 'thirdCountry', job: { plannedMonths: 12 } },
  ancillaryWorkPermit: { asOf, nationality: 'thirdCountry', livesIn: 'luxembourg', luxembourgPermit: 'privateReasons', job: { mainActivity: false, plannedMonths: 12 } },
  crossBorderFamilyExemption: {
    asOf,
    nationality: 'thirdCountry',
    livesIn: 'otherMemberState',
    willLiveInLuxembourg: false,
    holdsOtherMemberStateAuthorisation: true,
    euFamily: { citizenIs: 'spouse', citizenLivesIn: 'sameMemberStateAsPerson', livesWithPerson: true, citizenWorksInLuxembourg: true },
    job: { plannedMonths: 12 },
  },
  protectionApplicantWorkPermit: { asOf, nationality: 'thirdCountry', livesIn: 'luxembourg', internationalProtection: { appliedOn: '2025-08-01' }, job: { plannedMonths: 6 } },
};

const euSpouseInLuxembourg = { citizenIs: 'spouse', citizenLivesIn: 'luxembourg', citizenWorksInLuxembourg: true } as const;

interface Row {
  rule: string;
  change: (base: ProfileInput) => ProfileInput;
  /** A fragment of the reason's text: what was found in the profile. */
  detail: string;
  noPermitNeeded?: string;
  notDecidedHere?: string;
  availableFrom?: string;
}

const livingAbroad = 'notDecided.familyOfEuCitizenLivingOutsideLuxembourg';

const rows: Row[] = [
  { rule: 'seasonalWorker.thirdCountryNational', change: (p) => ({ ...p, nationality: 'euEeaSwiss' }), detail: 'EU/EEA/Swiss national', noPermitNeeded: 'noPermit.euEeaSwissNational' },
  { rule: 'seasonalWorker.seasonalActivity', change: (p) => ({ ...p, job: { ...p.job, activity: 'other' } }), detail: 'a seasonal job outside the list' },
  { rule: 'seasonalWorker.staysMoreThanMinimum', change: (p) => ({ ...p, job: { ...p.job, plannedMonths: law.seasonalProcedureMinStayMonths.value } }), detail: 'planned stay: 3 months' },
  { rule: 'seasonalWorker.staysWithinCap', change: (p) => ({ ...p, job: { ...p.job, plannedMonths: 12 } }), detail: `planned stay: 12 months, more than ${law.seasonalStayMaxMonths.value}` },
  {
    rule: 'seasonalWorker.residentHasNotWorkedInLuxembourg',
    change: (p) => ({ ...p, livesIn: 'luxembourg', luxembourgPermit: 'privateReasons', hasWorkedInLuxembourg: true }),
    detail: 'has already worked in Luxembourg',
  },
  { rule: 'seasonalWorker.livesOrWillLiveInLuxembourg', change: (p) => ({ ...p, willLiveInLuxembourg: false }), detail: 'will not live in Luxembourg' },
  { rule: 'seasonalWorker.notFamilyOfEuCitizenInLuxembourg', change: (p) => ({ ...p, euFamily: { ...euSpouseInLuxembourg, citizenIs: 'parent' } }), detail: 'the EU citizen is their parent', notDecidedHere: livingAbroad },

  { rule: 'salariedWorker.thirdCountryNational', change: (p) => ({ ...p, nationality: 'euEeaSwiss' }), detail: 'EU/EEA/Swiss national', noPermitNeeded: 'noPermit.euEeaSwissNational' },
  { rule: 'salariedWorker.mainActivity', change: (p) => ({ ...p, job: { ...p.job, mainActivity: false } }), detail: 'an ancillary activity' },
  { rule: 'salariedWorker.worksMoreThanMinimum', change: (p) => ({ ...p, job: { ...p.job, plannedMonths: 2.5 } }), detail: 'planned stay: 2.5 months' },
  { rule: 'salariedWorker.notASeasonalActivity', change: (p) => ({ ...p, job: { ...p.job, seasonal: true, activity: 'tourGuiding' } }), detail: 'a listed seasonal activity' },
  { rule: 'salariedWorker.livesOrWillLiveInLuxembourg', change: (p) => ({ ...p, willLiveInLuxembourg: false }), detail: 'will not live in Luxembourg' },
  { rule: 'salariedWorker.notAPendingProtectionApplicant', change: (p) => ({ ...p, livesIn: 'luxembourg', internationalProtection: { appliedOn: '2026-01-20' } }), detail: 'applied for international protection on 2026-01-20, no decision yet' },
  {
    rule: 'salariedWorker.notAfterSeasonalPermitExpired',
    change: (p) => ({ ...p, livesIn: 'luxembourg', luxembourgPermit: 'seasonalWorker', luxembourgPermitValidUntil: '2026-02-28' }),
    detail: 'the seasonal permit expired after 2026-02-28',
  },
  { rule: 'salariedWorker.notFamilyOfEuCitizenInLuxembourg', change: (p) => ({ ...p, euFamily: euSpouseInLuxembourg }), detail: 'the EU citizen is their spouse', notDecidedHere: livingAbroad },

  { rule: 'ancillaryWorkPermit.thirdCountryNational', change: (p) => ({ ...p, nationality: 'euEeaSwiss' }), detail: 'EU/EEA/Swiss national', noPermitNeeded: 'noPermit.euEeaSwissNational' },
  { rule: 'ancillaryWorkPermit.holdsPrivateReasonsPermit', change: (p) => ({ ...p, luxembourgPermit: 'other' }), detail: 'permit held: other' },
  { rule: 'ancillaryWorkPermit.ancillaryActivity', change: (p) => ({ ...p, job: { ...p.job, mainActivity: true } }), detail: 'paid work as the main activity' },
  { rule: 'ancillaryWorkPermit.notFamilyOfEuCitizenInLuxembourg', change: (p) => ({ ...p, euFamily: euSpouseInLuxembourg }), detail: 'the EU citizen is their spouse', noPermitNeeded: 'noPermit.familyOfEuCitizenInLuxembourg' },

  { rule: 'crossBorderFamilyExemption.thirdCountryNational', change: (p) => ({ ...p, nationality: 'euEeaSwiss' }), detail: 'EU/EEA/Swiss national', noPermitNeeded: 'noPermit.euEeaSwissNational' },
  { rule: 'crossBorderFamilyExemption.residesInOtherMemberState', change: (p) => ({ ...p, holdsOtherMemberStateAuthorisation: false }), detail: 'no authorisation to stay from that state' },
  { rule: 'crossBorderFamilyExemption.livesWithEuCitizenFamily', change: (p) => ({ ...p, euFamily: { ...p.euFamily!, livesWithPerson: false } }), detail: 'they do not live together in that state' },
  { rule: 'crossBorderFamilyExemption.citizenWorksInLuxembourg', change: (p) => ({ ...p, euFamily: { ...p.euFamily!, citizenWorksInLuxembourg: false } }), detail: 'the EU citizen does not work in Luxembourg' },

  { rule: 'protectionApplicantWorkPermit.thirdCountryNational', change: (p) => ({ ...p, nationality: 'euEeaSwiss' }), detail: 'EU/EEA/Swiss national', noPermitNeeded: 'noPermit.euEeaSwissNational' },
  { rule: 'protectionApplicantWorkPermit.applicationPending', change: (p) => ({ ...p, internationalProtection: { appliedOn: '2025-08-01', decisionTaken: true } }), detail: 'a decision has been taken' },
  {
    rule: 'protectionApplicantWorkPermit.waitingPeriodOver',
    change: (p) => ({ ...p, internationalProtection: { appliedOn: '2025-09-02' } }),
    detail: 'possible from 2026-03-02',
    availableFrom: '2026-03-02',
  },
  { rule: 'protectionApplicantWorkPermit.notResponsibleForDelay', change: (p) => ({ ...p, internationalProtection: { appliedOn: '2025-08-01', delayCausedByApplicant: true } }), detail: 'the applicant is responsible for the delay' },
  { rule: 'protectionApplicantWorkPermit.notFamilyOfEuCitizenInLuxembourg', change: (p) => ({ ...p, euFamily: euSpouseInLuxembourg }), detail: 'the EU citizen is their spouse', noPermitNeeded: 'noPermit.familyOfEuCitizenInLuxembourg' },
];

function answer(profile: ProfileInput): EligibilityResult {
  const result = whichProcedure(profile);
  if (!result.ok) throw result.error;
  return result.value;
}

function procedureOf(rule: string): ProcedureId {
  return rule.split('.')[0] as ProcedureId;
}

describe('whichProcedure: the base profiles', () => {
  it.each(Object.keys(bases) as ProcedureId[])('%s applies to its base profile, with every condition met and cited', (procedure) => {
    const result = answer(bases[procedure]);
    const verdict = result.applies.find((entry) => entry.procedure === procedure);
    expect(verdict, `${procedure} should apply`).toBeDefined();
    expect(verdict!.reasons.map((reason) => reason.rule)).toEqual(eligibilityRules[procedure].map((rule) => rule.id));
    expect(verdict!.reasons.every((reason) => reason.met && reason.source.quote.length > 0)).toBe(true);
    expect(result.noPermitNeeded).toBeNull();
  });

  it('each base profile leads to exactly its own procedure', () => {
    for (const [procedure, profile] of Object.entries(bases)) expect(answer(profile).applies.map((entry) => entry.procedure)).toEqual([procedure]);
  });
});

describe('whichProcedure: one row per rule', () => {
  it('has a row for every rule of the table', () => {
    const covered = new Set(rows.map((row) => row.rule));
    const all = Object.values(eligibilityRules).flatMap((list) => list.map((rule) => rule.id));
    expect(all.filter((id) => !covered.has(id))).toEqual([]);
  });

  it.each(rows.map((row) => [row.rule, row] as const))('%s', (_rule, row) => {
    const procedure = procedureOf(row.rule);
    const result = answer(row.change(bases[procedure]));
    expect(result.applies.map((entry) => entry.procedure)).not.toContain(procedure);
    const verdict = result.doesNotApply.find((entry) => entry.procedure === procedure)!;
    expect(verdict.reasons.map((reason) => reason.rule)).toEqual([row.rule]);
    const [reason] = verdict.reasons;
    expect(reason!.met).toBe(false);
    expect(reason!.text).toContain(row.detail);
    expect(reason!.source).toEqual(eligibilityRules[procedure].find((rule) => rule.id === row.rule)!.source);
    expect(verdict.availableFrom).toBe(row.availableFrom ?? null);
    expect(result.noPermitNeeded?.reasons.map((entry) => entry.rule) ?? []).toEqual(row.noPermitNeeded ? [row.noPermitNeeded] : []);
    expect(result.notDecidedHere?.reasons.map((entry) => entry.rule) ?? []).toEqual(row.notDecidedHere ? [row.notDecidedHere] : []);
    expect(result.undetermined).toEqual([]);
  });
});

describe('whichProcedure: exemptions, boundaries and notes', () => {
  const minor = { ...bases.protectionApplicantWorkPermit, internationalProtection: { appliedOn: '2026-02-01' as IsoDate, unaccompaniedMinor: true }, job: { plannedMonths: 2, studentJob: true } };

  it('lets an unaccompanied minor with a student job apply before 6 months, citing the exemption', () => {
    const verdict = answer(minor).applies.find((entry) => entry.procedure === 'protectionApplicantWorkPermit');
    const waiting = verdict?.reasons.find((reason) => reason.rule === 'protectionApplicantWorkPermit.waitingPeriodOver');
    expect(waiting?.text).toContain('unaccompanied minor with a student job: exemption');
    expect(waiting?.source.quote).toContain('unaccompanied minors');
  });

  it('does not extend the exemption to a minor without a student job', () => {
    const result = answer({ ...minor, job: { plannedMonths: 2 } });
    expect(result.doesNotApply.find((entry) => entry.procedure === 'protectionApplicantWorkPermit')?.availableFrom).toBe('2026-08-01');
  });

  it(`counts the ${law.protectionAotWaitingPeriodMonths.value} months to the same day number, or the month's last day`, () => {
    const onTheDay = answer({ ...bases.protectionApplicantWorkPermit, internationalProtection: { appliedOn: '2025-09-01' } });
    expect(onTheDay.applies.map((entry) => entry.procedure)).toEqual(['protectionApplicantWorkPermit']);
    const monthEnd = answer({ ...bases.protectionApplicantWorkPermit, asOf: '2026-02-27', internationalProtection: { appliedOn: '2025-08-31' } });
    expect(monthEnd.doesNotApply.find((entry) => entry.procedure === 'protectionApplicantWorkPermit')?.availableFrom).toBe('2026-02-28');
    expect(monthEnd.note).toBe('No procedure applies on 2026-02-27; protectionApplicantWorkPermit becomes possible from 2026-02-28.');
  });

  it('sends a "private reasons" holder working as the main activity to the salaried permit', () => {
    const result = answer({ ...bases.ancillaryWorkPermit, job: { mainActivity: true, plannedMonths: 12 } });
    expect(result.applies.map((entry) => entry.procedure)).toEqual(['salariedWorker']);
  });

  it('does not count other relatives as family of an EU citizen', () => {
    const result = answer({ ...bases.ancillaryWorkPermit, euFamily: { ...euSpouseInLuxembourg, citizenIs: 'otherRelative' } });
    expect(result.noPermitNeeded).toBeNull();
    expect(result.applies.map((entry) => entry.procedure)).toEqual(['ancillaryWorkPermit']);
  });

  it('says when no modelled page covers the situation (a short stay)', () => {
    const result = answer({ ...bases.salariedWorker, job: { plannedMonths: 1 } });
    expect(result.applies).toEqual([]);
    expect(result.noPermitNeeded).toBeNull();
    expect(result.note).toBe('None of the modelled pages covers this situation; ask the Immigration Directorate.');
  });

  it('refuses an invalid profile with a typed error and the field path', () => {
    const missing = whichProcedure({ asOf, nationality: 'thirdCountry', livesIn: 'luxembourg' } as unknown as ProfileInput);
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect([missing.error.code, missing.error.path]).toEqual(['profile.invalid', ['job']]);
    const badDate = whichProcedure({ ...bases.salariedWorker, asOf: '2026-02-30' });
    if (badDate.ok) throw new Error('expected a refusal');
    expect(badDate.error.path).toEqual(['asOf']);
    const extra = whichProcedure({ ...bases.salariedWorker, salary: 1 } as ProfileInput);
    expect(extra.ok).toBe(false);
  });
});
