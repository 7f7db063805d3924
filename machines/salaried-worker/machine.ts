/**
 * The salaried-worker procedure (seed 001_4e3fbcc1bbea5669.txt) as a state
 * machine: ADEM's labour-market test and certificate, the temporary
 * authorisation to stay, the type D visa, entry and registration with the
 * commune, the medical check, the residence permit bound to one profession in
 * one sector, the employer's notification, change of employment before the
 * first renewal, renewal (limited when the holder has not worked), appeals
 * against refusals, and lapses.
 *
 * Figures come from `src/law`; dates from `src/calendar`. Every state declares
 * its rights and source in `meta`, so it can be read against the page.
 */
import { and, assertEvent, assign, setup } from 'xstate';
import { addDays, addMonths, addWorkingDays, deadlineAfter, isBefore, lastDayOfPeriod, minDate, type IsoDate } from '../../src/calendar';
import { appealableRefusal, appealActions, appealGuards } from '../../src/case/appeals';
import { missingItems } from '../../src/case/checklist';
import { decisionPeriod } from '../../src/case/decision';
import { documentStepActions, employerNotificationSteps } from '../../src/case/steps';
import { passportUpdate, withoutExpiredPassport } from '../../src/case/passport';
import { denied, except, granted, notDecidedHere, undetermined, type RightDeclaration, type RightsDeclaration } from '../../src/case/rights';
import { fulfilObligation, hasDeadlinePassed, initialCaseContext, isWithinDeadlineWindow, withDeadline, withDocuments, withoutDeadlines, type MachineInput } from '../../src/case/context';
import type { CaseContext, StateMeta, TransitionMeta } from '../../src/case/types';
import { salariedWorkerLaw as law, type SourceRef } from '../../src/law';
import type { SalariedPermit, SalariedWorkerContext } from './context';
import { salariedWorkerDocuments as documents } from './documents';
import type { SalariedWorkerEvent } from './events';
import { alreadyResidesInLuxembourg, salariedWorkerFactsSchema, type SalariedWorkerFacts } from './facts';
import { firstPermitLongestEnd, renewalWithoutWorkLongestEnd } from './validity';

const file = '001_4e3fbcc1bbea5669.txt' as const;
const src = (section: string, quote: string): SourceRef => ({ file, section, quote });
const resideAndWork: RightsDeclaration = { reside: granted(), work: granted() };
const both = (right: RightDeclaration): RightsDeclaration => ({ reside: right, work: right });

/** The page's own words for a request made from Luxembourg, by a person who already lives there. */
const fromLuxembourg = src('Rights', 'by submitting a request from Luxembourg to the Directorate of Immigration');
/** A person who already resides legally in Luxembourg: the page is silent about them, and its steps abroad do not apply. */
const forResidents = {
  when: 'the person already resides legally in Luxembourg (a Luxembourg residence permit of another kind, or another lawful stay)',
  applies: (context: CaseContext) => alreadyResidesInLuxembourg(context.facts as SalariedWorkerFacts),
};
const currentTitleUntil = (context: CaseContext): IsoDate | null => (context.facts as SalariedWorkerFacts).currentResidenceValidUntil ?? null;
/** A resident's rights before the salaried authorisation rest on the title they hold. */
const underCurrentTitle = notDecidedHere(
  'the title under which the person already resides in Luxembourg',
  {
    source: fromLuxembourg,
    assumption:
      'The page is silent about a person who already resides legally in Luxembourg and applies from there: until the temporary authorisation is granted, this procedure gives them no right and takes none away; the title they hold decides.',
  },
  currentTitleUntil,
);
/** After the salaried right has ended, what the resident's earlier title allows is for that title to say. */
const afterSalariedRight = notDecidedHere(
  'the title under which the person resided in Luxembourg before the salaried worker permit',
  {
    source: fromLuxembourg,
    assumption: 'The page does not say whether the title a resident held before the salaried worker permit still runs once the salaried right has ended: this procedure does not decide it.',
  },
  currentTitleUntil,
);
/** Both rights, denied for the cases the page describes; for a resident, `forResident` answers instead. */
const bothExceptResidents = (declared: RightDeclaration, forResident: RightDeclaration): RightsDeclaration => both(except(declared, forResidents, forResident));

/** Before the worker has entered: the page sets conditions to fulfil "before entering the country". */
const beforeEntry = bothExceptResidents(
  denied({
    source: src('Conditions', 'must fulfil the following conditions before entering the country'),
    assumption: 'Until the temporary authorisation is granted and the worker has entered, this procedure gives no right to stay or work in Luxembourg.',
  }),
  underCurrentTitle,
);
/** The reading for people already living in Luxembourg, on the transitions that skip the steps abroad. */
const residentsApplyFromLuxembourg =
  'The page describes an application made "before you enter the country" and is silent about a third-country national who already resides legally in Luxembourg (holding another Luxembourg residence permit, as a student or a family member, for example) and gets a job. Such a person is taken to apply from Luxembourg, as the page lets a permit holder request a change of employment "from Luxembourg": the application is admissible, and the visa, entry and declaration-of-arrival steps, meant for those who come from abroad, are skipped.';
/** From when a resident's permit runs, with no declaration of arrival. */
const residentPermitFrom =
  'For a person who already resides legally in Luxembourg the page describes no declaration of arrival, from which the permit is otherwise valid: the permit is taken to be valid from the day the temporary authorisation is granted, for the longest first validity the page allows, bound to the profession and sector of the application. Legal residence for long-term resident status is counted from that day; the case does not count residence under the earlier title.';
/** While a renewal applied for in time is pending after the permit's last day, the page is silent. */
const renewalPendingAfterExpiryRight = undetermined(
  'The page does not say whether the holder may stay or work once the permit has expired while a renewal applied for in time is pending; nothing is assumed either way.',
  law.salariedRenewalWindowMonths.source,
);
/** The permit's own end ("valid from the date of the declaration of arrival", for a stated duration). */
const permitEndSource = src('Duration of validity', 'The residence permit is valid from the date of the declaration of arrival at the commune');
const stateMeta = (meta: StateMeta): StateMeta => meta;
const edge = (meta: TransitionMeta): TransitionMeta => meta;

