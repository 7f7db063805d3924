/**
 * `whichProcedure`: the limits of each procedure as well as its conditions
 * (issue 22). The seasonal stay cap with earlier stays, the EU-family note
 * only for family members residing in Luxembourg, cross-border facts that must
 * be stated (undetermined, never assumed), and seasonal residents who have not
 * worked in Luxembourg.
 */
import { describe, expect, it } from 'vitest';
import { law, whichProcedure, type EligibilityResult, type ProcedureId, type ProcedureVerdict, type ProfileInput } from '../src';

/** A profile as a host reads it from JSON: dates as plain strings, checked at run time. */
function answer(profile: Record<string, unknown>): EligibilityResult {
  const result = whichProcedure(profile as ProfileInput);
  if (!result.ok) throw result.error;
  return result.value;
}

function verdict(result: EligibilityResult, procedure: ProcedureId): { kind: 'applies' | 'doesNotApply' | 'undetermined'; verdict: ProcedureVerdict } {
  for (const kind of ['applies', 'doesNotApply', 'undetermined'] as const) {
    const found = result[kind].find((entry) => entry.procedure === procedure);
    if (found) return { kind, verdict: found };
  }
  throw new Error(`${procedure} is in no list`);
}

function reason(result: EligibilityResult, rule: string) {
  const procedure = rule.split('.')[0] as ProcedureId;
  const found = verdict(result, procedure).verdict.reasons.find((entry) => entry.rule === rule);
  if (!found) throw new Error(`${rule} is not among the reasons shown`);
  return found;
}

const seasonal: ProfileInput = { asOf: '2026-04-01', nationality: 'thirdCountry', livesIn: 'thirdCountry', job: { seasonal: true, activity: 'harvesting', plannedMonths: 4 } };

