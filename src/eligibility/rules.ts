/**
 * The eligibility rules, as data: for each procedure, its conditions, each
 * with the sentence of the seed page it comes from. Figures come from the
 * parameters table.
 */
import { addMonths, isBefore, isOnOrAfter, type IsoDate } from '../calendar';
import type { ProcedureId } from '../case/types';
import { law, type SeedFile, type SourceRef } from '../law';
import { seasonalActivities } from '../../machines/seasonal-worker/activities';
import { euFamilyInLuxembourgSource, euFamilyRelationsAssumption, euFamilyResidenceAssumption, joinsEuFamilyInLuxembourg } from './eu-family';
import type { Profile } from './profile';
import { checkSeasonalStayCap, seasonalStayCapAssumption } from './seasonal-stay-cap';
import type { EligibilityRule, RuleOutcome } from './types';
import { refusedArguments } from '../guard';

const seasonalPage = '004_b06c98a76d7eb733.txt' as const;
const salariedPage = '001_4e3fbcc1bbea5669.txt' as const;
const ancillaryPage = '002_023e4c502a131ddc.txt' as const;
const crossBorderPage = '003_07cc08630c496fa1.txt' as const;
const protectionPage = '000_8062ab018996c2b5.txt' as const;

function outcome(met: boolean, detail: string | null = null, availableFrom: IsoDate | null = null): RuleOutcome {
  return { met, detail, availableFrom };
}

/** A rule that cannot be decided: the profile does not state the fact at `field`. */
function undetermined(field: string, detail: string): RuleOutcome {
  return { met: null, detail, availableFrom: null, missingFacts: [field] };
}

/**
 * The procedures eligibility is assessed for, with their seed pages and
 * titles (used when this version has no machine for one of them yet).
 *
 * @example
 * ```ts
 * eligibilityProcedures.crossBorderFamilyExemption.seed; // '003_07cc08630c496fa1.txt'
 * ```
 * @category Eligibility
 */
export const eligibilityProcedures = {
  seasonalWorker: { seed: seasonalPage, title: 'Seasonal worker: temporary authorisation to stay, visa, residence permit' },
  salariedWorker: { seed: salariedPage, title: 'Employed (salaried) worker: temporary authorisation to stay, visa, residence permit' },
  ancillaryWorkPermit: { seed: ancillaryPage, title: 'Work permit for an ancillary salaried activity of a "private reasons" permit holder' },
  crossBorderFamilyExemption: { seed: crossBorderPage, title: 'Work permit exemption for the family of an EU citizen working in Luxembourg' },
  protectionApplicantWorkPermit: { seed: protectionPage, title: 'Temporary work permit (AOT) for applicants for international protection' },
} as const satisfies Record<ProcedureId, { seed: SeedFile; title: string }>;

/**
 * The sentence that limits these procedures to third-country nationals, quoted
 * when an EU/EEA/Swiss national is told no permit is needed.
 *
 * @example
 * ```ts
 * thirdCountryOnlySource.section; // 'Who is concerned'
 * ```
 * @category Eligibility
 */
export const thirdCountryOnlySource: SourceRef = {
  file: seasonalPage,
  section: 'Who is concerned',
  quote:
    'Every third-country national (i.e. a national from a country which is not an EU Member State or a country treated as such - Iceland, Norway, Liechtenstein and Switzerland) requires an authorisation to stay',
};

function thirdCountryRule(procedure: ProcedureId, source: SourceRef): EligibilityRule {
  return {
    id: `${procedure}.thirdCountryNational`,
    procedure,
    condition: 'The person is a third-country national (not an EU, EEA or Swiss national)',
    source,
    check: (profile) => outcome(profile.nationality === 'thirdCountry', profile.nationality === 'euEeaSwiss' ? 'EU/EEA/Swiss national' : null),
  };
}

function notEuFamilyInLuxembourgRule(procedure: ProcedureId, assumption: string): EligibilityRule {
  return {
    id: `${procedure}.notFamilyOfEuCitizenInLuxembourg`,
    procedure,
    condition: 'The person does not live, or come to live, in Luxembourg as a family member of an EU citizen residing there (who needs no work permit)',
    source: euFamilyInLuxembourgSource,
    assumption: `${assumption} One who comes to live there with the EU citizen is covered by the note once resident, so this procedure is not their route either.`,
    check: (profile) =>
      outcome(!joinsEuFamilyInLuxembourg(profile), joinsEuFamilyInLuxembourg(profile) ? `the EU citizen is their ${profile.euFamily?.citizenIs}, living in Luxembourg` : null),
  };
}