/** An incomplete application, and what an expired passport makes of one. */
const incompleteApplication =
  'The page lists the documents the application "must be accompanied by" but not what happens to an incomplete one; an application without them is refused as an event (nothing changes) rather than recorded. A copy of a passport that has expired on the day of the application is not the "certified copy of their valid passport" the page asks for: the application is incomplete.';

/** The profession and sector limits of a first permit, and whether the 5-year permit keeps them. */
const professionAndSectorLimits =
  'After the first renewal the page does not say whether the profession and sector limits still apply; they are kept. The 5-year permit of a long-term resident of another member state keeps them too: the page makes that exception for the duration only ("valid for a period of 5 years"), not for "one profession only" and "only one sector".';

/** First day of a renewed permit: the day after the latest permit ends. */
function renewalStart(context: SalariedWorkerContext): IsoDate | null {
  const latest = context.permits.at(-1);
  return latest ? addDays(latest.to, 1) : null;
}

/** Last day of a renewal starting on `from` as granted: the decision's date, cut to 1 year when the holder has not worked. */
function renewalEnd(context: SalariedWorkerContext, from: IsoDate, validUntil: IsoDate): IsoDate {
  return context.pendingRenewal?.withoutWork ? minDate(validUntil, renewalWithoutWorkLongestEnd(from)) : validUntil;
}

/** The permit's last day and its renewal window ("within 2 months prior to the expiry date"). */
function permitDeadlines(context: SalariedWorkerContext, until: IsoDate): SalariedWorkerContext['deadlines'] {
  const withEnd = withDeadline(context, 'validityEnd', { due: until });
  return withDeadline({ deadlines: withEnd }, 'renewalApplication', { opens: addMonths(until, -law.salariedRenewalWindowMonths.value), due: until });
}

const employerDuties = employerNotificationSteps({ startGuard: 'hasNoPendingEmployerNotification', source: law.salariedEmployerNotificationWorkingDays.source });

const lapseOfPermit = {
  guard: 'isValidityOver',
  target: '#salariedWorker.expired',
  actions: 'endRights',
  meta: edge({ source: permitEndSource }),
} as const;

/** Applying for renewal, from every state in which the renewal window can be open. */
const renewalApplication = {
  'renewal.applied': {
    guard: 'isTimelyCompleteRenewalApplication',
    target: '#salariedWorker.renewalPending',
    actions: 'recordRenewalApplication',
    meta: edge({
      source: law.salariedRenewalWindowMonths.source,
      assumption:
        'A copy of the pages of a passport that has expired on the day of the renewal application is not the copy of a "valid passport" the page asks for: the application is incomplete, and is refused as an event like any incomplete one (nothing changes).',
    }),
  },
} as const;

/** A change of employment still awaiting its answer when a renewal is applied for: the answer can still come. */
const changeDecisionWhileRenewing = {
  'employmentChange.granted': {
    guard: 'hasPendingChange',
    actions: 'applyEmploymentChange',
    meta: edge({
      source: src('Rights', 'You may request to change employment or sector before the first renewal of the residence permit'),
      assumption: 'A change requested before the renewal and answered while the renewal is pending applies to the current permit; the renewal decision keeps it.',
    }),
  },
  'employmentChange.refused': {
    guard: 'hasPendingChange',
    actions: 'dropChangeRequest',
    meta: edge({ source: src('Rights', 'provided that all conditions are met') }),
  },
} as const;

const lapseOfAuthorisation = {
  guard: 'isTemporaryAuthorisationOver',
  target: '#salariedWorker.temporaryAuthorisationExpired',
  actions: 'endRights',
  meta: edge({ source: law.salariedTemporaryAuthorisationValidityDays.source }),
} as const;

const residencePermitSteps = {
  'documents.supplied': { actions: 'recordDocuments' },
  'medicalCertificate.issued': {
    guard: 'hasNoMedicalCertificate',
    actions: 'recordMedicalCertificate',
    meta: edge({ source: src('Residence permit for a salaried worker', 'Show proof of adequate accommodation and a medical certificate') }),
  },
} as const;

/** Before the residence permit application: the medical check, the documents, the employer's duties. */
const beforeResidencePermitApplication = {
  ...residencePermitSteps,
  'residencePermit.applied': {
    target: '#salariedWorker.residencePermitApplied',
    actions: 'recordResidencePermitApplication',
    meta: edge({ source: src('Processing time', 'After entering Luxembourg, the third-country national must take steps to obtain a residence permit') }),
  },
  ...employerDuties,
  'clock.advanced': lapseOfPermit,
} as const;

const renewalGrantedMeta = edge({
  source: src('Duration of validity', 'The residence permit is renewable on request as long as the application conditions are met'),
  assumption:
    'The page gives no renewal duration except the 1-year limit for a holder who has not worked for the whole validity or receives unemployment benefits. So the renewed validity is the one the decision states, cut to 1 year in that case; it continues the day after the previous permit ends, so residence stays uninterrupted.',
});

const renewalDecision = {
  'renewal.granted': [
    {
      guard: 'isRenewalWithPendingChange',
      target: '#salariedWorker.employmentChangePending',
      actions: 'renewPermit',
      meta: edge({ ...renewalGrantedMeta, assumption: `${renewalGrantedMeta.assumption} A change of employment requested before the renewal and not yet answered still awaits its answer.` }),
    },
    {
      guard: 'isRenewalValidityConsistent',
      target: '#salariedWorker.residencePermitValid',
      actions: 'renewPermit',
      meta: renewalGrantedMeta,
    },
  ],
  'renewal.refused': {
    target: '#salariedWorker.renewalRefused',
    actions: 'recordRenewalRefusal',
    meta: edge({
      source: src('Duration of validity', 'its holder can prove to have effectively worked for the duration of validity of the residence permit'),
      assumption: 'A refused renewal does not end the permit that still runs: it stays valid to its end date. A change of employment still pending is not answered any more.',
    }),
  },
} as const;