describe('seasonal work longer than the cap does not make the seasonal procedure apply', () => {
  const cap = law.seasonalStayMaxMonths.value;

  it.each([
    [cap, 'applies'],
    [cap + 0.5, 'doesNotApply'],
    [12, 'doesNotApply'],
  ] as const)('%s planned months: %s, citing the cap sentence', (plannedMonths, kind) => {
    const result = answer({ ...seasonal, job: { ...seasonal.job, plannedMonths } });
    expect(verdict(result, 'seasonalWorker').kind).toBe(kind);
    const cited = reason(result, 'seasonalWorker.staysWithinCap');
    expect(cited.source).toEqual(law.seasonalStayMaxMonths.source);
    expect(cited.source.quote).toBe('valid for no more than 5 months over a total period of 12 months');
    if (kind === 'doesNotApply') expect(cited.text).toContain(`planned stay: ${plannedMonths} months, more than ${cap}`);
  });

  it('counts an earlier stay in the rolling window: January to March leaves room until 15 June from 16 April', () => {
    const result = answer({ ...seasonal, earlierSeasonalStays: [{ from: '2026-01-01', to: '2026-03-31' }], job: { ...seasonal.job, startsOn: '2026-04-16' } });
    expect(verdict(result, 'seasonalWorker').kind).toBe('doesNotApply');
    expect(reason(result, 'seasonalWorker.staysWithinCap').text).toContain('planned stay 2026-04-16 to 2026-08-15, but 1 earlier seasonal stay leaves room until 2026-06-15');
  });

  it('lets a stay that fits the room left apply, to the day', () => {
    // 31 days in January leave 151 - 31 = 120 days from 16 April: through 13 August.
    const january = [{ from: '2026-01-01', to: '2026-01-31' }];
    const fits = answer({ ...seasonal, earlierSeasonalStays: january, job: { ...seasonal.job, plannedMonths: 3.5, startsOn: '2026-04-16' } });
    expect(verdict(fits, 'seasonalWorker').kind).toBe('applies');
    expect(reason(fits, 'seasonalWorker.staysWithinCap').text).toContain('planned stay 2026-04-16 to 2026-07-30; 1 earlier seasonal stay leaves room until 2026-08-13');
    const tooLong = answer({ ...seasonal, earlierSeasonalStays: january, job: { ...seasonal.job, plannedMonths: 4, startsOn: '2026-04-16' } });
    expect(verdict(tooLong, 'seasonalWorker').kind).toBe('doesNotApply');
  });

  it('ignores stays that ended more than 12 months before', () => {
    const result = answer({ ...seasonal, earlierSeasonalStays: [{ from: '2025-01-01', to: '2025-03-31' }], job: { ...seasonal.job, plannedMonths: 5, startsOn: '2026-04-16' } });
    expect(verdict(result, 'seasonalWorker').kind).toBe('applies');
  });

  it('is undetermined, naming job.startsOn, when the stay does not fit from asOf and no start is stated', () => {
    const profile = { ...seasonal, earlierSeasonalStays: [{ from: '2026-01-01', to: '2026-03-31' }] };
    const result = answer(profile);
    const found = verdict(result, 'seasonalWorker');
    expect(found.kind).toBe('undetermined');
    expect(found.verdict.missingFacts).toEqual(['job.startsOn']);
    expect(found.verdict.reasons.map((entry) => [entry.rule, entry.met])).toEqual([['seasonalWorker.staysWithinCap', null]]);
    expect(result.note).toBe('No procedure applies on 2026-04-01 from what the profile states; state job.startsOn to decide seasonalWorker.');
    // A start a year later leaves the whole cap.
    expect(verdict(answer({ ...profile, job: { ...seasonal.job, startsOn: '2027-01-01' } }), 'seasonalWorker').kind).toBe('applies');
  });

  it('refuses earlier stays that overlap, end in the future, run backwards or reach the planned start, naming the field', () => {
    const refused = (profile: Record<string, unknown>) => {
      const result = whichProcedure(profile as ProfileInput);
      if (result.ok) throw new Error('expected a refusal');
      return [result.error.code, result.error.path];
    };
    const stays = (earlierSeasonalStays: { from: string; to: string }[], startsOn?: string) => ({ ...seasonal, earlierSeasonalStays, job: { ...seasonal.job, startsOn } });
    expect(refused(stays([{ from: '2026-01-01', to: '2026-02-28' }, { from: '2026-02-01', to: '2026-03-01' }]))).toEqual(['profile.invalid', ['earlierSeasonalStays', 1]]);
    expect(refused(stays([{ from: '2026-03-01', to: '2026-04-02' }]))).toEqual(['profile.invalid', ['earlierSeasonalStays', 0, 'to']]);
    expect(refused(stays([{ from: '2026-03-01', to: '2026-02-01' }]))).toEqual(['profile.invalid', ['earlierSeasonalStays', 0, 'to']]);
    expect(refused(stays([{ from: '2026-01-01', to: '2026-03-31' }], '2026-03-31'))).toEqual(['profile.invalid', ['earlierSeasonalStays', 0, 'to']]);
    expect(refused(stays([{ from: '2026-03-01', to: '2026-04-01' }]))).toEqual(['profile.invalid', ['earlierSeasonalStays', 0, 'to']]);
    expect(whichProcedure(stays([{ from: '2026-01-01', to: '2026-03-31' }], '2026-04-01') as ProfileInput).ok).toBe(true);
  });

  it('refuses, rather than throws, a profile whose cap window runs past the calendar', () => {
    const result = whichProcedure({ ...seasonal, asOf: '2999-09-01', earlierSeasonalStays: [{ from: '2999-08-01', to: '2999-08-31' }] });
    if (result.ok) throw new Error('expected a refusal');
    expect([result.error.code, result.error.path]).toEqual(['profile.invalid', ['asOf']]);
    expect(result.error.message).toContain('outside the years the calendar supports');
  });
});