const otherProceduresFamilyAssumption =
  `The note is on the ancillary page but speaks of any paid activity; read as meaning that this procedure is not needed either. ${euFamilyRelationsAssumption}`;

function isListedSeasonalJob(profile: Profile): boolean {
  return profile.job.seasonal && profile.job.activity !== 'other';
}

function staysLongerThan(months: number) {
  return (profile: Profile) => outcome(profile.job.plannedMonths > months, `planned stay: ${profile.job.plannedMonths} months`);
}

function isPendingProtectionApplicant(profile: Profile): boolean {
  return profile.internationalProtection !== undefined && !profile.internationalProtection.decisionTaken;
}

function isStudentJobExemption(profile: Profile): boolean {
  return isPendingProtectionApplicant(profile) && profile.internationalProtection!.unaccompaniedMinor && profile.job.studentJob;
}

const seasonalRules: EligibilityRule[] = [
  thirdCountryRule('seasonalWorker', thirdCountryOnlySource),
  {
    id: 'seasonalWorker.seasonalActivity',
    procedure: 'seasonalWorker',
    condition: "The job is one of the seasonal activities the page lists",
    source: { file: seasonalPage, section: 'Prerequisites', quote: 'Third-country nationals who apply for an authorisation to stay to work in Luxembourg as a seasonal worker can only exercise a seasonal activity' },
    check: (profile) =>
      outcome(
        isListedSeasonalJob(profile),
        profile.job.activity !== 'other' ? `activity: ${seasonalActivities[profile.job.activity].label}${profile.job.seasonal ? '' : ' (but the job is not seasonal)'}` : profile.job.seasonal ? 'a seasonal job outside the list' : 'not a seasonal job',
      ),
  },
  {
    id: 'seasonalWorker.staysMoreThanMinimum',
    procedure: 'seasonalWorker',
    condition: `The person will stay more than ${law.seasonalProcedureMinStayMonths.value} months`,
    source: law.seasonalProcedureMinStayMonths.source,
    assumption: 'Shorter stays are not covered by the page; the answer then names no procedure for them.',
    check: staysLongerThan(law.seasonalProcedureMinStayMonths.value),
  },
  {
    id: 'seasonalWorker.staysWithinCap',
    procedure: 'seasonalWorker',
    condition: `The planned stay, with earlier seasonal stays, is no longer than ${law.seasonalStayMaxMonths.value} months over ${law.seasonalStayCapWindowMonths.value} months`,
    source: law.seasonalStayMaxMonths.source,
    assumption: `The page caps the residence permit's validity, so seasonal work planned for longer is not work this procedure can authorise; the page names no other procedure for it. ${seasonalStayCapAssumption}`,
    check: checkSeasonalStayCap,
  },
  {
    id: 'seasonalWorker.livesOrWillLiveInLuxembourg',
    procedure: 'seasonalWorker',
    condition: 'The person lives in Luxembourg or intends to establish residence there',
    source: { file: seasonalPage, section: 'Who is concerned', quote: 'reside abroad and intend to establish residence in Luxembourg to work on a seasonal basis' },
    check: (profile) => outcome(profile.willLiveInLuxembourg, profile.willLiveInLuxembourg ? null : 'will not live in Luxembourg'),
  },
  {
    id: 'seasonalWorker.residentHasNotWorkedInLuxembourg',
    procedure: 'seasonalWorker',
    condition: 'A person who already lives in Luxembourg resides there legally and has not worked there',
    source: { file: seasonalPage, section: 'Who is concerned', quote: 'already legally reside in Luxembourg without having worked there and wish to work on a seasonal basis there' },
    assumption:
      'Legal residence is shown by a Luxembourg residence permit, the only proof a profile states. Whether the person has worked in Luxembourg is not assumed: it must be stated. A person living abroad meets this condition.',
    check: (profile) => {
      if (profile.livesIn !== 'luxembourg') return outcome(true, 'lives abroad');
      if (profile.luxembourgPermit === 'none') return outcome(false, 'lives in Luxembourg without a residence permit');
      if (profile.hasWorkedInLuxembourg === undefined) return undetermined('hasWorkedInLuxembourg', 'whether the person has worked in Luxembourg is not stated');
      return outcome(!profile.hasWorkedInLuxembourg, profile.hasWorkedInLuxembourg ? 'has already worked in Luxembourg' : `permit held: ${profile.luxembourgPermit}, has not worked in Luxembourg`);
    },
  },
  notEuFamilyInLuxembourgRule('seasonalWorker', otherProceduresFamilyAssumption),
];

