/**
 * The ancillary work permit for holders of a "private reasons" residence
 * permit (seed 002_023e4c502a131ddc.txt) as a state machine: who is concerned
 * (and who needs no permit), the vacancy declaration to ADEM without a labour
 * market test, the application with its checklist, the 3-month answer period,
 * biometrics and card pickup, the validity caps (one profession in one sector
 * for the first year, any sector from the first renewal, never beyond the
 * residence permit), the two renewal scenarios, and the end of the work permit
 * with the residence permit.
 *
 * Figures come from `src/law`; dates from `src/calendar`. Every state declares
 * its rights and source in `meta`, so it can be read against the page.
 */
import { and, assertEvent, assign, setup } from 'xstate';
import { addMonths, addWorkingDays, deadlineAfter, isAfter, type IsoDate } from '../../src/calendar';
import { missingItems } from '../../src/case/checklist';
import { fulfilObligation, hasDeadlinePassed, initialCaseContext, isWithinDeadlineWindow, withDeadline, withDocuments, withoutDeadlines, type MachineInput } from '../../src/case/context';
import { decisionPeriod } from '../../src/case/decision';
import { passportUpdate, withoutExpiredPassport } from '../../src/case/passport';
import { documentStepActions, employerNotificationSteps } from '../../src/case/steps';
import { denied, granted, notDecidedHere, undetermined, type RightsDeclaration } from '../../src/case/rights';
import type { StateMeta, TransitionMeta } from '../../src/case/types';
import { ancillaryWorkPermitLaw as law } from '../../src/law/ancillary-work-permit';
import type { SourceRef } from '../../src/law/types';
import type { AncillaryWorkPermitContext } from './context';
import { ancillaryWorkPermitDocuments as documents } from './documents';
import type { AncillaryWorkPermitEvent } from './events';
import { ancillaryWorkPermitFactsSchema } from './facts';
import { expiresWithResidencePermit, firstValidity, renewalValidity } from './validity';

const file = '002_023e4c502a131ddc.txt' as const;
/** What a permit from the first renewal on is bound to. */
const anySectorOrProfession = { profession: 'any', sector: 'any' } as const;

const src = (section: string, quote: string): SourceRef => ({ file, section, quote });
const stateMeta = (meta: StateMeta): StateMeta => meta;
const edge = (meta: TransitionMeta): TransitionMeta => meta;

const residencePermitRequired = src('Who is concerned?', 'Third-country nationals must hold a valid residence permit for "private reasons".');
const notBeyondResidencePermit = law.ancillaryInitialValidityMaxYears.source;
const mainActivitySource = src('Who is concerned?', 'who wish to carry out paid employment as their main activity must apply for a salaried worker residence permit');
const employerDutiesSection = 'Procedures specific to the employer';
const workPermitRequired = src('Who is concerned?', 'A work permit is required for all third-country nationals');
const renewalConditions = src('Validity and renewal of work permits', 'provided that all the eligibility requirements are still met');
const noLongerAncillary =
  'The page renews a work permit only "provided that all the eligibility requirements are still met", and paid employment as the main activity "must apply for a salaried worker residence permit": once the activity has become the main one, a renewal cannot be granted on the ancillary basis. The application is recorded; the current work permit is not shortened and runs until its last day.';
const renewalStartsNextDay =
  'The page does not say when a renewal starts: it is taken to start the day after the previous work permit ends (so that periods neither overlap nor leave a gap), or on the day of the decision when that is later; its length is counted from that first day.';

/** The documents an application brings on `at`, the copy of a passport expired by then left out. */
function suppliedWithValidPassport(context: AncillaryWorkPermitContext, event: { at: IsoDate; documents?: string[] | undefined; passportExpiresOn?: IsoDate | undefined }): string[] {
  return withoutExpiredPassport({ ...context, ...passportUpdate(event) }, event.at, withDocuments(context.documents, event.documents), ['passportCopy']);
}

/**
 * Residence is never decided by this procedure: in every state it rests on the
 * "private reasons" residence permit the work permit depends on, whose end
 * date the case keeps.
 */
const privateReasonsPermit = 'the residence permit for "private reasons"';
const resideOnPrivateReasonsPermit = notDecidedHere(
  privateReasonsPermit,
  {
    source: residencePermitRequired,
    assumption: 'This procedure grants a work permit only; the right to reside is that of the residence permit for private reasons, whose period of validity "is not affected by the issuance of a work permit".',
  },
  (context) => (context as AncillaryWorkPermitContext).residencePermitValidUntil,
);
/** Before the grant: no work without the work permit ("A work permit is required"). */
const beforeGrant: RightsDeclaration = {
  reside: resideOnPrivateReasonsPermit,
  work: denied({
    source: workPermitRequired,
    assumption: 'The salaried activity may start only once the work permit is granted (the contract "will not take effect until the work permit has been obtained").',
  }),
};
/** While the work permit runs. */
const holdingPermit: RightsDeclaration = { reside: resideOnPrivateReasonsPermit, work: granted() };
/** Closed states where the work permit is not, or no longer, held. */
const noWorkPermit = (work: Parameters<typeof denied>[0]): RightsDeclaration => ({ reside: resideOnPrivateReasonsPermit, work: denied(work) });