describe('"no permit needed" for the family of an EU citizen reaches only family members residing in Luxembourg', () => {
  const spouseInLuxembourg = { citizenIs: 'spouse', citizenLivesIn: 'luxembourg', citizenWorksInLuxembourg: true } as const;
  const apart: ProfileInput = {
    asOf: '2026-03-01',
    nationality: 'thirdCountry',
    livesIn: 'otherMemberState',
    willLiveInLuxembourg: false,
    holdsOtherMemberStateAuthorisation: true,
    euFamily: { ...spouseInLuxembourg, livesWithPerson: false },
    job: { plannedMonths: 12 },
  };

  it('tells a spouse living in another member state that the pages do not decide, not that no permit is needed', () => {
    const result = answer(apart);
    expect(result.noPermitNeeded).toBeNull();
    expect(result.applies).toEqual([]);
    expect(result.notDecidedHere?.reasons.map((entry) => [entry.rule, entry.source.file, entry.source.section])).toEqual([
      ['notDecided.familyOfEuCitizenLivingOutsideLuxembourg', '002_023e4c502a131ddc.txt', 'Who is concerned?'],
    ]);
    const [why] = result.notDecidedHere!.reasons;
    expect(why!.text).toContain('lives in another member state and will not live in Luxembourg');
    expect(why!.text).toContain('the pages do not decide whether this person needs a work permit');
    expect(why!.assumption).toContain('"Resident in Luxembourg" is read as covering family members who reside in Luxembourg themselves');
    expect(reason(result, 'crossBorderFamilyExemption.livesWithEuCitizenFamily').text).toContain('the EU citizen lives in Luxembourg, not in that state');
    expect(result.note).toBe('The pages do not decide this situation (see the reasons not decided here); ask the Immigration Directorate.');
  });

  it('does not send a family member coming to join the EU citizen to the salaried procedure, and says the pages do not decide', () => {
    const result = answer({ asOf: '2026-03-01', nationality: 'thirdCountry', livesIn: 'thirdCountry', euFamily: spouseInLuxembourg, job: { plannedMonths: 12 } });
    expect(result.applies).toEqual([]);
    expect(result.noPermitNeeded).toBeNull();
    expect(reason(result, 'salariedWorker.notFamilyOfEuCitizenInLuxembourg').text).toContain('the EU citizen is their spouse, living in Luxembourg');
    expect(result.notDecidedHere?.reasons[0]?.text).toContain('the pages do not describe how the family member comes to live there');
  });

  it('still tells a spouse residing in Luxembourg that no permit is needed', () => {
    const result = answer({ ...apart, livesIn: 'luxembourg', willLiveInLuxembourg: true, euFamily: { ...spouseInLuxembourg, livesWithPerson: true } });
    expect(result.noPermitNeeded?.reasons.map((entry) => entry.rule)).toEqual(['noPermit.familyOfEuCitizenInLuxembourg']);
    expect(result.notDecidedHere).toBeNull();
  });
});

describe('the cross-border exemption is never assumed: a missing fact makes it undetermined', () => {
  const stated: ProfileInput = {
    asOf: '2026-03-01',
    nationality: 'thirdCountry',
    livesIn: 'otherMemberState',
    willLiveInLuxembourg: false,
    holdsOtherMemberStateAuthorisation: true,
    euFamily: { citizenIs: 'parent', citizenLivesIn: 'sameMemberStateAsPerson', livesWithPerson: true, citizenWorksInLuxembourg: true },
    job: { plannedMonths: 12 },
  };

  it('applies when every fact is stated', () => {
    expect(answer(stated).applies.map((entry) => entry.procedure)).toEqual(['crossBorderFamilyExemption']);
  });

  it.each([
    ['holdsOtherMemberStateAuthorisation', 'crossBorderFamilyExemption.residesInOtherMemberState', (p: ProfileInput): ProfileInput => ({ ...p, holdsOtherMemberStateAuthorisation: undefined })],
    ['euFamily.livesWithPerson', 'crossBorderFamilyExemption.livesWithEuCitizenFamily', (p: ProfileInput): ProfileInput => ({ ...p, euFamily: { ...p.euFamily!, livesWithPerson: undefined } })],
    ['euFamily.citizenWorksInLuxembourg', 'crossBorderFamilyExemption.citizenWorksInLuxembourg', (p: ProfileInput): ProfileInput => ({ ...p, euFamily: { ...p.euFamily!, citizenWorksInLuxembourg: undefined } })],
  ] as const)('without %s', (field, rule, drop) => {
    const result = answer(drop(stated));
    const found = verdict(result, 'crossBorderFamilyExemption');
    expect(found.kind).toBe('undetermined');
    expect(found.verdict.missingFacts).toEqual([field]);
    expect(found.verdict.reasons.map((entry) => [entry.rule, entry.met, entry.missingFacts])).toEqual([[rule, null, [field]]]);
    expect(result.applies).toEqual([]);
    expect(result.note).toBe(`No procedure applies on 2026-03-01 from what the profile states; state ${field} to decide crossBorderFamilyExemption.`);
  });

  it('names every missing fact at once', () => {
    const result = answer({ ...stated, holdsOtherMemberStateAuthorisation: undefined, euFamily: { citizenIs: 'spouse', citizenLivesIn: 'sameMemberStateAsPerson' } });
    expect(result.undetermined.map((entry) => [entry.procedure, entry.missingFacts])).toEqual([
      ['crossBorderFamilyExemption', ['holdsOtherMemberStateAuthorisation', 'euFamily.livesWithPerson', 'euFamily.citizenWorksInLuxembourg']],
    ]);
  });

  it('does not apply, whatever is missing, once a stated fact rules it out', () => {
    const result = answer({ ...stated, holdsOtherMemberStateAuthorisation: undefined, euFamily: { ...stated.euFamily!, citizenWorksInLuxembourg: false } });
    const found = verdict(result, 'crossBorderFamilyExemption');
    expect(found.kind).toBe('doesNotApply');
    expect(found.verdict.reasons.map((entry) => entry.rule)).toEqual(['crossBorderFamilyExemption.citizenWorksInLuxembourg']);
    expect(found.verdict.missingFacts).toEqual([]);
    expect(result.undetermined).toEqual([]);
  });
});