const salariedRules: EligibilityRule[] = [
  thirdCountryRule('salariedWorker', { file: salariedPage, section: 'Employed worker in Luxembourg', quote: 'Are you a non-EU citizen wishing to work as an employed worker in Luxembourg?' }),
  {
    id: 'salariedWorker.mainActivity',
    procedure: 'salariedWorker',
    condition: 'Paid employment will be the main activity',
    source: { file: ancillaryPage, section: 'Who is concerned?', quote: 'who wish to carry out paid employment as their main activity must apply for a salaried worker residence permit' },
    assumption:
      'The salaried page does not speak of main or ancillary work; the ancillary page sends main-activity employment to this permit and ancillary work of "private reasons" holders to a work permit. Ancillary work of anyone else is not covered by the pages.',
    check: (profile) => outcome(profile.job.mainActivity, profile.job.mainActivity ? null : 'an ancillary activity'),
  },
  {
    id: 'salariedWorker.worksMoreThanMinimum',
    procedure: 'salariedWorker',
    condition: `The person will work more than ${law.salariedProcedureMinStayMonths.value} months`,
    source: law.salariedProcedureMinStayMonths.source,
    assumption: 'Shorter periods of work are not covered by the page; the answer then names no procedure for them.',
    check: staysLongerThan(law.salariedProcedureMinStayMonths.value),
  },
  {
    id: 'salariedWorker.notASeasonalActivity',
    procedure: 'salariedWorker',
    condition: 'The job is not one of the listed seasonal activities (which follow the seasonal worker procedure)',
    source: law.seasonalProcedureMinStayMonths.source,
    assumption: 'The salaried page does not exclude seasonal jobs; a listed seasonal activity is sent to the seasonal worker procedure, which is made for it.',
    check: (profile) => outcome(!isListedSeasonalJob(profile), isListedSeasonalJob(profile) ? 'a listed seasonal activity' : null),
  },
  {
    id: 'salariedWorker.livesOrWillLiveInLuxembourg',
    procedure: 'salariedWorker',
    condition: 'The person lives in Luxembourg or will come to live there',
    source: { file: salariedPage, section: 'Work contract', quote: 'Once you have a work contract and before you enter the country, you must apply' },
    assumption: 'The page describes coming to live in Luxembourg (temporary authorisation to stay, visa, declaration of arrival); work from a home in another country is not covered by it.',
    check: (profile) => outcome(profile.willLiveInLuxembourg, profile.willLiveInLuxembourg ? null : 'will not live in Luxembourg'),
  },
  {
    id: 'salariedWorker.notAPendingProtectionApplicant',
    procedure: 'salariedWorker',
    condition: 'The person has no pending application for international protection',
    source: { file: protectionPage, section: 'Who is concerned', quote: 'This applies to third-country nationals who have submitted an application for international protection' },
    assumption: 'While their application is processed, applicants for international protection are sent to the temporary work permit (AOT) made for them; the pages do not say whether the salaried route is open to them.',
    check: (profile) => outcome(!isPendingProtectionApplicant(profile), isPendingProtectionApplicant(profile) ? `applied for international protection on ${profile.internationalProtection!.appliedOn}, no decision yet` : null),
  },
  {
    id: 'salariedWorker.notAfterSeasonalPermitExpired',
    procedure: 'salariedWorker',
    condition: 'A seasonal worker does not change the category of their residence permit after the seasonal permit has expired',
    source: { file: seasonalPage, section: 'Renewal procedure', quote: 'the seasonal worker may not change the category of their residence permit after their seasonal worker residence permit expires' },
    assumption:
      "Read as closing the salaried permit to a seasonal worker whose seasonal permit has expired; while it is valid the page is silent, so the salaried route is not ruled out. The permit's end is not assumed: it must be stated.",
    check: (profile) => {
      if (profile.luxembourgPermit !== 'seasonalWorker') return outcome(true);
      const until = profile.luxembourgPermitValidUntil;
      if (until === undefined) return undetermined('luxembourgPermitValidUntil', "the seasonal permit's end of validity is not stated");
      return isBefore(until, profile.asOf) ? outcome(false, `the seasonal permit expired after ${until}`) : outcome(true, `the seasonal permit is valid until ${until}`);
    },
  },
  notEuFamilyInLuxembourgRule('salariedWorker', otherProceduresFamilyAssumption),
];

