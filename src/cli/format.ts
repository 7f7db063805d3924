/**
 * Plain-text rendering of scenario runs, statuses, deadlines, checklists,
 * explanations and eligibility answers for the CLI.
 */
import type { CaseDeadline } from '../case/deadlines';
import type { DocumentChecklist } from '../case/documents';
import type { Explanation } from '../case/explain';
import type { RightAnswer, RightVerdict } from '../case/rights';
import type { CaseStatus } from '../case/status';
import type { Procedure } from '../case/types';
import type { EligibilityReason, EligibilityResult, ProcedureVerdict } from '../eligibility/types';
import type { SourceRef } from '../law';
import { citedSentenceRefs } from '../trace/label';
import { noUrlNote, sourceTitle, sourceUrl } from '../law/pages';
import type { ScenarioRun, TimelineRow } from '../scenario/run';
import { registeredProcedure } from '../case/procedures';
import { translator, type Translator } from '../i18n/translator';

const INDENT = ' '.repeat(12);

/** The command line's output without `--lang`: English, with ids and ISO dates. */
const COMPACT = translator('en', { readable: false });

function rights(row: Pick<TimelineRow, 'reside' | 'work' | 'employer'>, t: Translator): string {
  const words = t.words;
  const bound = row.work === 'granted' && row.employer ? words.boundToEmployer(row.employer) : '';
  return `${words.rights.reside[row.reside]}, ${words.rights.work[row.work]}${bound}`;
}

/** One right of a status, with who decides it and why: two or three lines. */
function rightLines(kind: 'reside' | 'work', answer: RightAnswer, t: Translator): string[] {
  const words = t.words;
  const head = words.rights[kind][answer.verdict as RightVerdict];
  const until = answer.until ? words.until(t.date(answer.until)) : '';
  const employer = kind === 'work' && answer.boundTo?.employer ? words.boundToEmployer(answer.boundTo.employer) : '';
  const lines = [`  ${head}${answer.governedBy ? words.decidedBy(t.text(answer.governedBy)) : ''}${until}${employer}`];
  if (answer.verdict !== 'granted') {
    if (answer.source) lines.push(`    ${words.because}${words.colon} ${cite(answer.source, t)}`);
    if (answer.assumption) lines.push(`    ${words.assumed}${words.colon} ${t.text(answer.assumption)}`);
  }
  return lines;
}

/**
 * A source on one line: page title › section, the quote, the sentence
 * reference, the public address (or why none) and the seed file. The title
 * and the quote stay in the page's language: a citation is a citation.
 */
function cite(source: SourceRef, t: Translator = COMPACT): string {
  const sentences = citedSentenceRefs(source);
  const at = sentences.length > 0 ? ` (${t.words.sentence} ${sentences.join(', ')})` : '';
  const url = sourceUrl(source);
  return `${sourceTitle(source)}: "${source.quote}"${at} ${url ? `<${url}>` : `(${noUrlNote(source)})`} [${source.file}]`;
}

/** The name of a deadline: its id in the compact form, its label (translated) otherwise. */
function deadlineName(procedureId: string | undefined, id: string, t: Translator): string {
  if (!t.readable) return id;
  const spec = procedureId === undefined ? undefined : registeredProcedure(procedureId)?.deadlines[id];
  return spec ? t.text(spec.label) : id;
}

/** True when a row is a `clock.advanced` of the scenario that changed nothing since the row before. */
function isQuietClock(row: TimelineRow, previous: TimelineRow | undefined): boolean {
  return (
    previous !== undefined &&
    !row.implicit &&
    row.event === 'clock.advanced' &&
    row.opened.length === 0 &&
    row.closed.length === 0 &&
    row.state === previous.state &&
    row.reside === previous.reside &&
    row.work === previous.work &&
    row.employer === previous.employer
  );
}

