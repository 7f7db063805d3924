/**
 * The temporary work permit (autorisation d'occupation temporaire, AOT) for
 * applicants for international protection (seed 000_8062ab018996c2b5.txt), as
 * a state machine: the waiting period after the protection application, the
 * employer's application to ADEM, the minister's decision, the permit valid
 * for one employer and one profession, renewals, its ends (expiry, end of
 * employment, final rejection or cancellation of the protection application),
 * withdrawal, and the student-job exemption for unaccompanied minors.
 *
 * Figures come from `src/law`, dates from `src/calendar`. Every state declares
 * its rights and source in `meta`, so it can be read against the page.
 */
import { and, assertEvent, assign, setup } from 'xstate';
import { addDays, isOnOrAfter, lastDayOfPeriod, type IsoDate } from '../../src/calendar';
import { missingItems } from '../../src/case/checklist';
import { hasDeadlinePassed, initialCaseContext, withDeadline, withDocuments, withoutDeadlines, type MachineInput } from '../../src/case/context';
import { documentStepActions } from '../../src/case/steps';
import { denied, granted, notDecidedHere, type RightDeclaration, type RightsDeclaration } from '../../src/case/rights';
import type { StateMeta, TransitionMeta } from '../../src/case/types';
import { protectionApplicantWorkPermitLaw as law, type SourceRef } from '../../src/law';
import type { ProtectionApplicantWorkPermitContext } from './context';
import { protectionApplicantWorkPermitDocuments as documents } from './documents';
import type { ProtectionApplicantWorkPermitEvent } from './events';
import { protectionApplicantWorkPermitFactsSchema } from './facts';
import { protectionAotEndings as endings } from './grounds';
import { earliestAotApplicationOn } from './waiting-period';

const file = '000_8062ab018996c2b5.txt' as const;
const intro = 'Work for applicants for international protection';
const validitySection = 'Permit validity and renewal';
const src = (section: string, quote: string): SourceRef => ({ file, section, quote });
/** The page is about applicants whose protection application is still being processed. */
const applicantsOnly = endings.protectionGranted.source;
const stateMeta = (meta: StateMeta): StateMeta => meta;
const edge = (meta: TransitionMeta): TransitionMeta => meta;

/**
 * Residence is never decided by the AOT ("does not entitle the holder to a
 * residence permit"): while the protection application is processed, the
 * applicant's stay rests on that application.
 */
const noResidencePermit = src(intro, 'The granting of an AOT does not entitle the holder to a residence permit');
const resideAsApplicant = notDecidedHere('the pending application for international protection', {
  source: noResidencePermit,
  assumption: 'The stay of an applicant while the protection application is examined rests on asylum law, which this page does not describe.',
});
/** Work without an AOT: the page lets applicants work only through the permit ("may apply to work temporarily in certain specific cases"). */
const noWorkWithoutPermit = (assumption: string, source: SourceRef = src(intro, 'may apply to work temporarily in certain specific cases')): RightDeclaration =>
  denied({ source, assumption });
const beforePermit: RightsDeclaration = {
  reside: resideAsApplicant,
  work: noWorkWithoutPermit('An applicant may work only once an AOT (or, for an unaccompanied minor, the student-job exemption) is granted.'),
};
const holdingPermit: RightsDeclaration = { reside: resideAsApplicant, work: granted() };
/** A closed state where the AOT is not, or no longer, held; the protection application still decides the stay. */
const closedWithoutPermit = (source: SourceRef, assumption?: string): RightsDeclaration => ({
  reside: resideAsApplicant,
  work: denied({ source, ...(assumption ? { assumption } : {}) }),
});

/** A validity of the legal length starting on `from`. */
function validityFrom(from: IsoDate): { from: IsoDate; to: IsoDate } {
  return { from, to: lastDayOfPeriod(from, { months: law.protectionAotValidityMonths.value }) };
}