/** The renewal a `renewal.granted` event would give, or `null` when it cannot be granted. */
function renewalOf(context: AncillaryWorkPermitContext, event: AncillaryWorkPermitEvent): ReturnType<typeof renewalValidity> {
  return event.type === 'renewal.granted' ? renewalValidity(context, event) : null;
}

/** The residence permit's own events and lapse, in every state before an outcome. */
const residencePermitUpdates = {
  'residencePermit.renewed': {
    guard: 'isLaterResidencePermitEnd',
    actions: 'updateResidencePermit',
    meta: edge({ source: residencePermitRequired, description: 'The residence permit for private reasons was renewed or extended: the new end date is recorded.' }),
  },
  'residencePermit.ended': {
    target: '#ancillaryWorkPermit.residencePermitEnded',
    actions: 'closeAllDeadlines',
    meta: edge({ source: residencePermitRequired, assumption: 'The page requires a valid residence permit for private reasons and never lets the work permit run beyond it; its withdrawal or early end is taken to end the work permit the same day.' }),
  },
} as const;

const residencePermitLapse = {
  guard: 'isResidencePermitOver',
  target: '#ancillaryWorkPermit.residencePermitExpired',
  actions: 'closeAllDeadlines',
  meta: edge({ source: notBeyondResidencePermit }),
} as const;

const workPermitLapse = {
  guard: 'isWorkPermitOver',
  target: '#ancillaryWorkPermit.workPermitExpired',
  actions: 'closeAllDeadlines',
  meta: edge({ source: law.ancillaryInitialValidityMaxYears.source }),
} as const;

/** Before a work permit is granted: a main activity belongs to the salaried procedure. */
const becomesMainBeforeGrant = {
  'activity.becameMain': {
    target: '#ancillaryWorkPermit.salariedProcedureRequired',
    actions: 'closeAllDeadlines',
    meta: edge({ source: mainActivitySource }),
  },
} as const;

/** While a work permit is held: obligations of the employer and the residence permit's own events. */
const permitDuties = {
  ...employerNotificationSteps({
    startGuard: 'hasNoOpenNotification',
    source: law.ancillaryEmployerNotificationWorkingDays.source,
    startAssumption:
      'The employer must see the residence permit before the working relationship begins and keep a copy for the whole contract; the page gives no consequence of its own for either duty (its sanctions concern employing a worker without a valid authorisation), so a start of work without them is recorded as a breach of the employer on that day.',
    notifiedSource: src(employerDutiesSection, 'The employer must notify the beginning of the working relationship to the Immigration Directorate in writing'),
  }),
  ...residencePermitUpdates,
} as const;

/** While a work permit is held and the activity may still be ancillary: the duties, and the pointer to the salaried procedure. */
const whileHoldingPermit = {
  ...permitDuties,
  'activity.becameMain': {
    guard: 'isActivityStillAncillary',
    actions: 'recordMainActivity',
    meta: edge({
      source: mainActivitySource,
      assumption: 'The page says a main activity needs a salaried worker residence permit but not that the ancillary work permit ends; it is kept until it ends, and the status points to the salaried procedure.',
    }),
  },
} as const;

/**
 * Applying for the renewal in the 2 months before the work permit expires:
 * possible as soon as the permit runs, before the card is collected too.
 */
const renewalApplication = {
  'renewal.applied': [
    {
      guard: and(['isWithinRenewalWindow', 'isMainActivityNow']),
      target: '#ancillaryWorkPermit.permitValidNotRenewable',
      actions: 'recordRenewalApplication',
      meta: edge({ source: renewalConditions, assumption: noLongerAncillary }),
    },
    {
      guard: and(['isWithinRenewalWindow', 'hasCompleteRenewalApplication']),
      target: '#ancillaryWorkPermit.renewalPending',
      actions: 'recordRenewalApplication',
      meta: edge({
        source: law.ancillaryRenewalWindowMonths.source,
        assumption:
          'An application without any proof of actual work is not barred: the page gives the consequence of not proving work, a renewal "for a maximum duration of one year", so it is examined like any other and limited to that maximum.',
      }),
    },
    {
      guard: 'isWithinRenewalWindow',
      actions: 'recordRenewalDocuments',
      meta: edge({
        source: src('Supporting documents', 'The application for renewal must be accompanied by the following documents'),
        assumption:
          'An incomplete renewal application is returned like a first application ("Only complete applications will be processed"); the documents it brought are kept, except the copy of a passport that has expired by the day of the application, which is not the copy of a "valid passport".',
      }),
    },
  ],
} as const;

/** The card steps of a first grant, still recorded when the renewal was applied for before the card was collected. */
const cardSteps = {
  'biometrics.taken': {
    meta: edge({ source: src('Issuance of a residence permit including a work permit', 'in order to have their photograph and fingerprints taken') }),
  },
  'residencePermit.collected': {
    meta: edge({ source: src('Issuance of a residence permit including a work permit', 'the applicant can pick up the residence permit in person at the Immigration Directorate, by appointment') }),
  },
} as const;

