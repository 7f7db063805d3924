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

const INDENT = ' '.repeat(12);

const RIGHT_WORDS: Record<'reside' | 'work', Record<RightVerdict, string>> = {
  reside: { granted: 'may reside', denied: 'may not reside', notDecidedHere: 'residence not decided here', undetermined: 'residence undetermined' },
  work: { granted: 'may work', denied: 'may not work', notDecidedHere: 'work not decided here', undetermined: 'work undetermined' },
};

function rights(row: Pick<TimelineRow, 'reside' | 'work' | 'employer'>): string {
  const bound = row.work === 'granted' && row.employer ? `, bound to employer ${row.employer}` : '';
  return `${RIGHT_WORDS.reside[row.reside]}, ${RIGHT_WORDS.work[row.work]}${bound}`;
}

/** One right of a status, with who decides it and why: two or three lines. */
function rightLines(kind: 'reside' | 'work', answer: RightAnswer): string[] {
  const head = RIGHT_WORDS[kind][answer.verdict];
  const until = answer.until ? ` until ${answer.until}` : '';
  const employer = kind === 'work' && answer.boundTo?.employer ? `, bound to employer ${answer.boundTo.employer}` : '';
  const lines = [`  ${head}${answer.governedBy ? `: decided by ${answer.governedBy}` : ''}${until}${employer}`];
  if (answer.verdict !== 'granted') {
    if (answer.source) lines.push(`    because: ${cite(answer.source)}`);
    if (answer.assumption) lines.push(`    assumed: ${answer.assumption}`);
  }
  return lines;
}

/** A source on one line: page title › section, the quote, the sentence reference, the public address (or why none) and the seed file. */
function cite(source: SourceRef): string {
  const sentences = citedSentenceRefs(source);
  const at = sentences.length > 0 ? ` (sentence ${sentences.join(', ')})` : '';
  const url = sourceUrl(source);
  return `${sourceTitle(source)}: "${source.quote}"${at} ${url ? `<${url}>` : `(${noUrlNote(source)})`} [${source.file}]`;
}

