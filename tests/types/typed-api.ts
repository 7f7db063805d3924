/**
 * Type fixtures: compiled by tests/type-api.test.ts with `tsc`. Every
 * `@ts-expect-error` below must meet an error, or tsc reports it unused and
 * the test fails, so each line proves that a mistake does not compile.
 */
import { createActor } from 'xstate';
import { expectTypeOf } from 'vitest';
import {
  apply,
  applyAll,
  createCase,
  isIsoDate,
  isoDate,
  restore,
  salariedWorkerMachine,
  seasonalWorker,
  seasonalWorkerMachine,
  status,
  type CaseStatus,
  type IsoDate,
  type PermitCase,
  type ProcedureEvent,
  type ProcedureId,
  type ProcedureState,
} from '../../src/index';

// ---- a case typed by its procedure ----
const opened = createCase('seasonalWorker', { at: '2026-01-05', facts: { visaRequired: true } });
if (!opened.ok) throw opened.error;
const seasonal = opened.value;
expectTypeOf(seasonal).toEqualTypeOf<PermitCase<'seasonalWorker'>>();
expectTypeOf(seasonal.procedureId).toEqualTypeOf<'seasonalWorker'>();

// the procedure object types the case too
const byObject = createCase(seasonalWorker, { at: '2026-01-05' });
if (byObject.ok) expectTypeOf(byObject.value).toEqualTypeOf<PermitCase<'seasonalWorker'>>();

// facts are the schema's input: every defaulted field may be left out
createCase('seasonalWorker', { at: '2026-01-05' });
createCase('seasonalWorker', { at: '2026-01-05', facts: {} });

// @ts-expect-error a misspelt procedure id
createCase('seasonalWokrer', { at: '2026-01-05' });

// @ts-expect-error a fact the procedure does not have
createCase('seasonalWorker', { at: '2026-01-05', facts: { visaRequird: true } });

// @ts-expect-error a fact of the wrong type
createCase('seasonalWorker', { at: '2026-01-05', facts: { visaRequired: 'yes' } });

// @ts-expect-error an opening date in the wrong shape
createCase('seasonalWorker', { at: '12/01/2026' });

// ---- apply takes that procedure's events ----
const declared = apply(seasonal, { type: 'vacancy.declared', at: '2026-01-05' });
if (declared.ok) expectTypeOf(declared.value).toEqualTypeOf<PermitCase<'seasonalWorker'>>();
apply(seasonal, {
  type: 'application.submitted',
  at: '2026-02-01',
  submittedFrom: 'abroad',
  employer: 'Vineyard SARL',
  activity: 'harvesting',
});
applyAll(seasonal, [{ type: 'vacancy.declared', at: '2026-01-05' }, { type: 'clock.advanced', at: '2026-01-06' }]);

// @ts-expect-error a misspelt event type
apply(seasonal, { type: 'vacancy.declard', at: '2026-01-05' });

// @ts-expect-error an event date in the wrong shape
apply(seasonal, { type: 'vacancy.declared', at: '12/01/2026' });

// @ts-expect-error an event without its date
apply(seasonal, { type: 'vacancy.declared' });

// @ts-expect-error an event without a required field (employer)
apply(seasonal, { type: 'application.submitted', at: '2026-02-01', submittedFrom: 'abroad', activity: 'harvesting' });

// @ts-expect-error an event of another procedure (salaried worker only)
apply(seasonal, { type: 'candidate.hired', at: '2026-02-01' });

// @ts-expect-error one bad event in a list
applyAll(seasonal, [{ type: 'vacancy.declared', at: '2026-01-05' }, { type: 'vacancy.declard', at: '2026-01-06' }]);

// ---- status(...).state is the union of the procedure's state paths ----
const now: CaseStatus<'seasonalWorker'> = status(seasonal, '2026-02-01');
expectTypeOf(now.state).toEqualTypeOf<ProcedureState<'seasonalWorker'>>();
expectTypeOf<'vacancyToBeDeclared'>().toExtend<ProcedureState<'seasonalWorker'>>();
if (now.state === 'vacancyToBeDeclared') console.log('waiting for the vacancy');

// @ts-expect-error a state the machine does not have
if (now.state === 'prepApplication') console.log('never');

// the event union is the schema's input type
expectTypeOf<{ type: 'vacancy.declared'; at: '2026-01-05' }>().toExtend<ProcedureEvent<'seasonalWorker'>>();
expectTypeOf<{ type: 'candidate.hired'; at: '2026-01-05' }>().not.toExtend<ProcedureEvent<'seasonalWorker'>>();
expectTypeOf<{ type: 'candidate.hired'; at: '2026-01-05' }>().toExtend<ProcedureEvent<'salariedWorker'>>();

// ---- untyped input still goes through the same functions ----
declare const procedureFromDatabase: string;
declare const dateFromForm: string;
declare const eventFromJson: unknown;
const untyped = createCase(procedureFromDatabase, { at: dateFromForm, facts: JSON.parse('{}') as unknown });
if (untyped.ok) {
  expectTypeOf(untyped.value).toEqualTypeOf<PermitCase>();
  apply(untyped.value, eventFromJson);
  expectTypeOf(status(untyped.value).state).toEqualTypeOf<string>();
}
const restored = restore('{}');
if (restored.ok) apply(restored.value, eventFromJson);
// a typed case takes an unknown event once widened on purpose
apply<ProcedureId>(seasonal, eventFromJson);
// @ts-expect-error but not by accident
apply(seasonal, eventFromJson);

// ---- dates ----
const literal: IsoDate = '2026-01-12';
expectTypeOf(isoDate('2026-01-12')).toEqualTypeOf<IsoDate>();
if (isIsoDate(dateFromForm)) apply(seasonal, { type: 'vacancy.declared', at: dateFromForm });
apply(seasonal, { type: 'vacancy.declared', at: isoDate(dateFromForm) });
console.log(literal);

// @ts-expect-error a day written the other way round
const wrongWay: IsoDate = '12/01/2026';
// @ts-expect-error a word is not a date
const word: IsoDate = 'tomorrow';
// @ts-expect-error a string of unknown shape needs isoDate() or isIsoDate() first
apply(seasonal, { type: 'vacancy.declared', at: dateFromForm });
console.log(wrongWay, word);

// ---- the raw machines start with partial facts ----
createActor(seasonalWorkerMachine, { input: { at: '2026-01-05', facts: { visaRequired: true } } });
createActor(salariedWorkerMachine, { input: { at: '2026-01-05' } });
// @ts-expect-error a raw machine still refuses an unknown fact
createActor(seasonalWorkerMachine, { input: { at: '2026-01-05', facts: { visaRequird: true } } });