const cardEvents = {
  'residencePermitCard.lost': {
    guard: 'hasCard',
    actions: 'recordCardLost',
    meta: edge({ source: src('Loss, theft or damage to the residence permit', 'a specific procedure needs to be followed') }),
  },
  'residencePermitCard.replaced': {
    guard: 'hasLostCard',
    actions: 'recordCardReplaced',
    meta: edge({ source: src('Loss, theft or damage to the residence permit', 'a specific procedure needs to be followed'), assumption: 'The page does not describe the replacement; the host reports it when the new card is collected.' }),
  },
} as const;

const applicationHandling = {
  'documents.supplied': { actions: 'recordDocuments' },
  'application.submitted': [
    {
      guard: 'hasCompleteApplication',
      target: '#ancillaryWorkPermit.awaitingDecision',
      actions: 'startDecisionPeriod',
      meta: edge({ source: src('Work permit application', 'Only complete applications will be processed') }),
    },
    {
      target: '#ancillaryWorkPermit.applicationReturned',
      actions: 'recordReturnedApplication',
      meta: edge({
        source: src('Work permit application', 'Incomplete applications will be returned to the applicant'),
        assumption: 'The application needs "a copy of their valid passport": the copy of a passport that has expired by the day of the application does not count, and an application without it is incomplete and returned.',
      }),
    },
  ],
  ...becomesMainBeforeGrant,
  ...residencePermitUpdates,
  'clock.advanced': residencePermitLapse,
} as const;

const renewalDecision = {
  'renewal.granted': [
    {
      guard: and(['canGrantRenewal', 'isRenewalEndingWithResidencePermit']),
      target: '#ancillaryWorkPermit.workPermitValid.expiresWithResidencePermit',
      actions: 'renewWorkPermit',
      meta: edge({ source: law.ancillaryRenewalValidityMaxYears.source, assumption: renewalStartsNextDay }),
    },
    {
      guard: 'canGrantRenewal',
      target: '#ancillaryWorkPermit.workPermitValid.residencePermitRemainsValid',
      actions: 'renewWorkPermit',
      meta: edge({ source: law.ancillaryRenewalValidityMaxYears.source, assumption: renewalStartsNextDay }),
    },
  ],
} as const;

/** The authority's express answers, in time or after the deemed rejection. */
const expressDecisions = {
  'workPermit.granted': {
    guard: 'isGrantPossible',
    target: '#ancillaryWorkPermit.awaitingBiometrics',
    actions: 'startWorkPermit',
    meta: edge({
      source: src('Work permit validity period', 'A work permit is valid from the date on which the application was approved'),
      assumption: 'A validity date given by the decision is kept when shorter, and cut to the legal maximum and to the residence permit when longer.',
    }),
  },
  'workPermit.refused': {
    target: '#ancillaryWorkPermit.workPermitRefused',
    actions: 'closeAllDeadlines',
    meta: edge({ source: src('Work permit application', 'When the application is approved'), assumption: 'The page describes approval and silence only; an express refusal ends the application.' }),
  },
} as const;

/** The 3-month answer period; silence counts as a rejection, and a late express decision is still recorded. */
const decisionStates = decisionPeriod({
  machineId: 'ancillaryWorkPermit',
  awaiting: stateMeta({
    description: 'The Immigration Directorate examines the complete application; no answer within the period means rejection.',
    phase: 'application',
    rights: beforeGrant,
    source: law.ancillaryDecisionPeriodMonths.source,
  }),
  decisions: expressDecisions,
  whileAwaiting: { ...becomesMainBeforeGrant, ...residencePermitUpdates },
  earlierLapses: [residencePermitLapse],
  deemed: {
    guard: 'isDecisionPeriodOver',
    actions: 'closeDecisionPeriod',
    source: law.ancillaryDecisionPeriodMonths.source,
    description: 'No answer within the processing period: the application has been rejected.',
    outcome: 'The application is deemed rejected.',
    // The rejection denies the work permit only: residence stays with the "private reasons" residence permit, as in every state of this procedure.
    rights: { reside: resideOnPrivateReasonsPermit, work: denied({ source: law.ancillaryDecisionPeriodMonths.source }) },
  },
});


/**
 * The ancillary work permit machine. Input: the opening date and validated facts.
 *
 * @example
 * ```ts
 * import { createActor } from 'xstate';
 * const facts = ancillaryWorkPermitFactsSchema.parse({ residencePermitValidUntil: '2027-09-30' });
 * const actor = createActor(ancillaryWorkPermitMachine, { input: { at: '2026-01-12', facts } });
 * actor.start();
 * actor.send({ type: 'vacancy.declared', at: '2026-01-12' });
 * ```
 * @category Procedures
 */
