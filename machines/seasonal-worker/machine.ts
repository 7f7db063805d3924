/**
 * The seasonal-worker procedure (seed 004_b06c98a76d7eb733.txt) as a state
 * machine: ADEM's labour-market test, the temporary authorisation to stay, the
 * type D visa, entry and declaration of arrival, the medical check, the
 * residence permit with its 5-in-12 cap, renewal, revocation and lapses.
 *
 * Figures come from `src/law`; dates from `src/calendar`. Every state declares
 * its rights and source in `meta`, so it can be read against the page.
 */
import { and, assertEvent, assign, setup } from 'xstate';
import {
  addDays,
  addMonths,
  addWorkingDays,
  deadlineAfter,
  isBefore,
  lastDayOfPeriod,
  minDate,
  type IsoDate,
} from '../../src/calendar';
import { missingItems } from '../../src/case/checklist';
import { decisionPeriod } from '../../src/case/decision';
import { documentStepActions, employerNotificationSteps } from '../../src/case/steps';
import { denied, except, granted, notDecidedHere, undetermined, type RightDeclaration, type RightsDeclaration } from '../../src/case/rights';
import {
  fulfilObligation,
  hasDeadlinePassed,
  initialCaseContext,
  isWithinDeadlineWindow,
  withDeadline,
  withDocuments,
  withoutDeadlines,
  type MachineInput,
} from '../../src/case/context';
import type { CaseContext, StateMeta, TransitionMeta } from '../../src/case/types';
import { seasonalWorkerLaw as law, type SourceRef } from '../../src/law';
import type { SeasonalWorkerContext } from './context';
import { seasonalWorkerDocuments as documents } from './documents';
import type { SeasonalWorkerEvent } from './events';
import { residesInLuxembourg, seasonalWorkerFactsSchema, type SeasonalWorkerFacts } from './facts';
import { passportUpdate, validDocuments } from './passport';
import { capEnd } from './stay-cap';

const file = '004_b06c98a76d7eb733.txt' as const;
const src = (section: string, quote: string): SourceRef => ({ file, section, quote });

const alreadyResident = src('Who is concerned', 'already legally reside in Luxembourg without having worked there');
/** The page's second group of people concerned: those already living in Luxembourg, to whom its steps abroad do not apply. */
const forResidents = {
  when: 'the person already resides legally in Luxembourg (a Luxembourg residence permit or another lawful stay)',
  applies: (context: CaseContext) => residesInLuxembourg(context.facts as SeasonalWorkerFacts),
};
const currentTitleUntil = (context: CaseContext): IsoDate | null => (context.facts as SeasonalWorkerFacts).currentResidenceValidUntil ?? null;
/** A resident's rights before the seasonal authorisation rest on the title they hold. */
const underCurrentTitle = notDecidedHere(
  'the title under which the person already resides in Luxembourg',
  {
    source: alreadyResident,
    assumption: 'The page names people who already reside legally in Luxembourg among those concerned but gives their current title no end here: until the seasonal authorisation is granted, this procedure gives them no right and takes none away.',
  },
  currentTitleUntil,
);
/** After the seasonal right ends, what the resident's earlier title allows is for that title to say. */
const afterSeasonalRight = notDecidedHere(
  'the title under which the person resided in Luxembourg before the seasonal permit',
  {
    source: alreadyResident,
    assumption: 'The page does not say whether the title a resident held before the seasonal authorisation still runs once the seasonal right has ended: this procedure does not decide it.',
  },
  currentTitleUntil,
);

/** The declaration of arrival with the authorisation is the first work permit this procedure gives. */
const noWorkPermitYet: RightDeclaration = except(
  denied({
    source: src('Declaration of arrival', 'The copy of the declaration of arrival together with the authorisation to stay both serve as a seasonal work permit'),
    assumption: 'The page names the declaration of arrival together with the authorisation to stay as the seasonal work permit; before the declaration this procedure gives no right to work.',
  }),
  forResidents,
  underCurrentTitle,
);
/** Before the authorisation to stay is approved, the person may not come to Luxembourg on this procedure (a resident's stay rests on their own title). */
const notBeforeApproval: RightsDeclaration = {
  reside: except(denied({ source: src('Application for an authorisation to stay', 'the application must be submitted and approved before coming to Luxembourg') }), forResidents, underCurrentTitle),
  work: noWorkPermitYet,
};
const resideAndWork: RightsDeclaration = { reside: granted(), work: granted() };
/** Both rights denied for the same reason (closed states); for a resident, their earlier title decides. */
const bothDenied = (source: SourceRef, assumption?: string): RightsDeclaration => {
  const answer = except(denied({ source, ...(assumption ? { assumption } : {}) }), forResidents, afterSeasonalRight);
  return { reside: answer, work: answer };
};
/** What a decision that states no end date gives: the room left under the cap, not the whole cap. */
const roomLeftUnderCap =
  'A decision that states no end date is taken to run to the last day the 5-in-12 months cap leaves (the room left, not the whole cap), counting the earlier seasonal stays the facts list and the stays of this case; a stated end date later than that is cut to it.';
const withoutPendingRenewal = src('Renewal procedure', 'whose residence permit expires while they wait for the decision, are authorised to continue their stay');
const withoutPendingRenewalAssumption = 'Only a renewal pending at expiry lets the stay continue; without one, the rights to stay and work end with the last day of validity.';
const stateMeta = (meta: StateMeta): StateMeta => meta;
const edge = (meta: TransitionMeta): TransitionMeta => meta;

function needsVisa(facts: SeasonalWorkerFacts): boolean {
  return facts.visaRequired && !facts.holdsEuFamilyResidencePermit && !facts.holdsOtherMemberStateResidencePermit;
}

const revocationTakesEffect =
  'The page does not say when a revocation takes effect: it is taken to take effect on the date of the decision, which cuts the validity short (its last day becomes the day before); from that day both rights end.';
