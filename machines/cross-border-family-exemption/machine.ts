/**
 * The work permit exemption for the third-country spouse, registered partner
 * or child of an EU citizen who works in Luxembourg while the family lives in
 * another member state (seed 003_07cc08630c496fa1.txt), as a state machine:
 * the employer's declaration of the vacancy, the written application with its
 * checklist, the 3-month period after which silence means rejection, the
 * exemption granted and what ends it.
 *
 * The figure comes from `src/law`, dates from `src/calendar`. Every state
 * declares its rights and source in `meta`, so it can be read against the page.
 */
import { assertEvent, assign, not, setup } from 'xstate';
import { deadlineAfter, type IsoDate } from '../../src/calendar';
import { missingItems } from '../../src/case/checklist';
import { hasDeadlinePassed, initialCaseContext, withDeadline, withDocuments, withoutDeadlines, type MachineInput } from '../../src/case/context';
import { decisionPeriod } from '../../src/case/decision';
import { passportUpdate, withoutExpiredPassport } from '../../src/case/passport';
import { documentStepActions } from '../../src/case/steps';
import { denied, granted, notDecidedHere, type RightsDeclaration } from '../../src/case/rights';
import type { StateMeta, TransitionMeta } from '../../src/case/types';
import { crossBorderFamilyExemptionLaw as law, type SourceRef } from '../../src/law';
import type { CrossBorderFamilyExemptionContext } from './context';
import { crossBorderFamilyExemptionDocuments as documents } from './documents';
import { crossBorderExemptionEndings as endings, endingOfEvent, type CrossBorderExemptionEndingId } from './endings';
import type { CrossBorderFamilyExemptionEvent } from './events';
import { crossBorderFamilyExemptionFactsSchema, meetsExemptionConditions } from './facts';

const file = '003_07cc08630c496fa1.txt' as const;
const applicationSection = 'Application for a work permit exemption';

const src = (section: string, quote: string): SourceRef => ({ file, section, quote });
const stateMeta = (meta: StateMeta): StateMeta => meta;
const edge = (meta: TransitionMeta): TransitionMeta => meta;

const conditionsSource = src('Who is concerned', 'Third-country nationals may be granted a work permit exemption, if');
const applyBeforeWork = src(applicationSection, 'Before commencing work in Luxembourg, third-country nationals must make a written application for a work permit exemption');
/** The family lives in another member state: its residence title, not this exemption, governs the stay. */
const resideInOtherMemberState = notDecidedHere('the residence title of the other member state', {
  source: src('Who is concerned', 'they are legally resident in another EU Member State or a country treated as such'),
  assumption: 'The exemption concerns work in Luxembourg only; the person lives in another member state, whose residence title governs their stay.',
});
/** Before the exemption: no work in Luxembourg. */
const beforeExemption: RightsDeclaration = {
  reside: resideInOtherMemberState,
  work: denied({ source: applyBeforeWork, assumption: 'Work in Luxembourg may start only once the exemption is granted; work started earlier is recorded as a breach.' }),
};

const workBeforeExemption = {
  'work.started': {
    guard: 'hasNotStartedWork',
    actions: 'recordWorkStart',
    meta: edge({
      source: src(applicationSection, 'Before commencing work in Luxembourg, third-country nationals must make a written application'),
      assumption: 'Work started before the exemption is granted is recorded as a breach ("workStartedBeforeExemption"): the page requires the application first but gives no consequence.',
    }),
  },
} as const;

/** Filing the application: complete ones are examined, incomplete ones returned. */
const filing = [
  {
    guard: 'hasCompleteApplication',
    target: '#crossBorderFamilyExemption.awaitingDecision',
    actions: ['recordSubmission', 'startDecisionPeriod'],
    meta: edge({ source: src(applicationSection, 'Only complete applications will be processed') }),
  },
  {
    target: '#crossBorderFamilyExemption.applicationReturned',
    actions: 'recordReturnedApplication',
    meta: edge({
      source: src(applicationSection, 'Incomplete applications will be returned to the applicant'),
      assumption: 'A copy of a passport that has expired on the day of the application is not the "certified copy of their valid passport" the page asks for: the application is incomplete and returned.',
    }),
  },
] as const;