/**
 * The timeline of a run as aligned text lines: date, event, state reached,
 * rights, and the deadlines opened (`+`) or closed (`-`, met or passed). A
 * run of two or more clock events that change nothing (no state, right or
 * deadline changes) is folded into one line:
 * `2026-02-01 … 2026-03-15  (time passes, 6 clock events, nothing changes)`.
 *
 * @example
 * ```ts
 * console.log(formatTimeline(run.timeline));
 * ```
 */
export function formatTimeline(timeline: readonly TimelineRow[], t: Translator = COMPACT, procedureId?: string): string {
  const words = t.words;
  const eventName = (row: TimelineRow): string => (row.implicit ? words.timePasses : t.event(row.event));
  const eventWidth = Math.max(28, ...timeline.map((row) => eventName(row).length));
  const dateWidth = Math.max(0, ...timeline.map((row) => t.date(row.at).length));
  const indent = ' '.repeat(dateWidth + 2);
  const lines: string[] = [];
  for (let index = 0; index < timeline.length; index += 1) {
    const row = timeline[index]!;
    let end = index;
    while (end < timeline.length && isQuietClock(timeline[end]!, timeline[end - 1])) end += 1;
    if (end - index >= 2) {
      lines.push(`${t.date(row.at)} … ${t.date(timeline[end - 1]!.at)}  (${words.quietClocks(end - index)})`);
      index = end - 1;
      continue;
    }
    lines.push(`${t.date(row.at).padEnd(dateWidth)}  ${eventName(row).padEnd(eventWidth)} → ${t.state(row.state)}`);
    lines.push(`${indent}${rights(row, t)}`);
    for (const opened of row.opened) lines.push(`${indent}${words.deadlineOpened(deadlineName(procedureId, opened.id, t), t.date(opened.due))}`);
    for (const closed of row.closed) {
      lines.push(`${indent}${words.deadlineClosed(deadlineName(procedureId, closed.id, t), words.closing[closed.how], closed.how === 'ended' ? null : t.date(closed.due))}`);
    }
  }
  return lines.join('\n');
}

/**
 * A status as a short block of text.
 *
 * @example
 * ```ts
 * console.log(formatStatus(status(someCase)));
 * ```
 */
export function formatStatus(s: CaseStatus, t: Translator = COMPACT): string {
  const words = t.words;
  const phase = t.readable ? (words.phases[s.phase] ?? s.phase) : s.phase;
  const lines = [
    words.stateOn(t.date(s.asOf), t.state(s.state), phase, s.final),
    `  ${t.text(s.description)}`,
    ...rightLines('reside', s.rights.reside, t),
    ...rightLines('work', s.rights.work, t),
  ];
  const colon = words.colon;
  const sector = s.boundTo?.sector ? `${words.sector}${colon} ${t.sector(s.boundTo.sector)}` : '';
  if (s.boundTo?.profession) lines.push(`  ${words.profession}${colon} ${s.boundTo.profession}${sector ? `, ${sector}` : ''}`);
  else if (sector) lines.push(`  ${sector}`);
  if (s.outcome) lines.push(`  ${words.outcome}${colon} ${t.text(s.outcome)}`);
  for (const breach of s.breaches) {
    lines.push(`  ${words.breach(deadlineName(s.procedureId, breach.deadline, t), t.date(breach.due), breach.metOn ? t.date(breach.metOn) : null)}`);
  }
  for (const notice of s.notices) lines.push(`  ${words.notice}${colon} ${t.notice(notice)}`);
  if (s.allowedEvents.length) lines.push(`  ${words.nextEvents}${colon} ${s.allowedEvents.map((type) => t.event(type)).join(', ')}`);
  return lines.join('\n');
}

/**
 * Deadlines as a small table.
 *
 * @example
 * ```ts
 * console.log(formatDeadlines(deadlines(someCase)));
 * ```
 */