const revocable = {
  'permit.revoked': {
    target: '#seasonalWorker.revoked',
    actions: 'recordRevocation',
    meta: edge({ source: src('Revocation of the temporary authorisation to stay or the residence permit', 'may be revoked if the employer'), assumption: revocationTakesEffect }),
  },
} as const;

const employerDuties = employerNotificationSteps({ startGuard: 'hasNotStartedWork', source: law.seasonalEmployerNotificationWorkingDays.source });

const lapseOfRight = {
  guard: 'isValidityOver',
  target: '#seasonalWorker.expired',
  actions: 'closeAllDeadlines',
  meta: edge({ source: law.seasonalStayMaxMonths.source }),
} as const;

const visaDecisions = {
  'visa.issued': { target: '#seasonalWorker.readyToEnter', actions: 'recordVisa', meta: edge({ source: law.seasonalVisaMaxValidityMonths.source }) },
  'visa.refused': {
    target: '#seasonalWorker.visaRefused',
    actions: 'closeAllDeadlines',
    meta: edge({
      source: src('Supporting documents to be included with the application', 'The visa must be obtained prior to entering the territory'),
      assumption: 'The page does not describe a visa refusal; without a visa the person cannot enter, so the case ends.',
    }),
  },
} as const;

const renewalApplication = {
  'renewal.applied': {
    guard: and(['isWithinRenewalWindow', 'isRenewalAllowedAfterEmployerChange']),
    target: '#seasonalWorker.renewalPending',
    actions: 'recordRenewalApplication',
    meta: edge({ source: law.seasonalRenewalWindowMonths.source }),
  },
} as const;

const beforeResidencePermitApplication = {
  'documents.supplied': { actions: 'recordDocuments' },
  'medicalCertificate.issued': { guard: 'hasNoMedicalCertificate', actions: 'recordMedicalCertificate', meta: edge({ source: src('Medical check-up', 'will issue a medical certificate') }) },
  'residencePermit.applied': {
    target: '#seasonalWorker.residencePermitApplied',
    actions: 'recordResidencePermitApplication',
    meta: edge({ source: law.seasonalResidencePermitApplicationMonths.source }),
  },
  ...employerDuties,
  ...revocable,
  'clock.advanced': lapseOfRight,
} as const;

const residentAuthorisation =
  'For a person who already resides legally in Luxembourg, the page describes no declaration of arrival: the temporary authorisation, granted while they live there, is taken to serve as the seasonal work permit and authorisation to stay until the residence permit is issued, as the declaration and the authorisation do for those who enter. The validity and the period to apply for the residence permit run from the day it is granted.';

const renewalGrant = {
  guard: and(['hasRoomUnderStayCap', 'isValidityConsistent']),
  target: '#seasonalWorker.residencePermitValid',
  actions: ['renewPermit', 'openRenewalWindow'],
  meta: edge({
    source: src('Renewal procedure', 'The residence permit may be renewed several times if the seasonal worker renews their employment contract with the same employer'),
    assumption: roomLeftUnderCap,
  }),
} as const;

const applicationHandling = {
  'documents.supplied': { actions: 'recordDocuments' },
  'application.submitted': [
    {
      guard: 'isSubmittedFromLuxembourgByNonResident',
      target: '#seasonalWorker.applicationInadmissible',
      meta: edge({
        source: src('Application for an authorisation to stay', 'Applications submitted from Luxembourg are inadmissible'),
        assumption:
          'Only a person who does not already reside legally in Luxembourg is inadmissible from Luxembourg: the page names those who already do among the people concerned, and a Luxembourg residence permit only as an example ("e.g.") of the exceptional cases.',
      }),
    },
    {
      guard: 'hasCompleteApplication',
      target: '#seasonalWorker.awaitingDecision',
      actions: 'startDecisionPeriod',
      meta: edge({ source: src('Supporting documents to be included with the application', 'Only complete applications will be processed') }),
    },
    {
      target: '#seasonalWorker.applicationReturned',
      actions: 'recordReturnedApplication',
      meta: edge({
        source: src('Supporting documents to be included with the application', 'Incomplete applications will be returned to the applicant'),
        assumption: 'A copy of a passport that has expired on the day of the application is not the copy of a "valid passport" the page asks for: the application is incomplete.',
      }),
    },
  ],
} as const;

const authorisationDecisionStates = decisionPeriod({
    machineId: 'seasonalWorker',
    awaiting: stateMeta({
      description: 'The ministry examines the complete application.',
      phase: 'authorisation',
      rights: notBeforeApproval,
      source: law.seasonalDecisionPeriodMonths.source,
    }),
    decisions: {
      'authorisation.granted': [
        {
          guard: 'residesInLuxembourg',
          target: '#seasonalWorker.authorisedInLuxembourg',
          actions: 'startResidentStay',
          meta: edge({
            source: alreadyResident,
            assumption:
              'A person who already resides legally in Luxembourg has no visa to obtain and no border to cross: the visa, entry and declaration-of-arrival steps are skipped.',
          }),
        },
        {
          guard: 'needsVisa',
          target: '#seasonalWorker.awaitingVisa',
          actions: 'startTemporaryAuthorisation',
          meta: edge({ source: src('Step 1: before entering the country', 'apply for a type D visa after having obtained the temporary authorisation to stay') }),
        },
        {
          target: '#seasonalWorker.readyToEnter',
          actions: 'startTemporaryAuthorisation',
          meta: edge({ source: src('Passport and visa', 'may enter Luxembourg with their authorisation to stay and their passport') }),
        },
      ],
      'authorisation.refused': {
        target: '#seasonalWorker.authorisationRefused',
        actions: 'closeAllDeadlines',
        meta: edge({ source: src('Supporting documents to be included with the application', 'If their application is approved'), assumption: 'The page describes approval only; an express refusal ends the application.' }),
      },
    },
    deemed: {
      guard: 'isDecisionPeriodOver',
      actions: 'closeAllDeadlines',
      source: law.seasonalDecisionPeriodMonths.source,
      assumption:
        'Without an answer in the processing period "the application has been rejected": the case shows the silence as a rejection of this application, which gives no right, but not as a final refusal, since the period holds only "generally".',
      rights: {
        reside: except(denied({ source: law.seasonalDecisionPeriodMonths.source }), forResidents, underCurrentTitle),
        work: except(denied({ source: law.seasonalDecisionPeriodMonths.source }), forResidents, underCurrentTitle),
      },
      description: 'No answer within the processing period: the application has been rejected, unless an express decision arrives later.',
      outcome: 'The application is deemed rejected.',
    },
});