const ancillaryRules: EligibilityRule[] = [
  thirdCountryRule('ancillaryWorkPermit', { file: ancillaryPage, section: 'Who is concerned?', quote: 'A work permit is required for all third-country nationals' }),
  {
    id: 'ancillaryWorkPermit.holdsPrivateReasonsPermit',
    procedure: 'ancillaryWorkPermit',
    condition: 'The person holds a valid Luxembourg residence permit for "private reasons"',
    source: { file: ancillaryPage, section: 'Who is concerned?', quote: 'Third-country nationals must hold a valid residence permit for "private reasons".' },
    assumption: 'A permit the profile says is held is taken to be valid unless its end of validity (luxembourgPermitValidUntil) is stated and has passed.',
    check: (profile) => {
      if (profile.luxembourgPermit !== 'privateReasons') return outcome(false, `permit held: ${profile.luxembourgPermit}`);
      const until = profile.luxembourgPermitValidUntil;
      if (until !== undefined && isBefore(until, profile.asOf)) return outcome(false, `the "private reasons" permit expired after ${until}`);
      return outcome(true, until === undefined ? 'permit held: privateReasons' : `permit held: privateReasons, valid until ${until}`);
    },
  },
  {
    id: 'ancillaryWorkPermit.ancillaryActivity',
    procedure: 'ancillaryWorkPermit',
    condition: 'The paid work is an ancillary activity, not the main one',
    source: { file: ancillaryPage, section: 'Who is concerned?', quote: 'who wish to carry out a salaried activity on an ancillary basis' },
    check: (profile) => outcome(!profile.job.mainActivity, profile.job.mainActivity ? 'paid work as the main activity' : null),
  },
  notEuFamilyInLuxembourgRule('ancillaryWorkPermit', `${euFamilyRelationsAssumption} ${euFamilyResidenceAssumption}`),
];

const crossBorderRules: EligibilityRule[] = [
  thirdCountryRule('crossBorderFamilyExemption', { file: crossBorderPage, section: 'Who is concerned', quote: 'Third-country nationals may be granted a work permit exemption, if' }),
  {
    id: 'crossBorderFamilyExemption.residesInOtherMemberState',
    procedure: 'crossBorderFamilyExemption',
    condition: 'The person legally resides in another EU member state (or Iceland, Liechtenstein, Norway, Switzerland)',
    source: { file: crossBorderPage, section: 'Who is concerned', quote: 'they are legally resident in another EU Member State or a country treated as such' },
    assumption: 'Legal residence is shown by an authorisation to stay issued by that state (the page asks for a copy of it); it is not assumed and must be stated.',
    check: (profile) => {
      if (profile.livesIn !== 'otherMemberState') return outcome(false, `lives in ${profile.livesIn}`);
      if (profile.holdsOtherMemberStateAuthorisation === undefined) return undetermined('holdsOtherMemberStateAuthorisation', 'whether that state authorised the stay is not stated');
      return outcome(profile.holdsOtherMemberStateAuthorisation, profile.holdsOtherMemberStateAuthorisation ? null : 'no authorisation to stay from that state');
    },
  },
  {
    id: 'crossBorderFamilyExemption.livesWithEuCitizenFamily',
    procedure: 'crossBorderFamilyExemption',
    condition: 'The person lives there with their spouse, registered partner or parent, an EU/EEA/Swiss citizen',
    source: { file: crossBorderPage, section: 'Who is concerned', quote: 'with their spouse, registered partner or parent (or parents) who is a citizen of an EU Member State or country treated as such' },
    assumption:
      'The page sets no age or dependency limit for a child of the EU citizen and does not set Luxembourg nationals apart from other EU citizens; neither limit is applied. Living together is not assumed: it must be stated.',
    check: (profile) => {
      const tie = profile.euFamily;
      if (!tie) return outcome(false, 'no family tie to an EU citizen');
      if (tie.citizenIs !== 'spouse' && tie.citizenIs !== 'registeredPartner' && tie.citizenIs !== 'parent') return outcome(false, `the EU citizen is their ${tie.citizenIs}`);
      if (tie.citizenLivesIn !== 'sameMemberStateAsPerson') return outcome(false, tie.citizenLivesIn === 'luxembourg' ? 'the EU citizen lives in Luxembourg, not in that state' : 'the EU citizen lives in another state');
      if (tie.livesWithPerson === undefined) return undetermined('euFamily.livesWithPerson', 'whether they live together is not stated');
      return outcome(tie.livesWithPerson, tie.livesWithPerson ? null : 'they do not live together in that state');
    },
  },
  {
    id: 'crossBorderFamilyExemption.citizenWorksInLuxembourg',
    procedure: 'crossBorderFamilyExemption',
    condition: 'That EU citizen already works in Luxembourg',
    source: { file: crossBorderPage, section: 'Who is concerned', quote: 'their spouse, registered partner or parent already works in Luxembourg' },
    check: (profile) => {
      const tie = profile.euFamily;
      if (!tie) return outcome(false, 'no family tie to an EU citizen');
      if (tie.citizenWorksInLuxembourg === undefined) return undetermined('euFamily.citizenWorksInLuxembourg', 'whether the EU citizen works in Luxembourg is not stated');
      return outcome(tie.citizenWorksInLuxembourg, tie.citizenWorksInLuxembourg ? null : 'the EU citizen does not work in Luxembourg');
    },
  },
];