export function formatDeadlines(list: readonly CaseDeadline[], t: Translator = COMPACT): string {
  const words = t.words;
  if (list.length === 0) return words.deadlinesNone;
  const lines = [words.deadlines];
  const actorWidth = Math.max(9, ...list.map((d) => words.actors[d.actor].length));
  const dateWidth = Math.max(10, ...list.map((d) => t.date(d.due).length));
  for (const d of list) {
    const window = d.opens ? words.from(t.date(d.opens)) : '';
    const state = t.readable ? words.deadlineState[d.state] : d.state;
    lines.push(`  ${t.date(d.due)}${window}  ${words.actors[d.actor].padEnd(actorWidth)} ${t.text(d.label)} [${state}]`);
    lines.push(`  ${' '.repeat(dateWidth)}  ${' '.repeat(actorWidth)} ${t.text(d.consequence)}`);
    lines.push(`  ${' '.repeat(dateWidth)}  ${' '.repeat(actorWidth)} ${words.source}${words.colon} ${cite(d.source, t)}`);
  }
  return lines.join('\n');
}

/**
 * A whole scenario run: title, timeline, status and deadlines.
 *
 * @example
 * ```ts
 * console.log(formatRun(run));
 * ```
 */
export function formatRun(run: ScenarioRun, t: Translator = COMPACT): string {
  const title = run.scenario.title ? `${run.scenario.title}\n` : '';
  const procedure = registeredProcedure(run.case.procedureId);
  const name = t.readable && procedure ? t.text(procedure.title) : run.case.procedureId;
  return [
    `${title}${t.words.procedureLine(name, run.case.machineVersion, t.date(run.scenario.openedOn))}`,
    '',
    t.words.timeline,
    run.timeline.length > 0 ? formatTimeline(run.timeline, t, run.case.procedureId) : t.words.noEvents,
    '',
    formatStatus(run.status, t),
    '',
    formatDeadlines(run.deadlines, t),
  ].join('\n');
}

/**
 * The procedures of the registry: id, title, seed page and machine version.
 *
 * @example
 * ```ts
 * console.log(formatProcedures(listProcedures()));
 * ```
 */
export function formatProcedures(list: readonly Pick<Procedure, 'id' | 'title' | 'seed' | 'version'>[], t: Translator = COMPACT): string {
  const width = Math.max(0, ...list.map((procedure) => procedure.id.length)) + 2;
  return list
    .map((procedure) => `${procedure.id.padEnd(width)}${t.text(procedure.title)}\n${' '.repeat(width)}${t.words.procedureSource(procedure.seed, procedure.version)}`)
    .join('\n');
}

/**
 * The document checklist of the current step, or a line saying there is none.
 *
 * @example
 * ```ts
 * console.log(formatDocuments(missingDocuments(someCase), status(someCase).state));
 * ```
 */
export function formatDocuments(list: DocumentChecklist | null, state: string, t: Translator = COMPACT): string {
  const words = t.words;
  if (!list) return words.noChecklist(t.state(state));
  const supplied = new Set(list.supplied);
  const lines = [words.checklistHead(t.text(list.label), t.state(state), list.missing.length, list.required.length)];
  for (const item of list.required) {
    const label = t.text(item.label);
    // The id is the key to supply a document with; the readable form names it in words only.
    const name = t.readable ? label : `${item.id}: ${label}`;
    lines.push(`  [${supplied.has(item.id) ? 'x' : ' '}] ${name}${item.condition ? ` (${t.text(item.condition.description)})` : ''}`);
    lines.push(`      ${cite(item.source, t)}`);
  }
  return lines.join('\n');
}

/**
 * An explanation: the state, its source, and every step with its guard and
 * source. With a translator for French or German, states, events, dates and
 * the procedure's texts are in that language; guards and quotes stay as they are.
 *
 * @example
 * ```ts
 * console.log(formatExplanation(explain(someCase)));
 * console.log(formatExplanation(explain(someCase), translator('fr')));
 * ```
 */