/**
 * The first filing is checked against the conditions of the page. A returned
 * application was filed by someone who met them, and facts do not change, so
 * the check is not repeated there.
 */
const firstFiling = [
  {
    guard: not('meetsExemptionConditions'),
    target: '#crossBorderFamilyExemption.notEligible',
    actions: 'recordSubmission',
    meta: edge({
      source: src('Who is concerned', 'Third-country nationals may be granted a work permit exemption, if'),
      assumption: 'The page lists the conditions but not what follows when they are not met; the case ends rather than predicting a formal refusal.',
    }),
  },
  ...filing,
] as const;

/** The documents an application brings with those already supplied, without the copy of a passport expired on its day. */
function validSupplied(context: CrossBorderFamilyExemptionContext, event: CrossBorderFamilyExemptionEvent & { type: 'application.submitted' }): string[] {
  const supplied = withDocuments(context.documents, event.documents);
  return withoutExpiredPassport({ ...context, ...passportUpdate(event) }, event.at, supplied, ['certifiedPassportCopy']);
}

/** One transition to `exemptionEnded` for each ending, with the ending's source and assumption. */
const endOfExemption = Object.fromEntries(
  Object.values(endings).map((ending) => [
    ending.event,
    { target: '#crossBorderFamilyExemption.exemptionEnded', actions: 'recordEnding', meta: edge({ source: ending.source, assumption: ending.assumption }) },
  ]),
) as Record<(typeof endings)[CrossBorderExemptionEndingId]['event'], { target: string; actions: 'recordEnding'; meta: TransitionMeta }>;

/** The ministry's express answers, in time or after the deemed rejection. */
const expressDecisions = {
  'exemption.granted': {
    target: '#crossBorderFamilyExemption.exemptionGranted',
    actions: 'grantExemption',
    meta: edge({ source: src('Work permit exemption for third-country nationals who are the spouse, partner or child of an EU citizen cross-border worker', 'may be exempt from a work permit to work in Luxembourg') }),
  },
  'exemption.refused': {
    target: '#crossBorderFamilyExemption.refused',
    actions: 'closeDecisionPeriod',
    meta: edge({
      source: conditionsSource,
      assumption: 'The page describes no express refusal; one is accepted as the ministry may answer either way.',
    }),
  },
} as const;

/** The 3-month answer period; silence means a deemed rejection, and a late express decision is still recorded. */
const decisionStates = decisionPeriod({
  machineId: 'crossBorderFamilyExemption',
  awaiting: stateMeta({
    description: 'The Ministry of Foreign and European Affairs examines the complete application.',
    phase: 'decision',
    rights: beforeExemption,
    source: law.crossBorderDecisionPeriodMonths.source,
  }),
  decisions: expressDecisions,
  whileAwaiting: workBeforeExemption,
  deemed: {
    guard: 'isDecisionPeriodOver',
    actions: 'closeDecisionPeriod',
    source: law.crossBorderDecisionPeriodMonths.source,
    description: 'No answer within the response period: the application is deemed to have been rejected.',
    outcome: 'The application is deemed rejected; the person may not work in Luxembourg on it unless an express grant follows.',
    // The rejection denies work only: residence stays with the other member state's title.
    rights: { reside: resideInOtherMemberState, work: denied({ source: law.crossBorderDecisionPeriodMonths.source }) },
  },
});

/** The deemed rejection still records a start of work, as a breach. */
const crossBorderDecision = {
  awaitingDecision: decisionStates.awaitingDecision,
  deemedRejected: { ...decisionStates.deemedRejected, on: { ...expressDecisions, ...workBeforeExemption } },
} as const;