const CLOSING_TEXT: Record<TimelineRow['closed'][number]['how'], string> = {
  met: 'met',
  metLate: 'met late',
  passed: 'passed',
  ended: 'ended',
};

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
export function formatTimeline(timeline: readonly TimelineRow[]): string {
  const lines: string[] = [];
  for (let index = 0; index < timeline.length; index += 1) {
    const row = timeline[index]!;
    let end = index;
    while (end < timeline.length && isQuietClock(timeline[end]!, timeline[end - 1])) end += 1;
    if (end - index >= 2) {
      lines.push(`${row.at} … ${timeline[end - 1]!.at}  (time passes, ${end - index} clock events, nothing changes)`);
      index = end - 1;
      continue;
    }
    const event = row.implicit ? '(time passes)' : row.event;
    lines.push(`${row.at}  ${event.padEnd(28)} → ${row.state}`);
    lines.push(`${INDENT}${rights(row)}`);
    for (const opened of row.opened) lines.push(`${INDENT}+ deadline ${opened.id} due ${opened.due}`);
    for (const closed of row.closed) {
      lines.push(`${INDENT}- deadline ${closed.id} ${CLOSING_TEXT[closed.how]}${closed.how === 'ended' ? '' : ` (due ${closed.due})`}`);
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
export function formatStatus(s: CaseStatus): string {
  const lines = [
    `State on ${s.asOf}: ${s.state} (${s.phase}${s.final ? ', final' : ''})`,
    `  ${s.description}`,
    ...rightLines('reside', s.rights.reside),
    ...rightLines('work', s.rights.work),
  ];
  if (s.boundTo?.profession) lines.push(`  profession: ${s.boundTo.profession}${s.boundTo.sector ? `, sector: ${s.boundTo.sector}` : ''}`);
  else if (s.boundTo?.sector) lines.push(`  sector: ${s.boundTo.sector}`);
  if (s.outcome) lines.push(`  outcome: ${s.outcome}`);
  for (const breach of s.breaches) lines.push(`  breach: ${breach.deadline} due ${breach.due}${breach.metOn ? `, met late on ${breach.metOn}` : ', not met'}`);
  for (const notice of s.notices) lines.push(`  notice: ${notice.message}`);
  if (s.allowedEvents.length) lines.push(`  next possible events: ${s.allowedEvents.join(', ')}`);
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
export function formatDeadlines(list: readonly CaseDeadline[]): string {
  if (list.length === 0) return 'Deadlines: none open';
  const lines = ['Deadlines:'];
  for (const d of list) {
    const window = d.opens ? ` (from ${d.opens})` : '';
    lines.push(`  ${d.due}${window}  ${d.actor.padEnd(9)} ${d.label} [${d.state}]`);
    lines.push(`  ${' '.repeat(10)}  ${' '.repeat(9)} ${d.consequence} — ${d.source.file}, "${d.source.section}"`);
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
export function formatRun(run: ScenarioRun): string {
  const title = run.scenario.title ? `${run.scenario.title}\n` : '';
  return [
    `${title}Procedure: ${run.case.procedureId} (machine ${run.case.machineVersion}), opened ${run.scenario.openedOn}`,
    '',
    'Timeline:',
    run.timeline.length > 0 ? formatTimeline(run.timeline) : '  (no events)',
    '',
    formatStatus(run.status),
    '',
    formatDeadlines(run.deadlines),
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
export function formatProcedures(list: readonly Pick<Procedure, 'id' | 'title' | 'seed' | 'version'>[]): string {
  const width = Math.max(0, ...list.map((procedure) => procedure.id.length)) + 2;
  return list
    .map((procedure) => `${procedure.id.padEnd(width)}${procedure.title}\n${' '.repeat(width)}seed: ${procedure.seed}, machine ${procedure.version}`)
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
export function formatDocuments(list: DocumentChecklist | null, state: string): string {
  if (!list) return `No document checklist applies in state ${state}.`;
  const supplied = new Set(list.supplied);
  const lines = [`Documents for "${list.label}" (state ${state}): ${list.missing.length} of ${list.required.length} missing`];
  for (const item of list.required) {
    lines.push(`  [${supplied.has(item.id) ? 'x' : ' '}] ${item.id}: ${item.label}${item.condition ? ` (${item.condition.description})` : ''}`);
    lines.push(`      ${cite(item.source)}`);
  }
  return lines.join('\n');
}

/**
 * An explanation: the state, its source, and every step with its guard and source.
 *
 * @example
 * ```ts
 * console.log(formatExplanation(explain(someCase)));
 * ```
 */
export function formatExplanation(why: Explanation): string {
  const lines = [`${why.procedureId} is in ${why.state}: ${why.summary}`];
  if (why.stateSource) lines.push(`  source: ${cite(why.stateSource)}`);
  if (why.stateAssumption) lines.push(`  assumption: ${why.stateAssumption}`);
  lines.push(...rightLines('reside', why.rights.reside), ...rightLines('work', why.rights.work));
  lines.push('', 'How it got there:');
  if (why.steps.length === 0) lines.push('  (no events yet)');
  for (const step of why.steps) {
    const event = step.implicit ? '(time passes)' : step.event;
    lines.push(`  ${step.at}  ${event}: ${step.from} → ${step.to}${step.guard ? ` [${step.guard}]` : ''}`);
    if (step.source) lines.push(`${INDENT}${cite(step.source)}`);
    if (step.assumption) lines.push(`${INDENT}assumption: ${step.assumption}`);
  }
  return lines.join('\n');
}

function formatReason(reason: EligibilityReason): string[] {
  const lines = [`    [${reason.met === null ? '?' : reason.met ? 'x' : ' '}] ${reason.text}`, `        ${cite(reason.source)}`];
  if (reason.missingFacts.length > 0) lines.push(`        state in the profile: ${reason.missingFacts.join(', ')}`);
  if (reason.assumption) lines.push(`        assumption: ${reason.assumption}`);
  return lines;
}

function formatVerdict(verdict: ProcedureVerdict): string[] {
  const lines = [`  ${verdict.procedure}: ${verdict.title}${verdict.modelled ? '' : ' (no machine in this version yet)'}`];
  if (verdict.availableFrom) lines.push(`    possible from ${verdict.availableFrom}`);
  for (const reason of verdict.reasons) lines.push(...formatReason(reason));
  return lines;
}

/**
 * The answer of `whichProcedure` as text: no permit needed (and why), the
 * procedures that apply, those undetermined (`[?]`, with the facts to
 * state), what the pages do not decide, and the procedures that do not
 * apply, each with reasons and sources.
 *
 * @example
 * ```ts
 * const answer = whichProcedure(profile);
 * if (answer.ok) console.log(formatEligibility(answer.value));
 * ```
 */
export function formatEligibility(answer: EligibilityResult): string {
  const lines = [`Eligibility on ${answer.asOf}`];
  if (answer.noPermitNeeded) {
    lines.push('', 'No permit needed:');
    for (const reason of answer.noPermitNeeded.reasons) lines.push(...formatReason(reason));
  }
  lines.push('', answer.applies.length > 0 ? 'Applies:' : 'Applies: none');
  for (const verdict of answer.applies) lines.push(...formatVerdict(verdict));
  if (answer.undetermined.length > 0) {
    lines.push('', 'Undetermined (the profile does not state a fact they need):');
    for (const verdict of answer.undetermined) lines.push(...formatVerdict(verdict));
  }
  if (answer.notDecidedHere) {
    lines.push('', 'Not decided by these pages:');
    for (const reason of answer.notDecidedHere.reasons) lines.push(...formatReason(reason));
  }
  lines.push('', 'Does not apply:');
  for (const verdict of answer.doesNotApply) lines.push(...formatVerdict(verdict));
  if (answer.note) lines.push('', answer.note);
  return lines.join('\n');
}