/** What a protection decision does before any permit is held. */
const protectionOutcomesBeforePermit = {
  'protection.rejectedAtFirstInstance': [
    {
      guard: 'isUnaccompaniedMinor',
      actions: 'recordFirstInstanceDecision',
      meta: edge({
        source: src('Who is concerned', 'if a decision on the application for international protection has not yet been taken by the Minister responsible for asylum'),
        assumption: 'The condition is stated for the application to ADEM; the page does not apply it to the student-job exemption, which stays open to an unaccompanied minor.',
      }),
    },
    {
      target: '#protectionApplicantWorkPermit.notEligible',
      actions: ['recordFirstInstanceDecision', 'closeAllDeadlines'],
      meta: edge({ source: src('Who is concerned', 'if a decision on the application for international protection has not yet been taken by the Minister responsible for asylum') }),
    },
  ],
  'protection.granted': {
    target: '#protectionApplicantWorkPermit.protectionGranted',
    actions: 'closeAllDeadlines',
    meta: edge({ source: applicantsOnly, assumption: 'A person granted protection is no longer an applicant; the page does not cover them, so this procedure ends.' }),
  },
  'protection.definitivelyRejected': {
    target: '#protectionApplicantWorkPermit.protectionApplicationClosed',
    actions: 'closeAllDeadlines',
    meta: edge({ source: applicantsOnly, assumption: 'The page only covers applicants whose protection application is still being processed.' }),
  },
  'protection.cancelled': {
    target: '#protectionApplicantWorkPermit.protectionApplicationClosed',
    actions: 'closeAllDeadlines',
    meta: edge({ source: applicantsOnly, assumption: 'The page only covers applicants whose protection application is still being processed.' }),
  },
} as const;

/** A first-instance decision taken once the AOT has been applied for or granted changes nothing until it is final. */
const firstInstanceRejectionRecorded = {
  'protection.rejectedAtFirstInstance': {
    actions: 'recordFirstInstanceDecision',
    meta: edge({
      source: endings.protectionApplicationClosed.source,
      assumption: 'The page ends the permit only on a definitive rejection; a first-instance rejection (open to appeal) is recorded and only blocks renewals.',
    }),
  },
} as const;

/** How a granted permit stops: end of employment, protection outcome, withdrawal. */
const endsOfPermit = {
  'employment.ended': {
    target: '#protectionApplicantWorkPermit.employmentEnded',
    actions: 'recordEndOfEmployment',
    meta: edge({ source: endings.employmentEnded.source }),
  },
  'protection.definitivelyRejected': {
    target: '#protectionApplicantWorkPermit.protectionApplicationClosed',
    actions: 'recordProtectionClosed',
    meta: edge({ source: endings.protectionApplicationClosed.source }),
  },
  'protection.cancelled': {
    target: '#protectionApplicantWorkPermit.protectionApplicationClosed',
    actions: 'recordProtectionClosed',
    meta: edge({ source: endings.protectionApplicationClosed.source }),
  },
  'protection.granted': {
    target: '#protectionApplicantWorkPermit.protectionGranted',
    actions: 'recordProtectionGranted',
    meta: edge({ source: endings.protectionGranted.source, assumption: 'A person granted protection is no longer an applicant; the page does not say what becomes of the AOT, so this procedure ends.' }),
  },
  'permit.withdrawn': {
    target: '#protectionApplicantWorkPermit.withdrawn',
    actions: 'recordWithdrawal',
    meta: edge({ source: endings.withdrawn.source }),
  },
  ...firstInstanceRejectionRecorded,
} as const;

const expiry = {
  guard: 'isValidityOver',
  target: '#protectionApplicantWorkPermit.expired',
  actions: 'recordExpiry',
  meta: edge({ source: endings.expired.source }),
} as const;