describe('seasonal work for people already living in Luxembourg', () => {
  const resident: ProfileInput = { ...seasonal, livesIn: 'luxembourg', luxembourgPermit: 'privateReasons' };

  it('applies to a legal resident who has not worked in Luxembourg, citing the page', () => {
    const result = answer({ ...resident, hasWorkedInLuxembourg: false });
    expect(verdict(result, 'seasonalWorker').kind).toBe('applies');
    expect(reason(result, 'seasonalWorker.residentHasNotWorkedInLuxembourg').source.quote).toBe(
      'already legally reside in Luxembourg without having worked there and wish to work on a seasonal basis there',
    );
  });

  it('is undetermined until the profile says whether the person has worked in Luxembourg', () => {
    const found = verdict(answer(resident), 'seasonalWorker');
    expect([found.kind, found.verdict.missingFacts]).toEqual(['undetermined', ['hasWorkedInLuxembourg']]);
  });

  it('does not apply to a resident who has worked there, or who lives there without a residence permit', () => {
    expect(reason(answer({ ...resident, hasWorkedInLuxembourg: true }), 'seasonalWorker.residentHasNotWorkedInLuxembourg').text).toContain('has already worked in Luxembourg');
    const noPermit = answer({ ...resident, luxembourgPermit: 'none', hasWorkedInLuxembourg: false });
    expect(verdict(noPermit, 'seasonalWorker').kind).toBe('doesNotApply');
    expect(reason(noPermit, 'seasonalWorker.residentHasNotWorkedInLuxembourg').text).toContain('lives in Luxembourg without a residence permit');
  });
});

describe('a seasonal worker may not change permit category once the seasonal permit has expired', () => {
  const holder: ProfileInput = { asOf: '2026-03-01', nationality: 'thirdCountry', livesIn: 'luxembourg', luxembourgPermit: 'seasonalWorker', job: { plannedMonths: 12 } };

  it('rules out the salaried permit after expiry, citing the seasonal page', () => {
    const result = answer({ ...holder, luxembourgPermitValidUntil: '2026-02-28' });
    expect(verdict(result, 'salariedWorker').kind).toBe('doesNotApply');
    expect(reason(result, 'salariedWorker.notAfterSeasonalPermitExpired').source.quote).toBe(
      'the seasonal worker may not change the category of their residence permit after their seasonal worker residence permit expires',
    );
  });

  it('leaves it open while the seasonal permit is valid, through its last day', () => {
    const result = answer({ ...holder, luxembourgPermitValidUntil: '2026-03-01' });
    expect(verdict(result, 'salariedWorker').kind).toBe('applies');
    expect(reason(result, 'salariedWorker.notAfterSeasonalPermitExpired').text).toContain('the seasonal permit is valid until 2026-03-01');
  });

  it('is undetermined until the end of validity is stated', () => {
    const found = verdict(answer(holder), 'salariedWorker');
    expect([found.kind, found.verdict.missingFacts]).toEqual(['undetermined', ['luxembourgPermitValidUntil']]);
  });
});

describe('the ancillary work permit needs a valid "private reasons" permit', () => {
  const holder: ProfileInput = { asOf: '2026-03-01', nationality: 'thirdCountry', livesIn: 'luxembourg', luxembourgPermit: 'privateReasons', job: { mainActivity: false, plannedMonths: 12 } };

  it('does not apply once the permit has expired, and applies through its last day', () => {
    const expired = answer({ ...holder, luxembourgPermitValidUntil: '2026-02-28' });
    expect(verdict(expired, 'ancillaryWorkPermit').kind).toBe('doesNotApply');
    expect(reason(expired, 'ancillaryWorkPermit.holdsPrivateReasonsPermit').text).toContain('the "private reasons" permit expired after 2026-02-28');
    expect(verdict(answer({ ...holder, luxembourgPermitValidUntil: '2026-03-01' }), 'ancillaryWorkPermit').kind).toBe('applies');
  });
});