/**
 * The cross-border family exemption machine. Input: the opening date and validated facts.
 *
 * @example
 * ```ts
 * import { createActor } from 'xstate';
 * const actor = createActor(crossBorderFamilyExemptionMachine, {
 *   input: { at: '2026-01-05', facts: crossBorderFamilyExemptionFactsSchema.parse({}) },
 * });
 * actor.start();
 * actor.send({ type: 'vacancy.declared', at: '2026-01-05' });
 * ```
 * @category Procedures
 */
export const crossBorderFamilyExemptionMachine = setup({
  types: {
    context: {} as CrossBorderFamilyExemptionContext,
    events: {} as CrossBorderFamilyExemptionEvent,
    input: {} as MachineInput<typeof crossBorderFamilyExemptionFactsSchema>,
  },
  guards: {
    meetsExemptionConditions: ({ context }) => meetsExemptionConditions(context.facts),
    hasCompleteApplication: ({ context, event }) => {
      assertEvent(event, 'application.submitted');
      return missingItems(documents.exemptionApplication, context, validSupplied(context, event)).length === 0;
    },
    isDecisionPeriodOver: ({ context, event }) => hasDeadlinePassed(context, 'decision', event.at),
    hasNotStartedWork: ({ context }) => context.workStartedOn === null,
  },
  actions: {
    ...documentStepActions<CrossBorderFamilyExemptionContext, CrossBorderFamilyExemptionEvent>(),
    recordVacancy: assign(({ event }) => ({ vacancyDeclaredOn: event.at })),
    recordSubmission: assign(({ event }) => {
      assertEvent(event, 'application.submitted');
      return {
        ...passportUpdate(event),
        submittedOn: event.at,
        documents: [],
        binding: { employer: event.employer, ...(event.profession ? { profession: event.profession } : {}) },
      };
    }),
    // The expired passport's copy is not recorded as supplied: the returned application lists it as missing.
    recordReturnedApplication: assign(({ context, event }) => {
      assertEvent(event, 'application.submitted');
      return { ...passportUpdate(event), documents: validSupplied(context, event) };
    }),
    startDecisionPeriod: assign(({ context, event }) => ({
      deadlines: withDeadline(context, 'decision', { due: deadlineAfter(event.at, { months: law.crossBorderDecisionPeriodMonths.value }) }),
    })),
    closeDecisionPeriod: assign(({ context }) => ({ deadlines: withoutDeadlines(context, 'decision') })),
    grantExemption: assign(({ context, event }) => ({ grantedOn: event.at, deadlines: withoutDeadlines(context, 'decision') })),
    recordWorkStart: assign(({ context, event }) => ({
      workStartedOn: event.at,
      breaches: context.grantedOn === null ? [...context.breaches, { deadline: 'workStartedBeforeExemption', due: event.at, metOn: null }] : context.breaches,
    })),
    recordEnding: assign(({ event }) => ({ ending: { reason: endingOfEvent(event.type)!, on: event.at } })),
  },
}).createMachine({
  id: 'crossBorderFamilyExemption',
  initial: 'vacancyToBeDeclared',
  context: ({ input }) => ({
    ...initialCaseContext(input, crossBorderFamilyExemptionFactsSchema),
    vacancyDeclaredOn: null,
    submittedOn: null,
    grantedOn: null,
    workStartedOn: null,
    ending: null,
  }),
  states: {
    vacancyToBeDeclared: {
      meta: stateMeta({
        description: 'Before recruiting the person, the employer must declare the vacant position to ADEM (and be able to prove it); the documents can be gathered meanwhile.',
        phase: 'preliminary',
        rights: beforeExemption,
        documents: 'exemptionApplication',
        source: src('Preliminary steps', 'The employer must declare the vacant position to the National Employment Agency'),
      }),
      on: {
        'documents.supplied': { actions: 'recordDocuments' },
        'vacancy.declared': {
          target: 'preparingApplication',
          actions: 'recordVacancy',
          meta: edge({ source: src('Preliminary steps', 'before recruiting a third-country national, and be able to prove it') }),
        },
        ...workBeforeExemption,
      },
    },
    preparingApplication: {
      meta: stateMeta({
        description: 'Before starting work, the person (or a mandated third party) prepares the written application for a work permit exemption to the Immigration Directorate.',
        phase: 'application',
        rights: beforeExemption,
        documents: 'exemptionApplication',
        source: src(applicationSection, 'must make a written application for a work permit exemption to the Immigration Directorate'),
      }),
      on: { 'documents.supplied': { actions: 'recordDocuments' }, 'application.submitted': [...firstFiling], ...workBeforeExemption },
    },
    applicationReturned: {
      meta: stateMeta({
        description: 'The application was incomplete and has been returned; it can be completed and filed again.',
        phase: 'application',
        rights: beforeExemption,
        documents: 'exemptionApplication',
        source: src(applicationSection, 'Incomplete applications will be returned to the applicant'),
      }),
      on: { 'documents.supplied': { actions: 'recordDocuments' }, 'application.submitted': [...filing], ...workBeforeExemption },
    },
    ...crossBorderDecision,
    exemptionGranted: {
      meta: stateMeta({
        description: 'The person is exempt from a work permit and may work in Luxembourg for the employer named in the application, while living in the other member state.',
        phase: 'exemption',
        rights: { reside: resideInOtherMemberState, work: granted() },
        openEnded: true,
        source: src('Work permit exemption for third-country nationals who are the spouse, partner or child of an EU citizen cross-border worker', 'may be exempt from a work permit to work in Luxembourg'),
        assumption:
          'The page gives the exemption no period of validity: it is assumed to last while its conditions hold (validUntil is null). It concerns work only: the family lives in another member state, whose residence title governs the stay.',
      }),
      on: {
        'work.started': { guard: 'hasNotStartedWork', actions: 'recordWorkStart' },
        ...endOfExemption,
      },
    },
    notEligible: {
      type: 'final',
      meta: stateMeta({
        description: 'The facts do not meet the conditions of the page (spouse, registered partner or child of an EU citizen who already works in Luxembourg, legally resident with them in another member state).',
        phase: 'closed',
        rights: {
          reside: resideInOtherMemberState,
          work: notDecidedHere('a work permit under another procedure (for example the salaried worker residence permit)', {
            source: conditionsSource,
            assumption: 'The conditions of this exemption are not met; whether the person may work in Luxembourg is decided under another procedure.',
          }),
        },
        source: src('Who is concerned', 'Third-country nationals may be granted a work permit exemption, if'),
        assumption: 'The page does not say what follows when the conditions are not met; this procedure cannot lead to the exemption.',
        outcome: 'This exemption does not apply; another procedure (for example a salaried worker permit) may.',
      }),
    },
    refused: {
      type: 'final',
      meta: stateMeta({
        description: 'The ministry refused the exemption.',
        phase: 'closed',
        rights: { reside: resideInOtherMemberState, work: denied({ source: applyBeforeWork, assumption: 'The exemption was refused: the person holds none.' }) },
        source: src('Who is concerned', 'Third-country nationals may be granted a work permit exemption, if'),
        assumption: 'The page describes no express refusal.',
        outcome: 'The person may not work in Luxembourg on this exemption.',
      }),
    },
    exemptionEnded: {
      type: 'final',
      meta: stateMeta({
        description: 'A condition of the exemption no longer holds (see the notice for which one), so the exemption has ended.',
        phase: 'closed',
        rights: {
          reside: resideInOtherMemberState,
          work: denied({ source: conditionsSource, assumption: 'A condition of the exemption no longer holds, so the exemption no longer allows work in Luxembourg.' }),
        },
        source: src('Who is concerned', 'Third-country nationals may be granted a work permit exemption, if'),
        assumption: 'The page says nothing about the end of the exemption; each ending is the loss of a condition it lists, or of the job applied for.',
        outcome: 'The person may no longer work in Luxembourg on this exemption; a new application or another procedure is needed.',
      }),
    },
  },
});