/**
 * The seasonal-worker machine. Input: the opening date and validated facts.
 *
 * @example
 * ```ts
 * import { createActor } from 'xstate';
 * const actor = createActor(seasonalWorkerMachine, { input: { at: '2026-01-05', facts: seasonalWorkerFactsSchema.parse({}) } });
 * actor.start();
 * actor.send({ type: 'vacancy.declared', at: '2026-01-05' });
 * ```
 * @category Procedures
 */
export const seasonalWorkerMachine = setup({
  types: {
    context: {} as SeasonalWorkerContext,
    events: {} as SeasonalWorkerEvent,
    input: {} as MachineInput<typeof seasonalWorkerFactsSchema>,
  },
  guards: {
    isLabourMarketTestOver: ({ context, event }) => hasDeadlinePassed(context, 'labourMarketTest', event.at),
    isSubmittedFromLuxembourgByNonResident: ({ context, event }) =>
      event.type === 'application.submitted' && event.submittedFrom === 'luxembourg' && !residesInLuxembourg(context.facts),
    hasCompleteApplication: ({ context, event }) => {
      assertEvent(event, 'application.submitted');
      const updated = { ...context, ...passportUpdate(event), submittedOn: event.at };
      const supplied = validDocuments(updated, event.at, withDocuments(context.documents, event.documents));
      return missingItems(documents.temporaryAuthorisationApplication, updated, supplied).length === 0;
    },
    residesInLuxembourg: ({ context }) => residesInLuxembourg(context.facts),
    isDecisionPeriodOver: ({ context, event }) => hasDeadlinePassed(context, 'decision', event.at),
    needsVisa: ({ context }) => needsVisa(context.facts),
    isTemporaryAuthorisationOver: ({ context, event }) => hasDeadlinePassed(context, 'temporaryAuthorisationExpiry', event.at),
    isVisaOver: ({ context, event }) => hasDeadlinePassed(context, 'visaExpiry', event.at),
    hasMedicalCertificate: ({ context }) => context.medicalCertificateOn !== null,
    hasNoMedicalCertificate: ({ context }) => context.medicalCertificateOn === null,
    isValidityConsistent: ({ context, event }) => {
      assertEvent(event, ['residencePermit.approved', 'renewal.granted']);
      if (event.validUntil === undefined) return true;
      const from = event.type === 'renewal.granted' && context.validity ? addDays(context.validity.to, 1) : (context.validity?.from ?? event.at);
      return !isBefore(event.validUntil, from) && !isBefore(event.validUntil, event.at);
    },
    hasNotStartedWork: ({ context }) => context.workStartedOn === null,
    isEmployerNotificationOpen: ({ context }) => context.deadlines.employerNotification !== undefined,
    isValidityOver: ({ context, event }) => hasDeadlinePassed(context, 'validityEnd', event.at),
    isWithinRenewalWindow: ({ context, event }) => isWithinDeadlineWindow(context, 'renewalApplication', event.at),
    isRenewalAllowedAfterEmployerChange: ({ context, event }) => {
      assertEvent(event, 'renewal.applied');
      const changing = context.binding?.employer !== event.employer;
      const everChanged = context.employerChanged || changing;
      return !everChanged || context.renewalsAfterEmployerChange < law.seasonalRenewalsAfterEmployerChangeMax.value;
    },
    hasRoomUnderStayCap: ({ context }) => context.validity !== null && capEnd(context, addDays(context.validity.to, 1)) !== null,
    isPendingStayOver: ({ context, event }) => hasDeadlinePassed(context, 'pendingStayEnd', event.at),
  },
  actions: {
    ...documentStepActions<SeasonalWorkerContext, SeasonalWorkerEvent>(),
    startLabourMarketTest: assign(({ context, event }) => ({
      deadlines: withDeadline(context, 'labourMarketTest', { due: deadlineAfter(event.at, { weeks: law.seasonalLabourMarketTestWeeks.value }) }),
    })),
    closeLabourMarketTest: assign(({ context }) => ({ deadlines: withoutDeadlines(context, 'labourMarketTest') })),
    startDecisionPeriod: assign(({ context, event }) => {
      assertEvent(event, 'application.submitted');
      return {
        ...passportUpdate(event),
        submittedOn: event.at,
        activity: event.activity,
        binding: { employer: event.employer, sector: event.activity },
        documents: [],
        deadlines: withDeadline(context, 'decision', { due: deadlineAfter(event.at, { months: law.seasonalDecisionPeriodMonths.value }) }),
      };
    }),
    // The expired passport's copy is not recorded as supplied: the returned application lists it as missing.
    recordReturnedApplication: assign(({ context, event }) => {
      assertEvent(event, 'application.submitted');
      const updated = { ...context, ...passportUpdate(event) };
      return { ...passportUpdate(event), documents: validDocuments(updated, event.at, withDocuments(context.documents, event.documents)) };
    }),
    // A resident's stay as a seasonal worker starts with the authorisation, in place of the declaration of arrival.
    startResidentStay: assign(({ context, event }) => {
      const until = capEnd({ ...context, validity: null }, event.at) ?? event.at;
      return {
        documents: [],
        validity: { from: event.at, to: until },
        deadlines: {
          ...withoutDeadlines(context, 'decision'),
          validityEnd: { due: until },
          residencePermitApplication: { due: deadlineAfter(event.at, { months: law.seasonalResidencePermitApplicationMonths.value }) },
        },
      };
    }),
    startTemporaryAuthorisation: assign(({ context, event }) => {
      const until = lastDayOfPeriod(event.at, { days: law.seasonalTemporaryAuthorisationValidityDays.value });
      return {
        validity: { from: event.at, to: until },
        deadlines: withDeadline({ deadlines: withoutDeadlines(context, 'decision') }, 'temporaryAuthorisationExpiry', { due: until }),
      };
    }),
    // Applying for the visa is what the 90 days require of a worker who needs one: the authorisation no longer lapses.
    recordVisaApplication: assign(({ context }) => ({ deadlines: withoutDeadlines(context, 'temporaryAuthorisationExpiry') })),
    recordVisa: assign(({ context, event }) => {
      assertEvent(event, 'visa.issued');
      const longest = lastDayOfPeriod(event.at, { months: law.seasonalVisaMaxValidityMonths.value });
      const until = event.validUntil ? minDate(event.validUntil, longest) : longest;
      return { visaHeld: true, deadlines: withDeadline(withoutDeadlinesCtx(context, 'temporaryAuthorisationExpiry'), 'visaExpiry', { due: until }) };
    }),
    // A visa that ran out before entry: a new one must be applied for within the authorisation's 90 days (its end is `validity.to`).
    dropVisa: assign(({ context }) => ({
      visaHeld: false,
      deadlines: withDeadline(withoutDeadlinesCtx(context, 'visaExpiry'), 'temporaryAuthorisationExpiry', { due: context.validity!.to }),
    })),
    recordEntry: assign(({ context, event }) => {
      const visa = context.deadlines.visaExpiry;
      return {
        enteredOn: event.at,
        documents: [],
        // Entered on a visa: the stay until the declaration rests on the visa, to its end.
        validity: visa ? { from: event.at, to: visa.due } : context.validity,
        deadlines: withDeadline(withoutDeadlinesCtx(context, 'visaExpiry'), 'arrivalDeclaration', {
          due: deadlineAfter(event.at, { days: law.seasonalArrivalDeclarationDays.value }),
        }),
      };
    }),
    startStay: assign(({ context, event }) => {
      const met = fulfilObligation(withoutDeadlinesCtx(context, 'temporaryAuthorisationExpiry', 'visaExpiry'), 'arrivalDeclaration', event.at);
      const until = capEnd({ ...context, validity: null }, event.at) ?? event.at;
      // "Within 3 months of their arrival": the entry when the case records it, else the declaration.
      const arrivedOn = context.enteredOn ?? event.at;
      return {
        ...met,
        arrivalDeclaredOn: event.at,
        documents: [],
        validity: { from: event.at, to: until },
        deadlines: {
          ...met.deadlines,
          validityEnd: { due: until },
          residencePermitApplication: { due: deadlineAfter(arrivedOn, { months: law.seasonalResidencePermitApplicationMonths.value }) },
        },
      };
    }),
    recordMedicalCertificate: assign(({ event }) => ({ medicalCertificateOn: event.at })),
    recordResidencePermitApplication: assign(({ context, event }) => {
      assertEvent(event, 'residencePermit.applied');
      const updated = { ...context, ...passportUpdate(event) };
      return { ...fulfilObligation(context, 'residencePermitApplication', event.at), ...passportUpdate(event), documents: validDocuments(updated, event.at, withDocuments([], event.documents)) };
    }),
    setPermitValidity: assign(({ context, event }) => {
      assertEvent(event, 'residencePermit.approved');
      const from = context.validity?.from ?? event.at;
      const longest = capEnd({ ...context, validity: null }, from) ?? from;
      const until = event.validUntil ? minDate(event.validUntil, longest) : longest;
      return { validity: { from, to: until }, documents: [], deadlines: withDeadline(context, 'validityEnd', { due: until }) };
    }),
    // No window is shown once no renewal can be granted (one renewal after a change of employer has been used).
    openRenewalWindow: assign(({ context }) => {
      const until = context.validity!.to;
      if (context.employerChanged && context.renewalsAfterEmployerChange >= law.seasonalRenewalsAfterEmployerChangeMax.value) return {};
      return { deadlines: withDeadline(context, 'renewalApplication', { opens: addMonths(until, -law.seasonalRenewalWindowMonths.value), due: until }) };
    }),
    recordRenewalApplication: assign(({ context, event }) => {
      assertEvent(event, 'renewal.applied');
      const updated = { ...context, ...passportUpdate(event) };
      return {
        ...passportUpdate(event),
        pendingRenewalEmployer: event.employer,
        documents: validDocuments(updated, event.at, withDocuments(context.documents, event.documents)),
        deadlines: withoutDeadlines(context, 'renewalApplication'),
      };
    }),
    renewPermit: assign(({ context, event }) => {
      assertEvent(event, 'renewal.granted');
      const previous = context.validity!;
      const from = addDays(previous.to, 1);
      const longest = capEnd(context, from) ?? from;
      const until = event.validUntil ? minDate(event.validUntil, longest) : longest;
      const employer = context.pendingRenewalEmployer ?? context.binding?.employer;
      const changed = context.employerChanged || employer !== context.binding?.employer;
      return {
        pastStays: [...context.pastStays, previous],
        validity: { from, to: until },
        renewals: context.renewals + 1,
        employerChanged: changed,
        renewalsAfterEmployerChange: changed ? context.renewalsAfterEmployerChange + 1 : context.renewalsAfterEmployerChange,
        binding: { ...context.binding, ...(employer ? { employer } : {}) },
        pendingRenewalEmployer: null,
        documents: [],
        deadlines: withDeadline({ deadlines: withoutDeadlines(context, 'pendingStayEnd') }, 'validityEnd', { due: until }),
      };
    }),
    startPendingStay: assign(({ context }) => {
      const from = addDays(context.validity!.to, 1);
      const until = capEnd(context, from) ?? from;
      return { deadlines: withDeadline({ deadlines: withoutDeadlines(context, 'validityEnd') }, 'pendingStayEnd', { due: until }) };
    }),
    // The engine keeps every obligation closed while overdue as a breach.
    closeAllDeadlines: assign(() => ({ deadlines: {} })),
    recordWorkStart: assign(({ context, event }) => {
      assertEvent(event, 'work.started');
      const breaches = [...context.breaches];
      if (!event.authorisationSeen) breaches.push({ deadline: 'employerSawAuthorisation', due: event.at, metOn: null });
      if (!event.copyKept) breaches.push({ deadline: 'employerKeptCopy', due: event.at, metOn: null });
      return {
        workStartedOn: event.at,
        breaches,
        deadlines: withDeadline(context, 'employerNotification', {
          due: addWorkingDays(event.at, law.seasonalEmployerNotificationWorkingDays.value, law.seasonalEmployerNotificationWorkingDays.workingDays),
        }),
      };
    }),
    recordEmployerNotification: assign(({ context, event }) => fulfilObligation(context, 'employerNotification', event.at)),
    recordRevocation: assign(({ context, event }) => {
      assertEvent(event, 'permit.revoked');
      const lastDay = addDays(event.at, -1);
      const validity = context.validity;
      return {
        revocation: { ground: event.ground, on: event.at, employer: context.binding?.employer ?? null },
        deadlines: {},
        // Revoked on the first day of validity or before it: no day of it was held.
        validity: validity === null || isBefore(lastDay, validity.from) ? null : { from: validity.from, to: minDate(validity.to, lastDay) },
      };
    }),
  },
}).createMachine({
  id: 'seasonalWorker',
  initial: 'vacancyToBeDeclared',
  context: ({ input }) => ({
    ...initialCaseContext(input, seasonalWorkerFactsSchema),
    activity: null,
    submittedOn: null,
    visaHeld: false,
    enteredOn: null,
    arrivalDeclaredOn: null,
    medicalCertificateOn: null,
    workStartedOn: null,
    pastStays: (input.facts?.earlierSeasonalStays ?? []).map((stay) => ({ from: stay.from, to: stay.to })),
    renewals: 0,
    employerChanged: false,
    renewalsAfterEmployerChange: 0,
    pendingRenewalEmployer: null,
    revocation: null,
  }),
  states: {
    vacancyToBeDeclared: {
      meta: stateMeta({
        description: 'The employer must first declare the vacant position to ADEM.',
        phase: 'preliminary',
        rights: notBeforeApproval,
        source: src('Preliminary steps', 'employers must first make a declaration of vacant position to ADEM'),
      }),
      on: {
        'vacancy.declared': { target: 'labourMarketTestRunning', actions: 'startLabourMarketTest' },
      },
    },
    labourMarketTestRunning: {
      meta: stateMeta({
        description: 'ADEM checks whether a suitable registered candidate is available.',
        phase: 'preliminary',
        rights: notBeforeApproval,
        source: law.seasonalLabourMarketTestWeeks.source,
      }),
      on: {
        'vacancy.filled': {
          target: 'vacancyFilled',
          actions: 'closeLabourMarketTest',
          meta: edge({ source: src('Preliminary steps', 'check whether there is a suitable candidate available on the local or EU job market') }),
        },
        'clock.advanced': {
          guard: 'isLabourMarketTestOver',
          target: 'awaitingAdemCertificate',
          actions: 'closeLabourMarketTest',
          meta: edge({ source: law.seasonalLabourMarketTestWeeks.source }),
        },
      },
    },
    awaitingAdemCertificate: {
      meta: stateMeta({
        description: "The employer asks ADEM's director for the certificate allowing a third-country national to be hired.",
        phase: 'preliminary',
        rights: notBeforeApproval,
        source: src('Preliminary steps', "request a certificate granting him the right to hire a third-country national"),
      }),
      on: {
        'ademCertificate.issued': { target: 'preparingApplication' },
        'ademCertificate.refused': {
          target: 'hiringNotAuthorised',
          meta: edge({
            source: src('Preliminary steps', 'under certain conditions, including a non-EU national'),
            assumption: 'The page says the certificate is granted "under certain conditions" but not what follows a refusal; the procedure ends.',
          }),
        },
        'vacancy.filled': { target: 'vacancyFilled', meta: edge({ source: src('Preliminary steps', 'with a person of his choice') }) },
      },
    },
    preparingApplication: {
      meta: stateMeta({
        description: 'The worker (or the mandated employer) prepares the application for a temporary authorisation to stay, from abroad.',
        phase: 'authorisation',
        rights: notBeforeApproval,
        documents: 'temporaryAuthorisationApplication',
        source: src('Application for an authorisation to stay', 'must submit an application for a temporary authorisation to stay (on plain paper) from their country of origin'),
      }),
      on: applicationHandling,
    },
    applicationInadmissible: {
      meta: stateMeta({
        description: 'The application was filed from Luxembourg by a person without a Luxembourg residence permit: it is inadmissible and must be filed again from abroad.',
        phase: 'authorisation',
        rights: notBeforeApproval,
        documents: 'temporaryAuthorisationApplication',
        source: src('Application for an authorisation to stay', 'Applications submitted from Luxembourg are inadmissible'),
      }),
      on: applicationHandling,
    },
    applicationReturned: {
      meta: stateMeta({
        description: 'The application was incomplete and has been returned; it can be completed and filed again.',
        phase: 'authorisation',
        rights: notBeforeApproval,
        documents: 'temporaryAuthorisationApplication',
        source: src('Supporting documents to be included with the application', 'Incomplete applications will be returned to the applicant'),
      }),
      on: applicationHandling,
    },
    ...authorisationDecisionStates,
    awaitingVisa: {
      meta: stateMeta({
        description: 'The temporary authorisation to stay is granted; within its 90 days the worker must apply for a type D visa in the country of origin.',
        phase: 'entry',
        rights: {
          reside: denied({ source: src('Supporting documents to be included with the application', 'The visa must be obtained prior to entering the territory of the Grand-Duchy') }),
          work: noWorkPermitYet,
        },
        source: src('Passport and visa', 'they must apply for a type D visa before their trip and from their country of origin'),
      }),
      on: {
        'visa.applied': {
          target: 'visaApplied',
          actions: 'recordVisaApplication',
          meta: edge({ source: src('Supporting documents to be included with the application', 'either apply for visa for entry in the Schengen Area, if they are subject to visa requirements') }),
        },
        ...visaDecisions,
        'clock.advanced': {
          guard: 'isTemporaryAuthorisationOver',
          target: 'temporaryAuthorisationExpired',
          actions: 'closeAllDeadlines',
          meta: edge({ source: law.seasonalTemporaryAuthorisationValidityDays.source }),
        },
        ...revocable,
      },
    },
    visaApplied: {
      meta: stateMeta({
        description: 'The type D visa has been applied for within the 90 days of the temporary authorisation; the worker waits for the visa before travelling.',
        phase: 'entry',
        rights: {
          reside: denied({ source: src('Supporting documents to be included with the application', 'The visa must be obtained prior to entering the territory of the Grand-Duchy') }),
          work: noWorkPermitYet,
        },
        source: src('Supporting documents to be included with the application', 'either apply for visa for entry in the Schengen Area, if they are subject to visa requirements'),
        assumption:
          'The page requires the visa to be applied for during the 90 days, not issued within them: once applied for in time, the authorisation does not lapse while the visa is pending, and a visa issued after the 90 days lets the worker enter while it is valid. The page does not say how long the visa authority may take.',
      }),
      on: {
        ...visaDecisions,
        ...revocable,
      },
    },
    readyToEnter: {
      meta: stateMeta({
        description: 'The worker may travel to Luxembourg with the passport, the temporary authorisation to stay and, where required, the visa.',
        phase: 'entry',
        rights: {
          reside: granted({
            source: src('Passport and visa', 'may enter Luxembourg with their authorisation to stay and their passport'),
            assumption: 'Entry is allowed while the temporary authorisation (or, where a visa is required, the visa) is valid; the right shown ends with the earlier of the two.',
          }),
          work: noWorkPermitYet,
        },
        source: src('Declaration of arrival', 'must hold valid travel documents (visa and passport, where applicable), as well as their temporary authorisation to stay'),
      }),
      on: {
        'territory.entered': { target: 'enteredLuxembourg', actions: 'recordEntry' },
        'arrival.declared': {
          target: 'arrivalDeclared',
          actions: 'startStay',
          meta: edge({
            source: law.seasonalResidencePermitApplicationMonths.source,
            assumption: `The case may record the declaration of arrival without the day of entry: the arrival is then taken to be the day of the declaration, from which the period to apply for the residence permit runs. ${roomLeftUnderCap}`,
          }),
        },
        'clock.advanced': [
          {
            guard: 'isTemporaryAuthorisationOver',
            target: 'temporaryAuthorisationExpired',
            actions: 'closeAllDeadlines',
            meta: edge({ source: law.seasonalTemporaryAuthorisationValidityDays.source }),
          },
          {
            guard: 'isVisaOver',
            target: 'awaitingVisa',
            actions: 'dropVisa',
            meta: edge({
              source: law.seasonalVisaMaxValidityMonths.source,
              assumption: 'The page does not say what happens when the visa expires before entry; a new visa must be applied for while the 90-day authorisation is valid, else the authorisation lapses.',
            }),
          },
        ],
        ...revocable,
      },
    },
    enteredLuxembourg: {
      meta: stateMeta({
        description: 'The worker has entered Luxembourg and must declare arrival at the commune.',
        phase: 'arrival',
        rights: {
          reside: granted({
            source: src('Declaration of arrival', 'must hold valid travel documents (visa and passport, where applicable), as well as their temporary authorisation to stay'),
            assumption: 'Until the declaration of arrival, the stay rests on the temporary authorisation to stay (and the visa, where required) with which the worker entered.',
            afterValidity: undetermined(
              'The visa with which the worker entered has ended and arrival is not yet declared: the page does not say what follows. A late declaration is still recorded, with a breach.',
            ),
          }),
          work: noWorkPermitYet,
        },
        documents: 'arrivalDeclaration',
        source: law.seasonalArrivalDeclarationDays.source,
      }),
      on: {
        'documents.supplied': { actions: 'recordDocuments' },
        'arrival.declared': { target: 'arrivalDeclared', actions: 'startStay', meta: edge({ source: law.seasonalArrivalDeclarationDays.source, assumption: roomLeftUnderCap }) },
        'clock.advanced': {
          guard: 'isTemporaryAuthorisationOver',
          target: 'temporaryAuthorisationExpired',
          actions: 'closeAllDeadlines',
          meta: edge({
            source: src('Supporting documents to be included with the application', 'enter Luxembourg and file a declaration of arrival with the administration of the commune where they reside'),
            assumption: 'A worker who needs no visa must enter and declare arrival while the 90-day authorisation is valid ("During that time"); after that the authorisation lapses.',
          }),
        },
        ...revocable,
      },
    },
    arrivalDeclared: {
      meta: stateMeta({
        description: 'The declaration of arrival and the temporary authorisation together serve as work permit and authorisation to stay; the medical check and the residence permit application follow.',
        phase: 'residence',
        rights: resideAndWork,
        documents: 'residencePermitApplication',
        source: src('Declaration of arrival', 'both serve as a seasonal work permit and authorisation to stay until the residence permit is issued'),
      }),
      on: beforeResidencePermitApplication,
    },
    authorisedInLuxembourg: {
      meta: stateMeta({
        description:
          'The person already resides legally in Luxembourg and holds the temporary authorisation to stay: no visa, entry or declaration of arrival; the medical check and the residence permit application follow.',
        phase: 'residence',
        rights: {
          reside: granted({ source: alreadyResident, assumption: residentAuthorisation }),
          work: granted({ source: alreadyResident, assumption: residentAuthorisation }),
        },
        documents: 'residencePermitApplication',
        source: alreadyResident,
        assumption: residentAuthorisation,
      }),
      on: beforeResidencePermitApplication,
    },
    residencePermitApplied: {
      meta: stateMeta({
        description: 'The residence permit application is being processed; it needs the medical certificate.',
        phase: 'residence',
        rights: resideAndWork,
        source: src('Medical check-up', 'to allow the residence permit application to be processed'),
      }),
      on: {
        'medicalCertificate.issued': { guard: 'hasNoMedicalCertificate', actions: 'recordMedicalCertificate', meta: edge({ source: src('Medical check-up', 'will issue a medical certificate') }) },
        'residencePermit.approved': {
          guard: and(['hasMedicalCertificate', 'isValidityConsistent']),
          target: 'awaitingBiometrics',
          actions: ['setPermitValidity', 'openRenewalWindow'],
          meta: edge({ source: src('Period of validity of the residence permit', 'The validity period starts from the date the declaration of arrival was filed with the commune'), assumption: roomLeftUnderCap }),
        },
        'residencePermit.refused': {
          target: 'residencePermitRefused',
          actions: 'closeAllDeadlines',
          meta: edge({ source: src('Residence permit application', 'When the application is approved'), assumption: 'The page only describes approval; a refusal ends the right to stay and work.' }),
        },
        ...employerDuties,
        ...revocable,
        'clock.advanced': lapseOfRight,
      },
    },
    awaitingBiometrics: {
      meta: stateMeta({
        description: 'The application is approved; the worker makes an appointment for photograph and fingerprints.',
        phase: 'residence',
        rights: resideAndWork,
        documents: 'renewalApplication',
        source: src('Residence permit application', 'in order to have their photograph and fingerprints taken'),
      }),
      on: {
        'biometrics.taken': { target: 'awaitingCardPickup' },
        'documents.supplied': { actions: 'recordDocuments' },
        ...renewalApplication,
        ...employerDuties,
        ...revocable,
        'clock.advanced': lapseOfRight,
      },
    },
    awaitingCardPickup: {
      meta: stateMeta({
        description: 'The biometric card is being produced; the worker collects it in person, by appointment.',
        phase: 'residence',
        rights: resideAndWork,
        documents: 'renewalApplication',
        source: src('Residence permit application', 'the applicant can pick up the residence permit in person at the Immigration Directorate, by appointment'),
      }),
      on: {
        'residencePermit.collected': { target: 'residencePermitValid' },
        'documents.supplied': { actions: 'recordDocuments' },
        ...renewalApplication,
        ...employerDuties,
        ...revocable,
        'clock.advanced': lapseOfRight,
      },
    },
    residencePermitValid: {
      meta: stateMeta({
        description: 'The worker holds the seasonal worker residence permit, which includes the work permit.',
        phase: 'residence',
        rights: resideAndWork,
        documents: 'renewalApplication',
        source: src('Residence permit application', 'It includes the work permit for seasonal workers'),
      }),
      on: {
        'documents.supplied': { actions: 'recordDocuments' },
        ...renewalApplication,
        ...employerDuties,
        ...revocable,
        'clock.advanced': lapseOfRight,
      },
    },
    renewalPending: {
      meta: stateMeta({
        description: 'A renewal has been applied for while the permit is still valid.',
        phase: 'renewal',
        rights: resideAndWork,
        source: law.seasonalRenewalWindowMonths.source,
      }),
      on: {
        'renewal.granted': renewalGrant,
        'renewal.refused': {
          target: 'renewalRefusedWhilePermitValid',
          meta: edge({
            source: src('Renewal procedure', 'In order to renew a residence permit'),
            assumption: 'A renewal refused while the permit still runs does not end it: the page says nothing to the contrary, so the permit runs to its last day of validity.',
          }),
        },
        ...employerDuties,
        ...revocable,
        'clock.advanced': [
          {
            guard: and(['isValidityOver', 'hasRoomUnderStayCap']),
            target: 'renewalPendingAfterExpiry',
            actions: 'startPendingStay',
            meta: edge({ source: src('Renewal procedure', 'are authorised to continue their stay in Luxembourg') }),
          },
          {
            guard: 'isValidityOver',
            target: 'stayCapReached',
            actions: 'closeAllDeadlines',
            meta: edge({ source: src('Renewal procedure', 'provided that the maximum period of 5 months over a total period of 12 months has not yet been attained') }),
          },
        ],
      },
    },
    renewalRefusedWhilePermitValid: {
      meta: stateMeta({
        description: 'The renewal was refused while the permit still runs: the worker keeps the permit until its last day of validity.',
        phase: 'renewal',
        rights: {
          reside: granted({ afterValidity: denied({ source: withoutPendingRenewal, assumption: withoutPendingRenewalAssumption }) }),
          work: granted({ afterValidity: denied({ source: withoutPendingRenewal, assumption: withoutPendingRenewalAssumption }) }),
        },
        source: src('Period of validity of the residence permit', 'Residence permits for seasonal workers are valid for no more than 5 months over a total period of 12 months'),
        assumption: 'A renewal refused while the permit still runs does not end it: the page says nothing to the contrary, so the permit runs to its last day of validity.',
      }),
      on: {
        ...employerDuties,
        ...revocable,
        'clock.advanced': lapseOfRight,
      },
    },
    renewalPendingAfterExpiry: {
      meta: stateMeta({
        description: 'The permit has expired while the renewal is pending: the worker may continue to stay until the decision, within the 5-in-12 cap.',
        phase: 'renewal',
        rights: {
          reside: granted({ source: src('Renewal procedure', 'are authorised to continue their stay in Luxembourg') }),
          work: undetermined(
            'The page authorises the worker "to continue their stay" until the decision; it says nothing about work meanwhile, so whether work may continue is not decided by this page.',
            src('Renewal procedure', 'are authorised to continue their stay in Luxembourg'),
          ),
        },
        source: src('Renewal procedure', 'until the Minister for Immigration has made a decision concerning their application'),
      }),
      on: {
        'renewal.granted': renewalGrant,
        'renewal.refused': {
          target: 'renewalRefused',
          actions: 'closeAllDeadlines',
          meta: edge({ source: src('Renewal procedure', 'until the Minister for Immigration has made a decision concerning their application') }),
        },
        'workStart.notified': employerDuties['workStart.notified'],
        ...revocable,
        'clock.advanced': {
          guard: 'isPendingStayOver',
          target: 'stayCapReached',
          actions: 'closeAllDeadlines',
          meta: edge({ source: src('Renewal procedure', 'provided that the maximum period of 5 months over a total period of 12 months has not yet been attained') }),
        },
      },
    },
    vacancyFilled: {
      type: 'final',
      meta: stateMeta({
        description: 'ADEM found a suitable registered candidate; no third-country national is hired.',
        phase: 'closed',
        rights: notBeforeApproval,
        source: src('Preliminary steps', 'check whether there is a suitable candidate available on the local or EU job market'),
        outcome: 'The position was filled through ADEM.',
      }),
    },
    hiringNotAuthorised: {
      type: 'final',
      meta: stateMeta({
        description: 'ADEM did not grant the certificate to hire a third-country national.',
        phase: 'closed',
        rights: notBeforeApproval,
        source: src('Prerequisites', 'authorising the employer to hire a third-country national'),
        assumption: 'The page does not describe a refusal of the certificate.',
        outcome: 'Without the certificate no application can be made.',
      }),
    },
    authorisationRefused: {
      type: 'final',
      meta: stateMeta({
        description: 'The ministry refused the temporary authorisation to stay.',
        phase: 'closed',
        rights: notBeforeApproval,
        source: src('Supporting documents to be included with the application', 'If their application is approved'),
        assumption: 'The page describes approval only; an express refusal ends this application.',
        outcome: 'The person may not come to work as a seasonal worker on this application.',
      }),
    },
    visaRefused: {
      type: 'final',
      meta: stateMeta({
        description: 'The type D visa was refused.',
        phase: 'closed',
        rights: {
          reside: denied({ source: src('Supporting documents to be included with the application', 'The visa must be obtained prior to entering the territory of the Grand-Duchy') }),
          work: noWorkPermitYet,
        },
        source: src('Passport and visa', 'they must apply for a type D visa before their trip'),
        assumption: 'The page does not describe a visa refusal.',
        outcome: 'Without a visa the person cannot enter.',
      }),
    },
    temporaryAuthorisationExpired: {
      type: 'final',
      meta: stateMeta({
        description: 'The temporary authorisation to stay lapsed before the worker did what its 90 days required (apply for the visa, or enter and declare arrival).',
        phase: 'closed',
        rights: bothDenied(law.seasonalTemporaryAuthorisationValidityDays.source),
        source: law.seasonalTemporaryAuthorisationValidityDays.source,
        outcome: 'A new application is needed.',
      }),
    },
    residencePermitRefused: {
      type: 'final',
      meta: stateMeta({
        description: 'The residence permit was refused.',
        phase: 'closed',
        rights: bothDenied(src('Residence permit application', 'When the application is approved'), 'The page only describes approval; a refusal ends the right to stay and work.'),
        source: src('Residence permit application', 'When the application is approved'),
        assumption: 'The page only describes approval.',
        outcome: 'The right to stay and work ends.',
      }),
    },
    expired: {
      type: 'final',
      meta: stateMeta({
        description: 'The right to stay and work has expired; the seasonal permit cannot be changed into another category.',
        phase: 'closed',
        rights: bothDenied(withoutPendingRenewal, withoutPendingRenewalAssumption),
        source: src('Renewal procedure', 'may not change the category of their residence permit after their seasonal worker residence permit expires'),
        outcome: 'The worker must leave; no change of permit category is possible.',
      }),
    },
    renewalRefused: {
      type: 'final',
      meta: stateMeta({
        description: 'The renewal was refused after the permit had expired: the stay allowed while waiting ends with the decision.',
        phase: 'closed',
        rights: bothDenied(src('Renewal procedure', 'until the Minister for Immigration has made a decision concerning their application')),
        source: src('Renewal procedure', 'until the Minister for Immigration has made a decision concerning their application'),
        outcome: 'The right to stay ends with the decision.',
      }),
    },
    stayCapReached: {
      type: 'final',
      meta: stateMeta({
        description: 'The 5-in-12 months cap is reached while the renewal is pending: the stay may not continue.',
        phase: 'closed',
        rights: bothDenied(src('Renewal procedure', 'provided that the maximum period of 5 months over a total period of 12 months has not yet been attained')),
        source: src('Renewal procedure', 'provided that the maximum period of 5 months over a total period of 12 months has not yet been attained'),
        outcome: 'The worker must leave.',
      }),
    },
    revoked: {
      type: 'final',
      meta: stateMeta({
        description: 'The authorisation or permit was revoked because of the employer; the employer owes the worker compensation.',
        phase: 'closed',
        rights: bothDenied(src('Revocation of the temporary authorisation to stay or the residence permit', 'The temporary authorisation to stay and the residence permit issued to the third-country national may be revoked')),
        source: src('Revocation of the temporary authorisation to stay or the residence permit', 'the employer will be required to pay compensation to the seasonal worker'),
        outcome: 'The employer must pay the salaries the contract provided for the rest of its period.',
      }),
    },
  },
});

function withoutDeadlinesCtx(context: SeasonalWorkerContext, ...ids: string[]): SeasonalWorkerContext {
  return { ...context, deadlines: withoutDeadlines(context, ...ids) };
}