const preparation = {
  'documents.supplied': { actions: 'recordDocuments' },
  'vacancy.declared': {
    guard: 'hasNoVacancyDeclared',
    actions: 'recordVacancy',
    meta: edge({ source: src('Temporary work permit application', 'employers must declare the vacant position to the National Employment Agency') }),
  },
  'studentJobExemption.requested': {
    guard: and(['isUnaccompaniedMinor', 'hasStudentJobContract']),
    target: '#protectionApplicantWorkPermit.studentJobExemptionRequested',
    actions: 'recordStudentJobRequest',
    meta: edge({
      source: src('Who is concerned', "The exemption can be requested from the General Department of immigration where the 'student job' contract must be presented"),
      assumption: 'The page does not say what the exemption waives; the library assumes it replaces the ADEM application and its waiting period, so it can be requested at any time.',
    }),
  },
  ...protectionOutcomesBeforePermit,
} as const;

/**
 * The AOT machine. Input: the opening date and validated facts.
 *
 * @example
 * ```ts
 * import { createActor } from 'xstate';
 * const actor = createActor(protectionApplicantWorkPermitMachine, {
 *   input: { at: '2026-01-05', facts: protectionApplicantWorkPermitFactsSchema.parse({}) },
 * });
 * actor.start();
 * actor.send({ type: 'vacancy.declared', at: '2026-01-05' });
 * ```
 * @category Procedures
 */