export function formatExplanation(why: Explanation, t: Translator = COMPACT): string {
  const words = t.words.explain;
  const colon = t.words.colon;
  const procedure = registeredProcedure(why.procedureId);
  const name = t.readable && procedure ? t.text(procedure.title) : why.procedureId;
  const lines = [words.isIn(name, t.state(why.state), t.text(why.summary))];
  if (why.stateSource) lines.push(`  ${words.source}${colon} ${cite(why.stateSource, t)}`);
  if (why.stateAssumption) lines.push(`  ${words.assumption}${colon} ${t.text(why.stateAssumption)}`);
  lines.push(...rightLines('reside', why.rights.reside, t), ...rightLines('work', why.rights.work, t));
  lines.push('', words.howItGotThere);
  if (why.steps.length === 0) lines.push(words.noEventsYet);
  for (const step of why.steps) {
    const event = step.implicit ? t.words.timePasses : t.event(step.event);
    lines.push(`  ${t.date(step.at)}  ${event}${colon} ${t.state(step.from)} → ${t.state(step.to)}${step.guard ? ` [${t.readable ? t.list(step.guard.split(' and ')) : step.guard}]` : ''}`);
    if (step.source) lines.push(`${INDENT}${cite(step.source, t)}`);
    if (step.assumption) lines.push(`${INDENT}${words.assumption}${colon} ${t.text(step.assumption)}`);
  }
  return lines.join('\n');
}

function formatReason(reason: EligibilityReason, t: Translator): string[] {
  const words = t.words.eligibility;
  const colon = t.words.colon;
  const lines = [`    [${reason.met === null ? '?' : reason.met ? 'x' : ' '}] ${reason.text}`, `        ${cite(reason.source, t)}`];
  if (reason.missingFacts.length > 0) lines.push(`        ${words.stateInProfile}${colon} ${reason.missingFacts.join(', ')}`);
  if (reason.assumption) lines.push(`        ${words.assumption}${colon} ${reason.assumption}`);
  return lines;
}

function formatVerdict(verdict: ProcedureVerdict, t: Translator): string[] {
  const lines = [`  ${verdict.procedure}${t.words.colon} ${verdict.title}${verdict.modelled ? '' : t.words.eligibility.notModelled}`];
  if (verdict.availableFrom) lines.push(`    ${t.words.eligibility.possibleFrom(t.date(verdict.availableFrom))}`);
  for (const reason of verdict.reasons) lines.push(...formatReason(reason, t));
  return lines;
}

/**
 * The answer of `whichProcedure` as text: no permit needed (and why), the
 * procedures that apply, those undetermined (`[?]`, with the facts to
 * state), what the pages do not decide, and the procedures that do not
 * apply, each with reasons and sources. The answer's texts are printed as
 * given (translate them first with `translateEligibility`); the translator
 * writes the headings and dates.
 *
 * @example
 * ```ts
 * const answer = whichProcedure(profile);
 * if (answer.ok) console.log(formatEligibility(answer.value));
 * if (answer.ok) console.log(formatEligibility(translateEligibility(answer.value, 'de'), translator('de')));
 * ```
 */
export function formatEligibility(answer: EligibilityResult, t: Translator = COMPACT): string {
  const words = t.words.eligibility;
  const lines = [words.on(t.date(answer.asOf))];
  if (answer.noPermitNeeded) {
    lines.push('', words.noPermitNeeded);
    for (const reason of answer.noPermitNeeded.reasons) lines.push(...formatReason(reason, t));
  }
  lines.push('', answer.applies.length > 0 ? words.applies : words.appliesNone);
  for (const verdict of answer.applies) lines.push(...formatVerdict(verdict, t));
  if (answer.undetermined.length > 0) {
    lines.push('', words.undetermined);
    for (const verdict of answer.undetermined) lines.push(...formatVerdict(verdict, t));
  }
  if (answer.notDecidedHere) {
    lines.push('', words.notDecidedHere);
    for (const reason of answer.notDecidedHere.reasons) lines.push(...formatReason(reason, t));
  }
  lines.push('', words.doesNotApply);
  for (const verdict of answer.doesNotApply) lines.push(...formatVerdict(verdict, t));
  if (answer.note) lines.push('', answer.note);
  return lines.join('\n');
}