const visaReading =
  'The page says both that during the 90 days the worker must "apply for an entry visa" and that they must "obtain a visa ... within 90 days". Read together, the duty is to apply within the 90 days: a visa applied for in time and issued after them is recorded, and entry then follows the visa.';

/** The embassy's decision on the type D visa, applied for or not recorded as applied for. */
const visaDecision = {
  'visa.issued': {
    target: '#salariedWorker.readyToEnter',
    actions: 'recordVisa',
    meta: edge({ source: src('Visa', 'obtain a visa at the embassy or consulate in the country of origin within 90 days'), assumption: visaReading }),
  },
  'visa.refused': {
    target: '#salariedWorker.visaRefused',
    actions: 'endRights',
    meta: edge({
      source: src('Conditions', 'request a type D visa after having obtained the temporary authorisation to stay'),
      assumption: 'The page does not describe a visa refusal; without the visa the person cannot enter, so the case ends.',
    }),
  },
} as const;

/** The refused temporary authorisation, open to appeal. */
const refused = appealableRefusal({
  description: 'The temporary authorisation to stay was refused; the refusal can be challenged before the administrative courts.',
  source: src('Appeals', 'Negative decisions related to authorisation to stay can be challenged before the First instance Administrative Court'),
  finalOutcome: 'The person may not come to work as a salaried worker on this application.',
  rights: bothExceptResidents(
    denied({
      source: src('Appeals', 'Negative decisions related to authorisation to stay can be challenged before the First instance Administrative Court'),
      assumption: 'The page does not say that an appeal lets the person stay or work while it is pending; no right is assumed.',
    }),
    underCurrentTitle,
  ),
  reconsideration: {
    target: '#salariedWorker.awaitingDecision',
    actions: 'reopenDecisionPeriod',
    assumption: 'The page only describes what follows a rejected appeal. An annulled or reformed refusal is read as sending the application back to the ministry, and the 4-month processing period is counted again from the notification of the judgment.',
  },
});

const renewalRefusal = appealableRefusal({
  description: 'The renewal of the residence permit was refused; the refusal can be challenged before the administrative courts. The permit still runs to its end date.',
  source: src('Appeals', 'Negative decisions related to authorisation to stay can be challenged'),
  assumption: 'A refused renewal is read as a negative decision related to the authorisation to stay.',
  finalOutcome: 'The permit runs to its end date; then the right to stay and work as a salaried worker ends.',
  rights: both(
    granted({
      afterValidity: except(
        denied({
          source: permitEndSource,
          assumption: 'A refused renewal does not shorten the permit that still runs: it gives the right to stay and work to its last day, and none after it while the refusal stands (the page does not say that an appeal lets the person stay or work).',
        }),
        forResidents,
        afterSalariedRight,
      ),
    }),
  ),
  // The employer's notification of a start of work can still be made; being given, these make the final child non-final too.
  on: { 'workStart.notified': employerDuties['workStart.notified'] },
  reconsideration: {
    target: '#salariedWorker.renewalPending',
    assumption:
      'The page only describes what follows a rejected appeal. An annulled or reformed refusal is read as sending the renewal back to the ministry for a new decision, pending as it was before (after the permit has ended, no right is assumed either way).',
  },
});

/** The refused renewal: once the refusal is final, the case ends with the permit's last day. */
const renewalRefused = {
  ...renewalRefusal,
  states: {
    ...renewalRefusal.states,
    refusalFinal: {
      ...renewalRefusal.states.refusalFinal,
      on: {
        'clock.advanced': {
          guard: 'isValidityOver',
          target: '#salariedWorker.expired',
          actions: 'endRights',
          meta: edge({ source: permitEndSource, description: 'The refusal of the renewal is final and the permit has reached its last day.' }),
        },
      },
    },
  },
} as const;

/** The 4-month answer period; silence may be taken as a denial, and a late express decision is still recorded. */
const decisionStates = decisionPeriod({
  machineId: 'salariedWorker',
  awaiting: stateMeta({
    description: 'The Ministry of Foreign and European Affairs examines the application.',
    phase: 'authorisation',
    rights: beforeEntry,
    source: law.salariedDecisionPeriodMonths.source,
  }),
  decisions: {
    'authorisation.granted': [
      {
        guard: 'residesInLuxembourg',
        target: '#salariedWorker.authorisedInLuxembourg',
        actions: 'startResidentPermit',
        meta: edge({ source: fromLuxembourg, assumption: residentsApplyFromLuxembourg }),
      },
      {
        guard: 'needsVisa',
        target: '#salariedWorker.awaitingVisa',
        actions: 'startTemporaryAuthorisation',
        meta: edge({ source: src('Conditions', 'request a type D visa after having obtained the temporary authorisation to stay') }),
      },
      {
        target: '#salariedWorker.readyToEnter',
        actions: 'startTemporaryAuthorisation',
        meta: edge({ source: src('Processing time', 'if the applicant is not subject to visa requirements, enter Luxembourg territory') }),
      },
    ],
    'authorisation.refused': {
      target: '#salariedWorker.refused',
      actions: 'endRights',
      meta: edge({ source: src('Appeals', 'Negative decisions related to authorisation to stay can be challenged') }),
    },
  },
  deemed: {
    guard: 'isDecisionPeriodOver',
    actions: 'endRights',
    source: src('Processing time', 'If no response is received within this time limit, the applicant can consider that their application has been denied'),
    rights: bothExceptResidents(
      denied({ source: src('Processing time', 'If no response is received within this time limit, the applicant can consider that their application has been denied') }),
      underCurrentTitle,
    ),
    description: 'No response within the processing period: the application can be considered denied.',
    outcome: 'The application is considered denied, until an express decision arrives.',
    assumption:
      'The appeal period on the page runs "within three months of notification of the ministerial decision"; a silence has no notification, so no appeal window is opened for the deemed denial (a lawyer should check whether the implicit refusal can be challenged). An express refusal that arrives later opens it.',
  },
});


/** Whether a renewal decision's end date can be recorded. */
function isConsistentRenewal(context: SalariedWorkerContext, event: SalariedWorkerEvent): boolean {
  assertEvent(event, 'renewal.granted');
  const from = renewalStart(context);
  if (from === null || isBefore(event.validUntil, from)) return false;
  // A renewal that would already be over on the day it is granted (a 1-year limit run out) cannot be recorded.
  return !isBefore(renewalEnd(context, from, event.validUntil), event.at);
}