export const protectionApplicantWorkPermitMachine = setup({
  types: {
    context: {} as ProtectionApplicantWorkPermitContext,
    events: {} as ProtectionApplicantWorkPermitEvent,
    input: {} as MachineInput<typeof protectionApplicantWorkPermitFactsSchema>,
  },
  guards: {
    isWaitingPeriodOver: ({ context, event }) => hasDeadlinePassed(context, 'waitingPeriod', event.at),
    hasWaitingPeriodElapsed: ({ context, event }) => {
      const earliest = earliestAotApplicationOn(context.protectionAppliedOn);
      return earliest !== null && isOnOrAfter(event.at, earliest);
    },
    hasNoFirstInstanceDecision: ({ context }) => context.firstInstanceDecisionOn === null,
    isDelayCausedByApplicant: ({ context }) => context.facts.delayCausedByApplicant,
    isVacancyDeclared: ({ context }) => context.vacancyDeclaredOn !== null,
    hasNoVacancyDeclared: ({ context }) => context.vacancyDeclaredOn === null,
    hasCompleteApplication: ({ context, event }) => {
      assertEvent(event, 'application.submitted');
      return missingItems(documents.aotApplication, context, withDocuments(context.documents, event.documents)).length === 0;
    },
    isUnaccompaniedMinor: ({ context }) => context.facts.unaccompaniedMinor,
    hasStudentJobContract: ({ context, event }) => {
      assertEvent(event, 'studentJobExemption.requested');
      return missingItems(documents.studentJobExemptionRequest, context, withDocuments(context.documents, event.documents)).length === 0;
    },
    areRenewalConditionsMet: ({ context }) => context.route === 'studentJobExemption' || context.firstInstanceDecisionOn === null,
    isValidityOver: ({ context, event }) => hasDeadlinePassed(context, 'validityEnd', event.at),
  },
  actions: {
    ...documentStepActions<ProtectionApplicantWorkPermitContext, ProtectionApplicantWorkPermitEvent>(),
    closeWaitingPeriod: assign(({ context }) => ({ deadlines: withoutDeadlines(context, 'waitingPeriod') })),
    closeAllDeadlines: assign(() => ({ deadlines: {} })),
    recordVacancy: assign(({ event }) => ({ vacancyDeclaredOn: event.at })),
    recordFirstInstanceDecision: assign(({ event }) => ({ firstInstanceDecisionOn: event.at })),
    recordApplication: assign(({ event }) => {
      assertEvent(event, 'application.submitted');
      return { route: 'adem' as const, submittedOn: event.at, documents: [], binding: { employer: event.employer, profession: event.profession } };
    }),
    recordStudentJobRequest: assign(({ event }) => {
      assertEvent(event, 'studentJobExemption.requested');
      return { route: 'studentJobExemption' as const, submittedOn: event.at, documents: [], deadlines: {}, binding: { employer: event.employer, profession: 'student job' } };
    }),
    startValidity: assign(({ context, event }) => {
      const validity = validityFrom(event.at);
      return { validity, deadlines: withDeadline(context, 'validityEnd', { due: validity.to }) };
    }),
    renewValidity: assign(({ context }) => {
      const previous = context.validity!;
      const validity = validityFrom(addDays(previous.to, 1));
      return {
        pastValidities: [...context.pastValidities, previous],
        validity,
        renewals: context.renewals + 1,
        deadlines: withDeadline(context, 'validityEnd', { due: validity.to }),
      };
    }),
    renewAfterExpiry: assign(({ context, event }) => {
      const validity = validityFrom(event.at);
      return {
        pastValidities: [...context.pastValidities, context.validity!],
        validity,
        renewals: context.renewals + 1,
        ending: null,
        deadlines: withDeadline(context, 'validityEnd', { due: validity.to }),
      };
    }),
    recordExpiry: assign(({ context }) => ({
      ending: { reason: 'expired' as const, on: addDays(context.validity!.to, 1) },
      contractTerminatedOn: context.validity!.to,
      deadlines: {},
    })),
    recordEndOfEmployment: assign(({ event }) => ({ ending: { reason: 'employmentEnded' as const, on: event.at }, deadlines: {} })),
    recordProtectionClosed: assign(({ event }) => ({ ending: { reason: 'protectionApplicationClosed' as const, on: event.at }, deadlines: {} })),
    recordProtectionGranted: assign(({ event }) => ({ ending: { reason: 'protectionGranted' as const, on: event.at }, deadlines: {} })),
    recordWithdrawal: assign(({ event }) => {
      assertEvent(event, 'permit.withdrawn');
      return {
        withdrawal: { ground: event.ground, on: event.at },
        ending: { reason: 'withdrawn' as const, on: event.at },
        contractTerminatedOn: event.at,
        deadlines: {},
      };
    }),
  },
}).createMachine({
  id: 'protectionApplicantWorkPermit',
  initial: 'waitingPeriodRunning',
  context: ({ input }) => {
    const base = initialCaseContext(input, protectionApplicantWorkPermitFactsSchema);
    const protectionAppliedOn = base.facts.protectionApplicationSubmittedOn ?? input.at;
    const earliest = earliestAotApplicationOn(protectionAppliedOn);
    return {
      ...base,
      deadlines: earliest === null ? {} : withDeadline(base, 'waitingPeriod', { due: addDays(earliest, -1) }),
      protectionAppliedOn,
      earliestApplicationOn: earliest,
      vacancyDeclaredOn: null,
      firstInstanceDecisionOn: null,
      route: null,
      submittedOn: null,
      pastValidities: [],
      renewals: 0,
      withdrawal: null,
      ending: null,
      contractTerminatedOn: null,
    };
  },
  states: {
    waitingPeriodRunning: {
      meta: stateMeta({
        description: 'The protection application is being processed; an AOT application may only be filed once the waiting period after it has run (see the waitingPeriod deadline). The employer can declare the vacancy and gather the documents meanwhile.',
        phase: 'waiting',
        rights: beforePermit,
        documents: 'aotApplication',
        source: law.protectionAotWaitingPeriodMonths.source,
              }),
      on: {
        ...preparation,
        'clock.advanced': {
          guard: 'isWaitingPeriodOver',
          target: 'preparingApplication',
          actions: 'closeWaitingPeriod',
          meta: edge({ source: law.protectionAotWaitingPeriodMonths.source }),
        },
      },
    },
    preparingApplication: {
      meta: stateMeta({
        description: 'The waiting period has run: the employer may file the AOT application with ADEM, after declaring the vacancy, while no first-instance decision has been taken.',
        phase: 'application',
        rights: beforePermit,
        documents: 'aotApplication',
        source: src('Temporary work permit application', 'The application submitted to ADEM by the employer must include'),
              }),
      on: {
        ...preparation,
        'application.submitted': [
          {
            guard: 'isDelayCausedByApplicant',
            target: 'notEligible',
            actions: 'recordApplication',
            meta: edge({
              source: src('Who is concerned', 'provided that the applicant for international protection is not responsible for the delay in taking the decision'),
              assumption: 'The page makes this a condition of the application but does not say what follows; the case ends.',
            }),
          },
          {
            guard: and(['hasWaitingPeriodElapsed', 'hasNoFirstInstanceDecision', 'isVacancyDeclared', 'hasCompleteApplication']),
            target: 'awaitingDecision',
            actions: 'recordApplication',
            meta: edge({
              source: law.protectionAotWaitingPeriodMonths.source,
              assumption: 'An application lacking an item the page says it "must include", or filed before the vacancy was declared, is refused as input rather than recorded.',
            }),
          },
        ],
      },
    },
    studentJobExemptionRequested: {
      meta: stateMeta({
        description: "The unaccompanied minor has asked the General Department of immigration for the student-job exemption, presenting the 'student job' contract.",
        phase: 'application',
        rights: {
          reside: resideAsApplicant,
          work: noWorkWithoutPermit(
            'The student job may start once the exemption is granted: the page says the exemption is "in order to get a temporary work permit".',
            src('Who is concerned', 'can apply for an exemption in order to get a temporary work permit'),
          ),
        },
        source: src('Who is concerned', 'can apply for an exemption in order to get a temporary work permit'),
              }),
      on: {
        'studentJobExemption.granted': {
          target: 'permitValid',
          actions: 'startValidity',
          meta: edge({
            source: src('Who is concerned', 'can apply for an exemption in order to get a temporary work permit'),
            assumption: `The permit obtained through the exemption is taken to be the AOT the page describes: valid for ${law.protectionAotValidityMonths.value} months for the student-job employer, renewable, ending and withdrawn on the same grounds.`,
          }),
        },
        'studentJobExemption.refused': {
          target: 'studentJobExemptionRefused',
          meta: edge({ source: src('Who is concerned', 'can apply for an exemption in order to get a temporary work permit'), assumption: 'The page does not describe a refusal.' }),
        },
        'protection.granted': protectionOutcomesBeforePermit['protection.granted'],
        'protection.definitivelyRejected': protectionOutcomesBeforePermit['protection.definitivelyRejected'],
        'protection.cancelled': protectionOutcomesBeforePermit['protection.cancelled'],
        ...firstInstanceRejectionRecorded,
      },
    },
    awaitingDecision: {
      meta: stateMeta({
        description: 'ADEM has the application; the Minister responsible for immigration approves or rejects it.',
        phase: 'decision',
        rights: beforePermit,
        source: src('Temporary work permit application', 'Temporary work permit applications are approved or rejected by the Minister responsible for immigration'),
        assumption: 'The page gives no time limit for the decision, so no deadline is opened.',
      }),
      on: {
        'permit.granted': {
          target: 'permitValid',
          actions: 'startValidity',
          meta: edge({ source: law.protectionAotValidityMonths.source }),
        },
        'permit.refused': {
          target: 'refused',
          meta: edge({ source: src('Temporary work permit application', 'Temporary work permit applications are approved or rejected by the Minister responsible for immigration') }),
        },
        'protection.granted': protectionOutcomesBeforePermit['protection.granted'],
        'protection.definitivelyRejected': protectionOutcomesBeforePermit['protection.definitivelyRejected'],
        'protection.cancelled': protectionOutcomesBeforePermit['protection.cancelled'],
        ...firstInstanceRejectionRecorded,
      },
    },
    permitValid: {
      meta: stateMeta({
        description: 'The AOT is valid for one employer and one profession until its last day.',
        phase: 'permit',
        rights: holdingPermit,
        source: law.protectionAotValidityMonths.source,
              }),
      on: {
        'renewal.applied': {
          guard: 'areRenewalConditionsMet',
          target: 'renewalPending',
          meta: edge({
            source: src(validitySection, 'The permit is renewable for as long as the conditions are met'),
            assumption:
              'The page gives no renewal window and does not list the conditions: a renewal may be applied for while the permit is valid, and the conditions are read as those of the application (no first-instance decision on the protection application yet; none for the student-job exemption).',
          }),
        },
        ...endsOfPermit,
        'clock.advanced': expiry,
      },
    },
    renewalPending: {
      meta: stateMeta({
        description: 'A renewal has been applied for; the current permit stays valid until its last day.',
        phase: 'renewal',
        rights: holdingPermit,
        source: src(validitySection, 'The permit is renewable for as long as the conditions are met'),
        assumption: 'The page gives no right to keep working after expiry while a renewal is pending, so the permit still ends on its last day.',
      }),
      on: {
        'renewal.granted': {
          target: 'permitValid',
          actions: 'renewValidity',
          meta: edge({ source: law.protectionAotValidityMonths.source }),
        },
        'renewal.refused': {
          target: 'permitValid',
          meta: edge({ source: src(validitySection, 'The permit is renewable for as long as the conditions are met'), assumption: 'A refused renewal leaves the current permit valid until its last day (the page does not say otherwise).' }),
        },
        ...endsOfPermit,
        'clock.advanced': {
          ...expiry,
          target: '#protectionApplicantWorkPermit.renewalPendingAfterExpiry',
          meta: edge({
            source: endings.expired.source,
            assumption: 'The permit is no longer valid once it expires, even with a renewal pending; the renewal application stays pending, so a later decision can still be recorded.',
          }),
        },
      },
    },
    renewalPendingAfterExpiry: {
      meta: stateMeta({
        description: 'The AOT expired (and the employment contract with it) while its renewal was pending: the minister\'s decision on the renewal is awaited.',
        phase: 'renewal',
        rights: closedWithoutPermit(
          endings.expired.source,
          'The AOT is no longer valid once it expires; the page gives no right to work while a renewal is pending, so work resumes only once the renewal is granted.',
        ),
        source: src(validitySection, 'The permit is renewable for as long as the conditions are met'),
        assumption: 'The page does not say what becomes of a renewal decided after the permit expired; a grant is recorded and starts a new 6-month validity on the day of the decision.',
      }),
      on: {
        'renewal.granted': {
          target: 'permitValid',
          actions: 'renewAfterExpiry',
          meta: edge({
            source: law.protectionAotValidityMonths.source,
            assumption: 'A renewal granted after the permit expired runs from the day of the decision: there is no permit to extend from the day after its end.',
          }),
        },
        'renewal.refused': {
          target: 'expired',
          meta: edge({ source: src(validitySection, 'The permit is renewable for as long as the conditions are met'), assumption: 'The page does not describe a refusal; the permit stays expired.' }),
        },
        'protection.definitivelyRejected': endsOfPermit['protection.definitivelyRejected'],
        'protection.cancelled': endsOfPermit['protection.cancelled'],
        'protection.granted': endsOfPermit['protection.granted'],
        ...firstInstanceRejectionRecorded,
      },
    },
    notEligible: {
      type: 'final',
      meta: stateMeta({
        description: 'The conditions to apply for an AOT are not met: a first-instance decision on the protection application has been taken, or the applicant is responsible for the delay.',
        phase: 'closed',
        rights: closedWithoutPermit(
          src('Who is concerned', 'if a decision on the application for international protection has not yet been taken by the Minister responsible for asylum'),
          'Without the conditions of the application, no AOT can be granted, and an applicant may work only with one.',
        ),
        source: src('Who is concerned', 'if a decision on the application for international protection has not yet been taken by the Minister responsible for asylum'),
        outcome: 'No AOT can be applied for on this protection application.',
      }),
    },
    refused: {
      type: 'final',
      meta: stateMeta({
        description: 'The Minister responsible for immigration rejected the AOT application.',
        phase: 'closed',
        rights: closedWithoutPermit(
          src('Temporary work permit application', 'Temporary work permit applications are approved or rejected by the Minister responsible for immigration'),
          'The AOT was rejected: an applicant may work only with one.',
        ),
        source: src('Temporary work permit application', 'Temporary work permit applications are approved or rejected by the Minister responsible for immigration'),
        outcome: 'The person may not work on this application.',
      }),
    },
    studentJobExemptionRefused: {
      type: 'final',
      meta: stateMeta({
        description: 'The General Department of immigration refused the student-job exemption.',
        phase: 'closed',
        rights: closedWithoutPermit(
          src('Who is concerned', 'can apply for an exemption in order to get a temporary work permit'),
          'The page does not describe a refusal; without the exemption there is no temporary work permit for the student job.',
        ),
        source: src('Who is concerned', 'can apply for an exemption in order to get a temporary work permit'),
        assumption: 'The page does not describe a refusal.',
        outcome: 'The student job may not start on this request.',
      }),
    },
    expired: {
      type: 'final',
      meta: stateMeta({
        description: 'The AOT expired; the employment contract was terminated automatically with it.',
        phase: 'closed',
        rights: closedWithoutPermit(endings.expired.source),
        source: endings.expired.source,
        outcome: 'The permit is no longer valid; a new AOT application is needed to work again.',
      }),
    },
    employmentEnded: {
      type: 'final',
      meta: stateMeta({
        description: 'One of the parties ended the working relationship, so the AOT is no longer valid.',
        phase: 'closed',
        rights: closedWithoutPermit(
          endings.employmentEnded.source,
          'The page says the AOT is "no longer valid" when a party ends the working relationship, not from which day: it is taken to end on the date reported as the end of the working relationship (the event\'s date): from that day the status denies work.',
        ),
        source: endings.employmentEnded.source,
        outcome: 'The permit is no longer valid; another job needs a new AOT application.',
      }),
    },
    withdrawn: {
      type: 'final',
      meta: stateMeta({
        description: 'The AOT was withdrawn (work in another profession, or fraud); the employment contract was terminated automatically.',
        phase: 'closed',
        rights: closedWithoutPermit(endings.withdrawn.source),
        source: endings.withdrawn.source,
        outcome: 'The person may no longer work on this permit.',
      }),
    },
    protectionApplicationClosed: {
      type: 'final',
      meta: stateMeta({
        description: 'The application for international protection was definitively rejected or cancelled: an AOT is no longer possible or valid.',
        phase: 'closed',
        rights: {
          reside: notDecidedHere('the decision on the application for international protection', {
            source: endings.protectionApplicationClosed.source,
            assumption: 'What follows for the stay of a person whose protection application was definitively rejected or cancelled is decided under asylum law, not on this page.',
          }),
          work: denied({ source: endings.protectionApplicationClosed.source }),
        },
        source: endings.protectionApplicationClosed.source,
        outcome: 'The person is no longer an applicant for international protection; any AOT is no longer valid.',
      }),
    },
    protectionGranted: {
      type: 'final',
      meta: stateMeta({
        description: 'International protection was granted: the person is no longer an applicant, and this procedure ends.',
        phase: 'closed',
        rights: {
          reside: notDecidedHere('the international protection status granted', {
            source: endings.protectionGranted.source,
            assumption: 'The page covers only applicants; the stay of a beneficiary of international protection follows from that status.',
          }),
          work: notDecidedHere('the international protection status granted', {
            source: endings.protectionGranted.source,
            assumption: 'The page covers only applicants; whether and how a beneficiary of international protection may work follows from that status, not from the AOT.',
          }),
        },
        source: endings.protectionGranted.source,
        assumption: 'The page covers only applicants; the rights of a beneficiary of international protection are outside it and are not reported here.',
        outcome: 'The rights of a beneficiary of international protection follow from that status, which this procedure does not model.',
      }),
    },
  },
});