export const ancillaryWorkPermitMachine = setup({
  types: {
    context: {} as AncillaryWorkPermitContext,
    events: {} as AncillaryWorkPermitEvent,
    input: {} as MachineInput<typeof ancillaryWorkPermitFactsSchema>,
  },
  guards: {
    isFamilyMemberOfResidentEuCitizen: ({ context }) => context.facts.familyMemberOfResidentEuCitizen,
    isMainActivity: ({ context }) => context.facts.employmentIsMainActivity,
    lacksPrivateReasonsResidencePermit: ({ context }) => context.facts.residencePermitCategory !== 'privateReasons',
    hasCompleteApplication: ({ context, event }) => {
      assertEvent(event, 'application.submitted');
      return missingItems(documents.workPermitApplication, { ...context, lastEventAt: event.at }, suppliedWithValidPassport(context, event)).length === 0;
    },
    isDecisionPeriodOver: ({ context, event }) => hasDeadlinePassed(context, 'decision', event.at),
    isGrantPossible: ({ context, event }) => {
      assertEvent(event, 'workPermit.granted');
      return firstValidity(context, event.at, event.validUntil) !== null;
    },
    isResidencePermitOver: ({ context, event }) => hasDeadlinePassed(context, 'residencePermitExpiry', event.at),
    isWorkPermitOver: ({ context, event }) => hasDeadlinePassed(context, 'workPermitExpiry', event.at),
    isLaterResidencePermitEnd: ({ context, event }) => {
      assertEvent(event, 'residencePermit.renewed');
      return isAfter(event.validUntil, context.residencePermitValidUntil);
    },
    isEndingWithResidencePermit: ({ context }) => expiresWithResidencePermit(context),
    hasNoOpenNotification: ({ context }) => context.deadlines.employerNotification === undefined,
    isEmployerNotificationOpen: ({ context }) => context.deadlines.employerNotification !== undefined,
    isActivityStillAncillary: ({ context }) => context.mainActivitySince === null,
    isMainActivityNow: ({ context }) => context.mainActivitySince !== null,
    hasCard: ({ context }) => context.cardLostOn === null,
    hasLostCard: ({ context }) => context.cardLostOn !== null,
    isFirstPermit: ({ context }) => context.renewals === 0,
    isWithinRenewalWindow: ({ context, event }) => isWithinDeadlineWindow(context, 'renewalApplication', event.at),
    hasCompleteRenewalApplication: ({ context, event }) => {
      assertEvent(event, 'renewal.applied');
      const step = expiresWithResidencePermit(context) ? documents.renewalWithResidencePermit : documents.renewalWhileResidencePermitValid;
      return missingItems(step, { ...context, lastEventAt: event.at }, suppliedWithValidPassport(context, event)).length === 0;
    },
    canGrantRenewal: ({ context, event }) => renewalOf(context, event) !== null,
    isRenewalEndingWithResidencePermit: ({ context, event }) => {
      const renewed = renewalOf(context, event);
      return renewed !== null && renewed.validity.to === renewed.residencePermitValidUntil;
    },
  },
  actions: {
    ...documentStepActions<AncillaryWorkPermitContext, AncillaryWorkPermitEvent>(),
    recordVacancyDeclaration: assign(({ event }) => ({ vacancyDeclaredOn: event.at })),
    startDecisionPeriod: assign(({ context, event }) => {
      assertEvent(event, 'application.submitted');
      return {
        ...passportUpdate(event),
        submittedOn: event.at,
        employer: event.employer,
        requestedBinding: { profession: event.profession, sector: event.sector },
        documents: [],
        deadlines: withDeadline(context, 'decision', { due: deadlineAfter(event.at, { months: law.ancillaryDecisionPeriodMonths.value }) }),
      };
    }),
    startWorkPermit: assign(({ context, event }) => {
      assertEvent(event, 'workPermit.granted');
      const validity = firstValidity(context, event.at, event.validUntil)!;
      return {
        validity,
        binding: { profession: event.profession ?? context.requestedBinding?.profession, sector: event.sector ?? context.requestedBinding?.sector },
        deadlines: {
          ...withoutDeadlines(context, 'decision'),
          workPermitExpiry: { due: validity.to },
          renewalApplication: { opens: addMonths(validity.to, -law.ancillaryRenewalWindowMonths.value), due: validity.to },
        },
      };
    }),
    // The expired passport's copy is not recorded as supplied: the returned application lists it as missing.
    recordReturnedApplication: assign(({ context, event }) => {
      assertEvent(event, 'application.submitted');
      return { ...passportUpdate(event), documents: suppliedWithValidPassport(context, event) };
    }),
    clearDocuments: assign(() => ({ documents: [] })),
    updateResidencePermit: assign(({ context, event }) => {
      assertEvent(event, 'residencePermit.renewed');
      return {
        residencePermitValidUntil: event.validUntil,
        residencePermitRenewalPending: false,
        deadlines: withDeadline(context, 'residencePermitExpiry', { due: event.validUntil }),
      };
    }),
    recordWorkStart: assign(({ context, event }) => {
      assertEvent(event, 'work.started');
      const breaches = [...context.breaches];
      if (!event.residencePermitSeen) breaches.push({ deadline: 'employerSawResidencePermit', due: event.at, metOn: null });
      if (!event.copyKept) breaches.push({ deadline: 'employerKeptCopy', due: event.at, metOn: null });
      const notification = law.ancillaryEmployerNotificationWorkingDays;
      return {
        workStartedOn: event.at,
        employer: event.employer,
        breaches,
        deadlines: withDeadline(context, 'employerNotification', { due: addWorkingDays(event.at, notification.value, notification.workingDays) }),
      };
    }),
    recordEmployerNotification: assign(({ context, event }) => fulfilObligation(context, 'employerNotification', event.at)),
    recordMainActivity: assign(({ event }) => ({ mainActivitySince: event.at })),
    recordCardLost: assign(({ event }) => ({ cardLostOn: event.at })),
    recordCardReplaced: assign(() => ({ cardLostOn: null })),
    changeProfession: assign(({ event }) => {
      assertEvent(event, 'professionChange.authorised');
      return { binding: { profession: event.profession, sector: event.sector } };
    }),
    recordRenewalDocuments: assign(({ context, event }) => {
      assertEvent(event, 'renewal.applied');
      return { ...passportUpdate(event), documents: suppliedWithValidPassport(context, event) };
    }),
    recordRenewalApplication: assign(({ context, event }) => {
      assertEvent(event, 'renewal.applied');
      return {
        ...passportUpdate(event),
        pendingRenewal: { appliedOn: event.at, workProof: event.workProof, receivesUnemploymentBenefits: event.receivesUnemploymentBenefits },
        documents: suppliedWithValidPassport(context, event),
        deadlines: withoutDeadlines(context, 'renewalApplication'),
      };
    }),
    lapseWhileRenewalPending: assign(({ context, event }) => {
      const residencePermitAlsoOver = hasDeadlinePassed(context, 'residencePermitExpiry', event.at);
      return {
        residencePermitRenewalPending: residencePermitAlsoOver,
        deadlines: withoutDeadlines(context, 'workPermitExpiry', ...(residencePermitAlsoOver ? ['residencePermitExpiry'] : [])),
      };
    }),
    renewWorkPermit: assign(({ context, event }) => {
      const renewed = renewalOf(context, event)!;
      const { validity, residencePermitValidUntil } = renewed;
      return {
        pastValidities: [...context.pastValidities, context.validity!],
        validity,
        residencePermitValidUntil,
        residencePermitRenewalPending: false,
        renewals: context.renewals + 1,
        lastRenewalLimited: renewed.limited,
        pendingRenewal: null,
        binding: { ...anySectorOrProfession },
        documents: [],
        deadlines: {
          ...context.deadlines,
          residencePermitExpiry: { due: residencePermitValidUntil },
          workPermitExpiry: { due: validity.to },
          renewalApplication: { opens: addMonths(validity.to, -law.ancillaryRenewalWindowMonths.value), due: validity.to },
        },
      };
    }),
    dropPendingRenewal: assign(() => ({ pendingRenewal: null })),
    closeAllDeadlines: assign(() => ({ deadlines: {} })),
    closeDecisionPeriod: assign(({ context }) => ({ deadlines: withoutDeadlines(context, 'decision') })),
  },
}).createMachine({
  id: 'ancillaryWorkPermit',
  initial: 'vacancyToBeDeclared',
  context: ({ input }) => {
    const base = initialCaseContext(input, ancillaryWorkPermitFactsSchema);
    return {
      ...base,
      deadlines: { residencePermitExpiry: { due: base.facts.residencePermitValidUntil } },
      residencePermitValidUntil: base.facts.residencePermitValidUntil,
      vacancyDeclaredOn: null,
      submittedOn: null,
      employer: null,
      requestedBinding: null,
      renewals: 0,
      lastRenewalLimited: false,
      pendingRenewal: null,
      residencePermitRenewalPending: false,
      pastValidities: [],
      workStartedOn: null,
      mainActivitySince: null,
      cardLostOn: null,
    };
  },
  states: {
    vacancyToBeDeclared: {
      meta: stateMeta({
        description: 'Before hiring, the employer declares the vacancy to ADEM; there is no labour market test. Who is concerned is checked when the declaration is reported.',
        phase: 'preliminary',
        rights: beforeGrant,
        documents: 'workPermitApplication',
        source: src('Preliminary steps', 'all employers must make a vacancy declaration to the ADEM'),
        assumption: 'The person may reside on the residence permit for private reasons they hold while it is valid; this procedure grants no right to reside of its own.',
      }),
      on: {
        'documents.supplied': { actions: 'recordDocuments' },
        'vacancy.declared': [
          {
            guard: 'isFamilyMemberOfResidentEuCitizen',
            target: 'noPermitNeeded',
            actions: 'closeAllDeadlines',
            meta: edge({ source: src('Who is concerned?', 'do not need a work permit to carry out a paid activity') }),
          },
          { guard: 'isMainActivity', target: 'salariedProcedureRequired', actions: 'closeAllDeadlines', meta: edge({ source: mainActivitySource }) },
          { guard: 'lacksPrivateReasonsResidencePermit', target: 'notEligible', actions: 'closeAllDeadlines', meta: edge({ source: residencePermitRequired }) },
          {
            target: 'preparingApplication',
            actions: 'recordVacancyDeclaration',
            meta: edge({ source: src('Preliminary steps', 'Third-country nationals will not be subject to the labour market test') }),
          },
        ],
        ...becomesMainBeforeGrant,
        ...residencePermitUpdates,
        'clock.advanced': residencePermitLapse,
      },
    },
    preparingApplication: {
      meta: stateMeta({
        description: 'The person (or a mandated third party such as the employer) prepares the work permit application; the employer gives the proof of the vacancy declaration and signs the contract.',
        phase: 'application',
        rights: beforeGrant,
        documents: 'workPermitApplication',
        source: src('Preliminary steps', 'The employer must provide proof of the vacant position declaration to the third-country national'),
      }),
      on: applicationHandling,
    },
    applicationReturned: {
      meta: stateMeta({
        description: 'The application was incomplete and has been returned; it can be completed and filed again.',
        phase: 'application',
        rights: beforeGrant,
        documents: 'workPermitApplication',
        source: src('Work permit application', 'Incomplete applications will be returned to the applicant'),
      }),
      on: applicationHandling,
    },
    ...decisionStates,
    awaitingBiometrics: {
      meta: stateMeta({
        description:
          'The work permit is granted and valid from the approval; the person makes an appointment to have photograph and fingerprints taken (an ICAO-compliant photograph may be brought) for a new residence permit card that includes the work permit.',
        phase: 'workPermit',
        rights: holdingPermit,
        source: src('Issuance of a residence permit including a work permit', 'in order to have their photograph and fingerprints taken'),
        assumption: 'Work is allowed from the approval, since the work permit is valid from that date; the card only records it.',
      }),
      on: {
        'biometrics.taken': {
          target: 'awaitingCardPickup',
          meta: edge({ source: src('Issuance of a residence permit including a work permit', 'A few days after the biometric data have been collected') }),
        },
        ...renewalApplication,
        ...whileHoldingPermit,
        'clock.advanced': [residencePermitLapse, workPermitLapse],
      },
    },
    awaitingCardPickup: {
      meta: stateMeta({
        description: 'The new residence permit card with the work permit is being produced; the person picks it up in person, by appointment.',
        phase: 'workPermit',
        rights: holdingPermit,
        source: src('Issuance of a residence permit including a work permit', 'the applicant can pick up the residence permit in person at the Immigration Directorate, by appointment'),
      }),
      on: {
        'residencePermit.collected': [
          {
            guard: 'isEndingWithResidencePermit',
            target: 'workPermitValid.expiresWithResidencePermit',
            actions: 'clearDocuments',
            meta: edge({ source: src('Renewal procedure', 'either the work permit expires at the same time as the residence permit') }),
          },
          {
            target: 'workPermitValid.residencePermitRemainsValid',
            actions: 'clearDocuments',
            meta: edge({ source: src('Renewal procedure', 'or the work permit expires, but the residence permit remains valid') }),
          },
        ],
        ...renewalApplication,
        ...whileHoldingPermit,
        'clock.advanced': [residencePermitLapse, workPermitLapse],
      },
    },
    workPermitValid: {
      meta: stateMeta({
        description: 'The person holds the residence permit card with the work permit: the first permit for one profession (an ISCO-08 code) in one sector, whoever the employer; from the first renewal, any sector and profession.',
        phase: 'workPermit',
        rights: holdingPermit,
        source: src('Work permit validity period', 'for one profession only, whoever the employer is'),
        assumption: law.ancillaryIscoCodeDigits.assumption,
      }),
      initial: 'residencePermitRemainsValid',
      on: {
        'documents.supplied': { actions: 'recordDocuments' },
        ...renewalApplication,
        'professionChange.authorised': {
          guard: 'isFirstPermit',
          actions: 'changeProfession',
          meta: edge({ source: src('Work permit validity period', 'A change of sector and/or profession is only possible if authorised by the Minister of Immigration and Asylum') }),
        },
        ...whileHoldingPermit,
        ...cardEvents,
        'clock.advanced': [residencePermitLapse, workPermitLapse],
      },
      states: {
        expiresWithResidencePermit: {
          meta: stateMeta({
            description: 'The work permit ends on the same day as the residence permit: the renewal renews both, with proof of resources and, from 18, the criminal record extract.',
            phase: 'workPermit',
            rights: holdingPermit,
            documents: 'renewalWithResidencePermit',
            source: src('Renewal procedure', 'either the work permit expires at the same time as the residence permit'),
            assumption:
              'A renewal in this scenario renews the residence permit too, so its decision must give the new residence permit\'s last day; a renewal.granted without it is refused as invalid (the work permit can never run beyond the residence permit the case knows).',
          }),
          on: {
            'residencePermit.renewed': {
              guard: 'isLaterResidencePermitEnd',
              target: 'residencePermitRemainsValid',
              actions: 'updateResidencePermit',
              meta: edge({ source: src('Renewal procedure', 'or the work permit expires, but the residence permit remains valid') }),
            },
          },
        },
        residencePermitRemainsValid: {
          meta: stateMeta({
            description: 'The work permit ends before the residence permit: only the work permit is renewed.',
            phase: 'workPermit',
            rights: holdingPermit,
            documents: 'renewalWhileResidencePermitValid',
            source: src('Renewal procedure', 'or the work permit expires, but the residence permit remains valid'),
          }),
        },
      },
    },
    renewalPending: {
      meta: stateMeta({
        description: 'The renewal was applied for in time; the current work permit remains valid until its last day.',
        phase: 'renewal',
        rights: holdingPermit,
        source: src('Validity and renewal of work permits', 'The permit may be renewed on request provided that all the eligibility requirements are still met'),
      }),
      on: {
        ...renewalDecision,
        'renewal.refused': {
          target: 'permitValidRenewalRefused',
          actions: 'dropPendingRenewal',
          meta: edge({
            source: src('Validity and renewal of work permits', 'provided that all the eligibility requirements are still met'),
            assumption: 'The page does not describe a refusal; the current work permit is assumed to run until its last day.',
          }),
        },
        ...cardSteps,
        ...whileHoldingPermit,
        'activity.becameMain': {
          target: 'permitValidNotRenewable',
          actions: ['recordMainActivity', 'dropPendingRenewal'],
          meta: edge({ source: renewalConditions, assumption: noLongerAncillary }),
        },
        ...cardEvents,
        'clock.advanced': {
          guard: 'isWorkPermitOver',
          target: 'renewalPendingAfterExpiry',
          actions: 'lapseWhileRenewalPending',
          meta: edge({
            source: law.ancillaryRenewalWindowMonths.source,
            assumption: 'The page does not say what happens when the work permit expires before the renewal is decided; the application stays pending and the right to work is not assumed to continue.',
          }),
        },
      },
    },
    renewalPendingAfterExpiry: {
      meta: stateMeta({
        description: 'The work permit expired while its renewal was pending: the decision is awaited.',
        phase: 'renewal',
        rights: {
          reside: resideOnPrivateReasonsPermit,
          work: undetermined(
            'The page says nothing about work while a renewal applied for in time is still pending after the work permit expired; the status neither grants nor denies it.',
            law.ancillaryRenewalWindowMonths.source,
          ),
        },
        source: src('Renewal procedure', 'for the renewal of their residence permit within the 2 months prior to the expiry date of the work permit'),
        assumption:
          'The page says nothing about work or stay while a renewal filed in time is pending after expiry, so the status claims neither; when only the work permit expired, the residence permit for private reasons remains valid (see the notices).',
      }),
      on: {
        ...renewalDecision,
        'renewal.refused': {
          target: 'renewalRefused',
          actions: 'closeAllDeadlines',
          meta: edge({ source: src('Validity and renewal of work permits', 'provided that all the eligibility requirements are still met'), assumption: 'The page does not describe a refusal.' }),
        },
        'workStart.notified': permitDuties['workStart.notified'],
        'activity.becameMain': {
          target: 'salariedProcedureRequired',
          actions: ['recordMainActivity', 'closeAllDeadlines'],
          meta: edge({
            source: renewalConditions,
            assumption: 'The work permit has expired and the activity has become the main one: the pending renewal cannot be granted on the ancillary basis, and work now needs a salaried worker residence permit.',
          }),
        },
        ...residencePermitUpdates,
        'clock.advanced': residencePermitLapse,
      },
    },
    permitValidNotRenewable: {
      meta: stateMeta({
        description: 'The salaried activity has become the main activity: the work permit cannot be renewed on the ancillary basis and runs until its last day.',
        phase: 'renewal',
        rights: {
          reside: resideOnPrivateReasonsPermit,
          work: granted({
            afterValidity: notDecidedHere('the salaried worker residence permit', {
              source: mainActivitySource,
              assumption: 'The activity has become the main one, so the work permit is not renewed on the ancillary basis: once it ends, work needs a salaried worker residence permit.',
            }),
          }),
        },
        source: renewalConditions,
        assumption: noLongerAncillary,
      }),
      on: {
        ...permitDuties,
        ...cardEvents,
        'clock.advanced': [
          residencePermitLapse,
          {
            guard: 'isWorkPermitOver',
            target: 'salariedProcedureRequired',
            actions: 'closeAllDeadlines',
            meta: edge({ source: mainActivitySource, assumption: noLongerAncillary }),
          },
        ],
      },
    },
    permitValidRenewalRefused: {
      meta: stateMeta({
        description: 'The renewal was refused; the current work permit runs until its last day.',
        phase: 'renewal',
        rights: {
          reside: resideOnPrivateReasonsPermit,
          work: granted({
            afterValidity: denied({
              source: workPermitRequired,
              assumption: 'The renewal was refused: once the current work permit ends, no work permit is held.',
            }),
          }),
        },
        source: src('Validity and renewal of work permits', 'provided that all the eligibility requirements are still met'),
        assumption: 'The page does not describe a refusal; it is assumed not to shorten the permit already granted.',
      }),
      on: {
        ...whileHoldingPermit,
        ...cardEvents,
        'clock.advanced': [residencePermitLapse, workPermitLapse],
      },
    },
    noPermitNeeded: {
      type: 'final',
      meta: stateMeta({
        description: 'A family member of an EU citizen residing in Luxembourg needs no work permit to carry out a paid activity.',
        phase: 'closed',
        rights: {
          reside: resideOnPrivateReasonsPermit,
          work: notDecidedHere('EU free movement (no work permit needed)', { source: src('Who is concerned?', 'do not need a work permit to carry out a paid activity') }),
        },
        source: src('Who is concerned?', 'do not need a work permit to carry out a paid activity'),
        outcome: 'No work permit is needed: the person may take up the paid activity without one.',
      }),
    },
    salariedProcedureRequired: {
      type: 'final',
      meta: stateMeta({
        description: 'Paid employment as the main activity is not ancillary: it needs a salaried worker residence permit.',
        phase: 'closed',
        rights: {
          reside: resideOnPrivateReasonsPermit,
          work: notDecidedHere('the salaried worker residence permit', { source: mainActivitySource }),
        },
        source: mainActivitySource,
        outcome: 'Apply for a salaried worker residence permit (procedure salariedWorker) instead.',
      }),
    },
    notEligible: {
      type: 'final',
      meta: stateMeta({
        description: 'The ancillary work permit is for holders of a valid residence permit for "private reasons" only.',
        phase: 'closed',
        rights: {
          reside: notDecidedHere('the residence title the person holds (not one for "private reasons")', {
            source: residencePermitRequired,
            assumption: 'This procedure is for holders of a "private reasons" residence permit only; whatever the person holds decides their stay and work.',
          }),
          work: notDecidedHere('the residence title the person holds (not one for "private reasons")', {
            source: residencePermitRequired,
            assumption: 'This procedure is for holders of a "private reasons" residence permit only; whatever the person holds decides their stay and work.',
          }),
        },
        source: residencePermitRequired,
        outcome: 'This procedure does not apply; another procedure must be used.',
      }),
    },
    workPermitRefused: {
      type: 'final',
      meta: stateMeta({
        description: 'The Immigration Directorate refused the work permit.',
        phase: 'closed',
        rights: noWorkPermit({ source: workPermitRequired, assumption: 'The work permit was refused: the person holds none.' }),
        source: src('Work permit application', 'When the application is approved'),
        assumption: 'The page does not describe an express refusal.',
        outcome: 'The person may not carry out the salaried activity on this application.',
      }),
    },
    workPermitExpired: {
      type: 'final',
      meta: stateMeta({
        description: 'The work permit has expired without renewal; the residence permit for private reasons is not affected.',
        phase: 'closed',
        rights: noWorkPermit({ source: law.ancillaryInitialValidityMaxYears.source, assumption: 'The work permit ended on its last day without a renewal; a work permit is required to work.' }),
        source: src('Validity and renewal of work permits', 'Note that the period of validity of the "private reasons" residence permit is not affected by the issuance of a work permit.'),
        outcome: 'The person may no longer work; a new work permit application would be needed.',
      }),
    },
    residencePermitExpired: {
      type: 'final',
      meta: stateMeta({
        description: 'The residence permit for private reasons has expired; a work permit never runs beyond it.',
        phase: 'closed',
        rights: noWorkPermit({ source: notBeyondResidencePermit }),
        source: notBeyondResidencePermit,
        outcome: 'Any work permit ended with the residence permit.',
      }),
    },
    residencePermitEnded: {
      type: 'final',
      meta: stateMeta({
        description: 'The residence permit for private reasons was lost (withdrawn or ended early): the work permit that rests on it ends too.',
        phase: 'closed',
        rights: {
          reside: notDecidedHere(privateReasonsPermit, {
            source: residencePermitRequired,
            assumption: 'The residence permit for private reasons was reported withdrawn or ended early; what follows for the stay is decided under that permit, not here.',
          }),
          work: denied({ source: residencePermitRequired, assumption: 'The page requires a valid residence permit for private reasons; its loss is taken to end the work permit the same day.' }),
        },
        source: residencePermitRequired,
        assumption: 'The page requires a valid residence permit for private reasons; its loss is taken to end the work permit the same day.',
        outcome: 'The person may no longer work on this work permit.',
      }),
    },
    renewalRefused: {
      type: 'final',
      meta: stateMeta({
        description: 'The renewal was refused after the work permit had expired.',
        phase: 'closed',
        rights: noWorkPermit({ source: renewalConditions, assumption: 'The renewal was refused after the work permit had expired: no work permit is held.' }),
        source: src('Validity and renewal of work permits', 'provided that all the eligibility requirements are still met'),
        assumption: 'The page does not describe a refusal.',
        outcome: 'The person may no longer work.',
      }),
    },
  },
});