/**
 * The source of the exemption for unaccompanied minors with a student job.
 *
 * @example
 * ```ts
 * studentJobExemptionSource.file; // '000_8062ab018996c2b5.txt'
 * ```
 * @category Eligibility
 */
export const studentJobExemptionSource: SourceRef = {
  file: protectionPage,
  section: 'Who is concerned',
  quote:
    'Applicants for international protection who are unaccompanied minors and who wish to carry out an activity as part of a "student job" can apply for an exemption in order to get a temporary work permit',
};

const protectionRules: EligibilityRule[] = [
  thirdCountryRule('protectionApplicantWorkPermit', { file: protectionPage, section: 'Who is concerned', quote: 'This applies to third-country nationals who have submitted an application for international protection' }),
  {
    id: 'protectionApplicantWorkPermit.applicationPending',
    procedure: 'protectionApplicantWorkPermit',
    condition: 'The person applied for international protection and the application is still being processed',
    source: { file: protectionPage, section: 'Who is concerned', quote: 'whose application for international protection is therefore still being processed' },
    check: (profile) =>
      outcome(
        isPendingProtectionApplicant(profile),
        profile.internationalProtection === undefined ? 'no application for international protection' : profile.internationalProtection.decisionTaken ? 'a decision has been taken' : null,
      ),
  },
  {
    id: 'protectionApplicantWorkPermit.waitingPeriodOver',
    procedure: 'protectionApplicantWorkPermit',
    condition: `At least ${law.protectionAotWaitingPeriodMonths.value} months have passed since the application for international protection (or an unaccompanied minor asks the exemption for a student job)`,
    source: law.protectionAotWaitingPeriodMonths.source,
    assumption:
      'The earliest day is the same day number, months later (month-end rule). The exemption for unaccompanied minors with a "student job" is read as lifting this waiting period and the delay condition; the page does not say which conditions it lifts.',
    check: (profile) => {
      const application = profile.internationalProtection;
      if (!application) return outcome(false, 'no application for international protection');
      if (isStudentJobExemption(profile)) return { ...outcome(true, 'unaccompanied minor with a student job: exemption'), source: studentJobExemptionSource };
      const from = addMonths(application.appliedOn, law.protectionAotWaitingPeriodMonths.value);
      return isOnOrAfter(profile.asOf, from) ? outcome(true, `possible since ${from}`) : outcome(false, `possible from ${from}`, from);
    },
  },
  {
    id: 'protectionApplicantWorkPermit.notResponsibleForDelay',
    procedure: 'protectionApplicantWorkPermit',
    condition: 'The applicant is not responsible for the delay in the decision',
    source: { file: protectionPage, section: 'Who is concerned', quote: 'provided that the applicant for international protection is not responsible for the delay in taking the decision' },
    check: (profile) =>
      outcome(
        isStudentJobExemption(profile) || profile.internationalProtection?.delayCausedByApplicant !== true,
        profile.internationalProtection?.delayCausedByApplicant && !isStudentJobExemption(profile) ? 'the applicant is responsible for the delay' : null,
      ),
  },
  notEuFamilyInLuxembourgRule('protectionApplicantWorkPermit', otherProceduresFamilyAssumption),
];

/**
 * Every eligibility rule, by procedure, in the order they are reported.
 *
 * @example
 * ```ts
 * eligibilityRules.ancillaryWorkPermit.map((rule) => rule.id);
 * ```
 * @category Eligibility
 */
export const eligibilityRules: Readonly<Record<ProcedureId, readonly EligibilityRule[]>> = {
  seasonalWorker: seasonalRules,
  salariedWorker: salariedRules,
  ancillaryWorkPermit: ancillaryRules,
  crossBorderFamilyExemption: crossBorderRules,
  protectionApplicantWorkPermit: protectionRules,
};