/**
 * The salaried-worker machine. Input: the opening date and validated facts.
 *
 * @example
 * ```ts
 * import { createActor } from 'xstate';
 * const actor = createActor(salariedWorkerMachine, { input: { at: '2026-01-05', facts: salariedWorkerFactsSchema.parse({}) } });
 * actor.start();
 * actor.send({ type: 'vacancy.declared', at: '2026-01-05' });
 * ```
 * @category Procedures
 */
export const salariedWorkerMachine = setup({
  types: {
    context: {} as SalariedWorkerContext,
    events: {} as SalariedWorkerEvent,
    input: {} as MachineInput<typeof salariedWorkerFactsSchema>,
  },
  guards: {
    ...appealGuards<SalariedWorkerContext, SalariedWorkerEvent>(),
    isLabourMarketTestOver: ({ context, event }) => hasDeadlinePassed(context, 'labourMarketTest', event.at),
    hasCompleteApplication: ({ context, event }) => {
      assertEvent(event, 'application.submitted');
      const updated = { ...context, ...passportUpdate(event) };
      const supplied = withoutExpiredPassport(updated, event.at, withDocuments(context.documents, event.documents), ['passportCopy']);
      return missingItems(documents.temporaryAuthorisationApplication, updated, supplied).length === 0;
    },
    residesInLuxembourg: ({ context }) => alreadyResidesInLuxembourg(context.facts),
    isDecisionPeriodOver: ({ context, event }) => hasDeadlinePassed(context, 'decision', event.at),
    needsVisa: ({ context }) => context.facts.visaRequired,
    isTemporaryAuthorisationOver: ({ context, event }) => hasDeadlinePassed(context, 'temporaryAuthorisationExpiry', event.at),
    hasNoMedicalCertificate: ({ context }) => context.medicalCertificateOn === null,
    hasResidencePermitRequirements: ({ context }) => missingItems(documents.residencePermitApplication, context, context.documents).length === 0,
    isFirstPermitValidityConsistent: ({ context, event }) => {
      assertEvent(event, 'residencePermit.approved');
      if (event.validUntil === undefined) return true;
      const from = context.validity?.from ?? context.arrivalDeclaredOn ?? event.at;
      return !isBefore(event.validUntil, from) && !isBefore(event.validUntil, event.at);
    },
    isRenewalValidityConsistent: ({ context, event }) => isConsistentRenewal(context, event),
    isValidityOver: ({ context, event }) => hasDeadlinePassed(context, 'validityEnd', event.at),
    isTimelyCompleteRenewalApplication: ({ context, event }) => {
      assertEvent(event, 'renewal.applied');
      if (!isWithinDeadlineWindow(context, 'renewalApplication', event.at)) return false;
      const updated = { ...context, ...passportUpdate(event) };
      const supplied = withoutExpiredPassport(updated, event.at, withDocuments(context.documents, event.documents), ['passportPagesCopy']);
      return missingItems(documents.renewalApplication, updated, supplied).length === 0;
    },
    hasPendingChange: ({ context }) => context.pendingChange !== null,
    isRenewalWithPendingChange: ({ context, event }) => context.pendingChange !== null && isConsistentRenewal(context, event),
    isBeforeFirstRenewal: ({ context }) => context.permits.length === 1,
    isRequestedFromLuxembourg: ({ event }) => event.type === 'employmentChange.requested' && event.submittedFrom === 'luxembourg',
    hasNoPendingEmployerNotification: ({ context }) => context.deadlines.employerNotification === undefined,
    isEmployerNotificationOpen: ({ context }) => context.deadlines.employerNotification !== undefined,
  },
  actions: {
    ...documentStepActions<SalariedWorkerContext, SalariedWorkerEvent>(),
    ...appealActions<SalariedWorkerContext, SalariedWorkerEvent>(),
    startLabourMarketTest: assign(({ context, event }) => ({
      deadlines: withDeadline(context, 'labourMarketTest', { due: deadlineAfter(event.at, { weeks: law.salariedLabourMarketTestWeeks.value }) }),
    })),
    closeLabourMarketTest: assign(({ context }) => ({ deadlines: withoutDeadlines(context, 'labourMarketTest') })),
    startDecisionPeriod: assign(({ context, event }) => {
      assertEvent(event, 'application.submitted');
      return {
        ...passportUpdate(event),
        submittedOn: event.at,
        employer: event.employer,
        binding: { profession: event.profession, sector: event.sector },
        documents: [],
        deadlines: withDeadline(context, 'decision', { due: deadlineAfter(event.at, { months: law.salariedDecisionPeriodMonths.value }) }),
      };
    }),
    reopenDecisionPeriod: assign(({ context, event }) => ({
      deadlines: withDeadline(context, 'decision', { due: deadlineAfter(event.at, { months: law.salariedDecisionPeriodMonths.value }) }),
    })),
    startTemporaryAuthorisation: assign(({ context, event }) => {
      const until = lastDayOfPeriod(event.at, { days: law.salariedTemporaryAuthorisationValidityDays.value });
      return {
        validity: { from: event.at, to: until },
        deadlines: withDeadline({ deadlines: withoutDeadlines(context, 'decision') }, 'temporaryAuthorisationExpiry', { due: until }),
      };
    }),
    // The duty "during that time ... apply for an entry visa" is met: entry then follows the visa, not the 90 days.
    recordVisaApplication: assign(({ context, event }) => ({ visaAppliedOn: event.at, deadlines: withoutDeadlines(context, 'temporaryAuthorisationExpiry') })),
    recordVisa: assign(({ context }) => ({ visaHeld: true, deadlines: withoutDeadlines(context, 'temporaryAuthorisationExpiry') })),
    recordEntry: assign(({ context, event }) => ({
      enteredOn: event.at,
      deadlines: withDeadline(context, 'arrivalDeclaration', { due: deadlineAfter(event.at, { days: law.salariedArrivalDeclarationDays.value }) }),
    })),
    startResidence: assign(({ context, event }) => {
      const met = fulfilObligation({ ...context, deadlines: withoutDeadlines(context, 'temporaryAuthorisationExpiry') }, 'arrivalDeclaration', event.at);
      const until = firstPermitLongestEnd(context.facts, event.at);
      return {
        breaches: met.breaches,
        arrivalDeclaredOn: event.at,
        legalResidenceSince: event.at,
        documents: [],
        validity: { from: event.at, to: until },
        deadlines: withDeadline(met, 'validityEnd', { due: until }),
      };
    }),
    // A resident's permit starts with the authorisation, in place of the declaration of arrival.
    startResidentPermit: assign(({ context, event }) => {
      const until = firstPermitLongestEnd(context.facts, event.at);
      return {
        legalResidenceSince: event.at,
        documents: [],
        validity: { from: event.at, to: until },
        deadlines: withDeadline({ deadlines: withoutDeadlines(context, 'decision') }, 'validityEnd', { due: until }),
      };
    }),
    recordMedicalCertificate: assign(({ context, event }) => ({
      medicalCertificateOn: event.at,
      documents: withDocuments(context.documents, ['medicalCertificate']),
    })),
    recordResidencePermitApplication: assign(({ context, event }) => {
      assertEvent(event, 'residencePermit.applied');
      return { documents: withDocuments(context.documents, event.documents) };
    }),
    grantFirstPermit: assign(({ context, event }) => {
      assertEvent(event, 'residencePermit.approved');
      const from = context.validity?.from ?? context.arrivalDeclaredOn ?? event.at;
      const longest = firstPermitLongestEnd(context.facts, from);
      const until = event.validUntil ? minDate(event.validUntil, longest) : longest;
      const permit: SalariedPermit = { from, to: until, withoutWork: false };
      return { validity: { from, to: until }, permits: [permit], documents: [], deadlines: permitDeadlines(context, until) };
    }),
    recordWorkStart: assign(({ context, event }) => {
      assertEvent(event, 'work.started');
      const breaches = [...context.breaches];
      if (!event.authorisationSeen) breaches.push({ deadline: 'employerSawAuthorisation', due: event.at, metOn: null });
      if (!event.copyKept) breaches.push({ deadline: 'employerKeptCopy', due: event.at, metOn: null });
      const notification = law.salariedEmployerNotificationWorkingDays;
      return {
        employer: event.employer ?? context.employer,
        breaches,
        deadlines: withDeadline(context, 'employerNotification', { due: addWorkingDays(event.at, notification.value, notification.workingDays) }),
      };
    }),
    recordEmployerNotification: assign(({ context, event }) => fulfilObligation(context, 'employerNotification', event.at)),
    recordChangeRequest: assign(({ event }) => {
      assertEvent(event, 'employmentChange.requested');
      return { pendingChange: { profession: event.profession, sector: event.sector, employer: event.employer ?? null } };
    }),
    applyEmploymentChange: assign(({ context }) => {
      const change = context.pendingChange!;
      return {
        binding: { profession: change.profession, sector: change.sector },
        employer: change.employer ?? context.employer,
        employmentChanged: true,
        pendingChange: null,
      };
    }),
    dropChangeRequest: assign({ pendingChange: null }),
    recordRenewalApplication: assign(({ context, event }) => {
      assertEvent(event, 'renewal.applied');
      return {
        ...passportUpdate(event),
        pendingRenewal: { appliedOn: event.at, withoutWork: !event.workedWholeValidity || event.receivingUnemploymentBenefits },
        documents: [],
        deadlines: withoutDeadlines(context, 'renewalApplication'),
      };
    }),
    renewPermit: assign(({ context, event }) => {
      assertEvent(event, 'renewal.granted');
      const from = renewalStart(context)!;
      const withoutWork = context.pendingRenewal?.withoutWork ?? false;
      const until = renewalEnd(context, from, event.validUntil);
      const permit: SalariedPermit = { from, to: until, withoutWork };
      return {
        validity: { from, to: until },
        permits: [...context.permits, permit],
        pendingRenewal: null,
        legalResidenceSince: context.legalResidenceSince ?? from,
        deadlines: permitDeadlines(context, until),
      };
    }),
    // The permit keeps its validity and its (passed) last day: a refusal of the renewal or its appeal ends the case from there.
    // (A case written by version 1.0.0 had dropped the validity once the permit expired: the last permit gives it back.)
    recordRenewalRefusal: assign(({ context }) => {
      const latest = context.permits.at(-1);
      return {
        validity: context.validity ?? (latest ? { from: latest.from, to: latest.to } : null),
        pendingChange: null,
        deadlines: withoutDeadlines(context, 'renewalApplication'),
      };
    }),
    // An obligation already overdue stays a breach (the engine records it); the case keeps no other deadline once it has ended.
    endRights: assign({ validity: null, pendingChange: null, deadlines: {} }),
  },
}).createMachine({
  id: 'salariedWorker',
  initial: 'vacancyToBeDeclared',
  context: ({ input }) => ({
    ...initialCaseContext(input, salariedWorkerFactsSchema),
    employer: null,
    submittedOn: null,
    visaHeld: false,
    visaAppliedOn: null,
    enteredOn: null,
    arrivalDeclaredOn: null,
    medicalCertificateOn: null,
    permits: [],
    legalResidenceSince: null,
    employmentChanged: false,
    pendingChange: null,
    pendingRenewal: null,
  }),
  states: {
    vacancyToBeDeclared: {
      meta: stateMeta({
        description: 'Before recruiting, the employer must declare the vacant position to ADEM.',
        phase: 'preliminary',
        rights: beforeEntry,
        source: src('Work contract', 'employers must make a declaration of vacant position to the ADEM'),
      }),
      on: {
        'vacancy.declared': { target: 'labourMarketTestRunning', actions: 'startLabourMarketTest', meta: edge({ source: law.salariedLabourMarketTestWeeks.source }) },
      },
    },
    labourMarketTestRunning: {
      meta: stateMeta({
        description: 'ADEM checks whether a suitable candidate is available on the local or EU job market (labour-market test).',
        phase: 'preliminary',
        rights: beforeEntry,
        source: src('Work contract', 'check whether there is a suitable candidate available on the local or EU job market (Labour market test)'),
      }),
      on: {
        'candidate.proposed': {
          target: 'candidateProposed',
          meta: edge({ source: src('Work contract', 'check whether there is a suitable candidate available on the local or EU job market') }),
        },
        'clock.advanced': {
          guard: 'isLabourMarketTestOver',
          target: 'awaitingAdemCertificate',
          actions: 'closeLabourMarketTest',
          meta: edge({ source: law.salariedLabourMarketTestWeeks.source }),
        },
      },
    },
    candidateProposed: {
      meta: stateMeta({
        description: 'ADEM has proposed a registered candidate; the employer considers them.',
        phase: 'preliminary',
        rights: beforeEntry,
        source: src('Work contract', 'check whether there is a suitable candidate available on the local or EU job market'),
        assumption: 'The page does not describe how a proposed candidate is handled; the labour-market test keeps running while the employer considers them.',
      }),
      on: {
        'candidate.hired': {
          target: 'vacancyFilled',
          actions: 'closeLabourMarketTest',
          meta: edge({ source: src('Work contract', 'If the job offer cannot be filled with a person registered with the ADEM') }),
        },
        'candidate.notHired': {
          target: 'labourMarketTestRunning',
          meta: edge({
            source: src('Work contract', 'If the job offer cannot be filled with a person registered with the ADEM within a 3-week deadline'),
            assumption: 'A proposed candidate who is not hired leaves the position unfilled; the test goes on until its 3 weeks have run. Whether ADEM then grants the certificate is its decision.',
          }),
        },
      },
    },
    awaitingAdemCertificate: {
      meta: stateMeta({
        description: "The position was not filled through ADEM within the test; the employer asks ADEM's director for the certificate allowing a third-country national to be hired.",
        phase: 'preliminary',
        rights: beforeEntry,
        source: src('Work contract', "the employer must submit an application on plain paper to the ADEM's director and request a certificate granting him/her the right to hire a third-country national"),
      }),
      on: {
        'ademCertificate.issued': {
          target: 'preparingApplication',
          meta: edge({ source: src('Work contract', 'the employer is allowed to conclude an employment contract with a person of his/her choice') }),
        },
        'candidate.hired': {
          target: 'vacancyFilled',
          meta: edge({
            source: src('Work contract', 'If the job offer cannot be filled with a person registered with the ADEM within a 3-week deadline'),
            assumption: 'After the 3 weeks the employer is allowed, not obliged, to recruit a person of their choice; a candidate registered with ADEM hired then still fills the position.',
          }),
        },
        'ademCertificate.refused': {
          target: 'hiringNotAuthorised',
          meta: edge({
            source: src('Work contract', 'under certain conditions, including a third-country national'),
            assumption: 'The page says the employer may hire "under certain conditions" but not what follows a refused certificate; without it the application cannot be made, so the case ends.',
          }),
        },
      },
    },
    preparingApplication: {
      meta: stateMeta({
        description: 'With a signed contract and the ADEM certificate, the worker applies for a temporary authorisation to stay before entering Luxembourg.',
        phase: 'authorisation',
        rights: beforeEntry,
        documents: 'temporaryAuthorisationApplication',
        source: src('Work contract', 'Once you have a work contract and before you enter the country, you must apply to the Directorate of Immigration'),
      }),
      on: {
        'documents.supplied': { actions: 'recordDocuments' },
        'application.submitted': {
          guard: 'hasCompleteApplication',
          target: 'awaitingDecision',
          actions: 'startDecisionPeriod',
          meta: edge({
            source: src('Documents required', 'must be accompanied by the following documents and information'),
            assumption: incompleteApplication,
          }),
        },
      },
    },
    ...decisionStates,
    awaitingVisa: {
      meta: stateMeta({
        description: 'The temporary authorisation to stay is granted; the worker must obtain a type D visa at the embassy or consulate in the country of origin.',
        phase: 'entry',
        rights: beforeEntry,
        source: src('Visa', 'obtain a visa at the embassy or consulate in the country of origin within 90 days'),
      }),
      on: {
        'visa.applied': {
          target: 'visaApplied',
          actions: 'recordVisaApplication',
          meta: edge({ source: src('Processing time', 'either apply for an entry visa to the Schengen area, if they are subject to visa requirements'), assumption: visaReading }),
        },
        ...visaDecision,
        'clock.advanced': lapseOfAuthorisation,
      },
    },
    visaApplied: {
      meta: stateMeta({
        description: 'The type D visa was applied for while the temporary authorisation was valid; the embassy or consulate decides, even after the 90 days.',
        phase: 'entry',
        rights: beforeEntry,
        source: src('Processing time', 'either apply for an entry visa to the Schengen area, if they are subject to visa requirements'),
        assumption: visaReading,
      }),
      on: visaDecision,
    },
    readyToEnter: {
      meta: stateMeta({
        description: 'The worker may travel to Luxembourg with the passport, the temporary authorisation to stay and, where required, the visa.',
        phase: 'entry',
        rights: beforeEntry,
        source: src('Processing time', 'This temporary authorisation to stay is valid for a duration of 90 days. During that time'),
      }),
      on: {
        'territory.entered': {
          target: 'enteredLuxembourg',
          actions: 'recordEntry',
          meta: edge({ source: src('Processing time', 'After entering Luxembourg, the third-country national must take steps to obtain a residence permit') }),
        },
        'clock.advanced': lapseOfAuthorisation,
      },
    },
    enteredLuxembourg: {
      meta: stateMeta({
        description: 'The worker has entered Luxembourg and must register with the commune of residence.',
        phase: 'arrival',
        rights: {
          reside: granted({
            afterValidity: notDecidedHere('the type D visa', {
              source: src('Visa', 'obtain a visa at the embassy or consulate in the country of origin within 90 days'),
              assumption: 'A worker who applied for the visa within the 90 days and entered on it after them stays on that visa until the declaration of arrival; the page does not give its validity.',
            }),
          }),
          work: denied({
            source: permitEndSource,
            assumption: 'Work is allowed only from the declaration of arrival, the day the residence permit starts to be valid.',
          }),
        },
        source: law.salariedArrivalDeclarationDays.source,
        assumption: 'Staying is allowed on the temporary authorisation until the declaration (for a worker who needs a visa, on the visa once the 90 days have run); work only from the declaration, the day the residence permit starts to be valid.',
      }),
      on: {
        'arrival.declared': {
          target: 'arrivalDeclared',
          actions: 'startResidence',
          meta: edge({ source: src('Duration of validity', 'The residence permit is valid from the date of the declaration of arrival at the commune') }),
        },
        'clock.advanced': {
          ...lapseOfAuthorisation,
          meta: edge({
            source: law.salariedTemporaryAuthorisationValidityDays.source,
            assumption: 'A worker who needs no visa must enter and make the declaration while the 90-day authorisation is valid ("During that time ... enter Luxembourg territory and make a declaration"); after that the authorisation lapses. A worker who applied for a visa in time met the 90-day duty, so no lapse applies.',
          }),
        },
      },
    },
    arrivalDeclared: {
      meta: stateMeta({
        description: 'Arrival is declared; for the residence permit the worker shows proof of accommodation and a medical certificate and pays the fee.',
        phase: 'residence',
        rights: resideAndWork,
        documents: 'residencePermitApplication',
        source: src('Residence permit for a salaried worker', 'In order to obtain the salaried worker residence permit the third-country worker must'),
        assumption: 'The permit is valid from the declaration of arrival, so reside and work rights are held from then, bound to the profession and sector of the application, until the longest first validity the page allows.',
      }),
      on: beforeResidencePermitApplication,
    },
    authorisedInLuxembourg: {
      meta: stateMeta({
        description:
          'The person already resides legally in Luxembourg and holds the temporary authorisation to stay: no visa, entry or declaration of arrival; for the residence permit they show proof of accommodation and a medical certificate and pay the fee.',
        phase: 'residence',
        rights: both(granted({ source: fromLuxembourg, assumption: residentPermitFrom })),
        documents: 'residencePermitApplication',
        source: fromLuxembourg,
        assumption: residentPermitFrom,
      }),
      on: beforeResidencePermitApplication,
    },
    residencePermitApplied: {
      meta: stateMeta({
        description: 'The residence permit application is examined; it needs proof of accommodation, the medical certificate and the fee.',
        phase: 'residence',
        rights: resideAndWork,
        documents: 'residencePermitApplication',
        source: src('Residence permit for a salaried worker', 'Show proof of adequate accommodation and a medical certificate'),
      }),
      on: {
        ...residencePermitSteps,
        'residencePermit.approved': {
          guard: and(['hasResidencePermitRequirements', 'isFirstPermitValidityConsistent']),
          target: 'awaitingBiometrics',
          actions: 'grantFirstPermit',
          meta: edge({
            source: law.salariedFirstPermitMaxYears.source,
            assumption: 'When the decision states no end date, the longest validity the page allows is assumed (1 year, or 5 years for a long-term resident of another member state); a later end date is cut to it.',
          }),
        },
        'residencePermit.refused': {
          target: 'residencePermitRefused',
          actions: 'endRights',
          meta: edge({
            source: src('Residence permit for a salaried worker', 'In order to obtain the salaried worker residence permit the third-country worker must'),
            assumption: 'The page describes only the conditions for obtaining the permit; a refusal ends the right to stay and work.',
          }),
        },
        ...employerDuties,
        'clock.advanced': lapseOfPermit,
      },
    },
    awaitingBiometrics: {
      meta: stateMeta({
        description: 'The residence permit is approved; the worker has photograph and fingerprints taken for the card.',
        phase: 'residence',
        rights: resideAndWork,
        source: law.salariedFirstPermitMaxYears.source,
        assumption: 'The page does not describe biometrics or the pick-up of the card; they are modelled as in the other Luxembourg procedures, without deadlines.',
      }),
      on: {
        'biometrics.taken': { target: 'awaitingCardPickup' },
        ...renewalApplication,
        ...employerDuties,
        'clock.advanced': lapseOfPermit,
      },
    },
    awaitingCardPickup: {
      meta: stateMeta({
        description: 'The biometric residence permit is being produced; the worker collects it.',
        phase: 'residence',
        rights: resideAndWork,
        source: law.salariedFirstPermitMaxYears.source,
        assumption: 'The page does not describe the pick-up of the card.',
      }),
      on: {
        'residencePermit.collected': { target: 'residencePermitValid' },
        ...renewalApplication,
        ...employerDuties,
        'clock.advanced': lapseOfPermit,
      },
    },
    residencePermitValid: {
      meta: stateMeta({
        description: 'The worker holds the salaried worker residence permit: one profession, in one sector, with any employer.',
        phase: 'residence',
        rights: resideAndWork,
        documents: 'renewalApplication',
        source: src('Duration of validity', 'for one profession only with all employers'),
        assumption: professionAndSectorLimits,
      }),
      on: {
        'documents.supplied': { actions: 'recordDocuments' },
        ...renewalApplication,
        'employmentChange.requested': {
          guard: and(['isBeforeFirstRenewal', 'isRequestedFromLuxembourg']),
          target: 'employmentChangePending',
          actions: 'recordChangeRequest',
          meta: edge({
            source: src('Rights', 'You may request to change employment or sector before the first renewal of the residence permit'),
            assumption: 'A change of employer in the same profession and sector needs no request (the first permit is valid "with all employers"); after the first renewal the page gives no rule, so no change request is recorded.',
          }),
        },
        ...employerDuties,
        'clock.advanced': lapseOfPermit,
      },
    },
    employmentChangePending: {
      meta: stateMeta({
        description: 'A change of profession or sector, requested from Luxembourg, awaits the Directorate of Immigration; the current permit still applies.',
        phase: 'residence',
        rights: resideAndWork,
        source: src('Rights', 'by submitting a request from Luxembourg to the Directorate of Immigration'),
        assumption:
          'While the request is pending the worker keeps the current permit and its binding. The renewal window stays open: a renewal applied for meanwhile is recorded, and the answer to the change can still come while it is pending.',
      }),
      on: {
        'documents.supplied': { actions: 'recordDocuments' },
        ...renewalApplication,
        'employmentChange.granted': {
          target: 'residencePermitValid',
          actions: 'applyEmploymentChange',
          meta: edge({ source: src('Rights', 'provided that all conditions are met') }),
        },
        'employmentChange.refused': {
          target: 'residencePermitValid',
          actions: 'dropChangeRequest',
          meta: edge({
            source: src('Rights', 'provided that all conditions are met'),
            assumption: 'The page does not say what a refused change means for the current permit; it stays as it is.',
          }),
        },
        ...employerDuties,
        'clock.advanced': lapseOfPermit,
      },
    },
    renewalPending: {
      meta: stateMeta({
        description: 'A renewal has been applied for in time and the permit is still valid.',
        phase: 'renewal',
        // Past the permit's last day (a renewal sent back by a judgment after it) the answer is the one of renewalPendingAfterExpiry.
        rights: both(granted({ afterValidity: renewalPendingAfterExpiryRight })),
        source: law.salariedRenewalWindowMonths.source,
      }),
      on: {
        ...renewalDecision,
        ...changeDecisionWhileRenewing,
        ...employerDuties,
        'clock.advanced': {
          guard: 'isValidityOver',
          target: 'renewalPendingAfterExpiry',
          meta: edge({ source: permitEndSource }),
        },
      },
    },
    renewalPendingAfterExpiry: {
      meta: stateMeta({
        description: 'The permit has expired while the renewal (applied for in time, or sent back after an appeal) awaits a decision.',
        phase: 'renewal',
        rights: both(renewalPendingAfterExpiryRight),
        source: law.salariedRenewalWindowMonths.source,
        assumption: 'The page does not say whether the holder may stay or work once the permit has expired while a renewal is pending. A renewal granted later starts the day after the previous permit ended.',
      }),
      on: {
        ...renewalDecision,
        ...changeDecisionWhileRenewing,
        'workStart.notified': employerDuties['workStart.notified'],
      },
    },
    refused,
    renewalRefused,
    vacancyFilled: {
      type: 'final',
      meta: stateMeta({
        description: 'The position was filled with a candidate registered with ADEM; no third-country national is recruited.',
        phase: 'closed',
        rights: bothExceptResidents(
          denied({
            source: src('Work contract', 'If the job offer cannot be filled with a person registered with the ADEM'),
            assumption: 'The position went to a candidate registered with ADEM, so no third-country national is recruited on it and this procedure gives no right.',
          }),
          underCurrentTitle,
        ),
        source: src('Work contract', 'If the job offer cannot be filled with a person registered with the ADEM'),
        outcome: 'The position was filled through ADEM.',
      }),
    },
    hiringNotAuthorised: {
      type: 'final',
      meta: stateMeta({
        description: 'ADEM did not grant the certificate to hire a third-country national.',
        phase: 'closed',
        rights: bothExceptResidents(
          denied({
            source: src('Work contract', 'request a certificate granting him/her the right to hire a third-country national'),
            assumption: 'Without the ADEM certificate the application for a temporary authorisation cannot be made, so this procedure gives no right.',
          }),
          underCurrentTitle,
        ),
        source: src('Work contract', 'request a certificate granting him/her the right to hire a third-country national'),
        assumption: 'The page does not describe a refusal of the certificate.',
        outcome: 'Without the certificate no application can be made.',
      }),
    },
    visaRefused: {
      type: 'final',
      meta: stateMeta({
        description: 'The type D visa was refused.',
        phase: 'closed',
        rights: both(
          denied({
            source: src('Conditions', 'request a type D visa after having obtained the temporary authorisation to stay'),
            assumption: 'The page does not describe a visa refusal; without the visa the person cannot enter, so no right to stay or work follows.',
          }),
        ),
        source: src('Conditions', 'request a type D visa after having obtained the temporary authorisation to stay'),
        assumption: 'The page does not describe a visa refusal.',
        outcome: 'Without a visa the person cannot enter Luxembourg.',
      }),
    },
    temporaryAuthorisationExpired: {
      type: 'final',
      meta: stateMeta({
        description: 'The 90-day temporary authorisation to stay lapsed before the worker entered and registered.',
        phase: 'closed',
        rights: both(denied({ source: law.salariedTemporaryAuthorisationValidityDays.source })),
        source: law.salariedTemporaryAuthorisationValidityDays.source,
        outcome: 'A new application is needed.',
      }),
    },
    residencePermitRefused: {
      type: 'final',
      meta: stateMeta({
        description: 'The residence permit was refused.',
        phase: 'closed',
        rights: bothExceptResidents(
          denied({
            source: src('Residence permit for a salaried worker', 'In order to obtain the salaried worker residence permit the third-country worker must'),
            assumption: 'The page describes only the conditions for obtaining the permit; a refusal ends the right to stay and work that ran from the declaration of arrival.',
          }),
          afterSalariedRight,
        ),
        source: src('Residence permit for a salaried worker', 'In order to obtain the salaried worker residence permit the third-country worker must'),
        assumption:
          "The page describes neither a refusal of the permit after the authorisation was granted nor an appeal against it (its appeals paragraph concerns the authorisation to stay). An employer's notification not yet due is no longer tracked; one overdue stays a breach.",
        outcome: 'The right to stay and work ends.',
      }),
    },
    expired: {
      type: 'final',
      meta: stateMeta({
        description: 'The residence permit has expired: no renewal was applied for in time, or its refusal is final.',
        phase: 'closed',
        rights: bothExceptResidents(
          denied({ source: permitEndSource, assumption: 'The permit is valid for the duration stated; after its last day, with no renewal pending, it gives no right.' }),
          afterSalariedRight,
        ),
        source: law.salariedRenewalWindowMonths.source,
        outcome: 'The right to stay and work has ended.',
        assumption: "An employer's notification not yet due when the permit ends is no longer tracked; one overdue stays a breach.",
      }),
    },
  },
});
