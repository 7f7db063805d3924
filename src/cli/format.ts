/**
 * Plain-text rendering of scenario runs, statuses and deadlines for the CLI.
 */
import type { CaseDeadline } from '../case/deadlines';
import type { CaseStatus } from '../case/status';
import type { ScenarioRun, TimelineRow } from '../scenario/run';

function rights(row: Pick<TimelineRow, 'mayReside' | 'mayWork' | 'employer'>): string {
  const parts = [row.mayReside ? 'may reside' : 'may not reside', row.mayWork ? `may work${row.employer ? ` (${row.employer})` : ''}` : 'may not work'];
  return parts.join(', ');
}

/**
 * The timeline of a run as aligned text lines.
 *
 * @example
 * ```ts
 * console.log(formatTimeline(run.timeline));
 * ```
 */
export function formatTimeline(timeline: readonly TimelineRow[]): string {
  const lines: string[] = [];
  for (const row of timeline) {
    const event = row.implicit ? `(time passes: ${row.event})` : row.event;
    lines.push(`${row.at}  ${event.padEnd(28)} → ${row.state}`);
    if (!row.implicit || row.opened.length || row.closed.length) lines.push(`${' '.repeat(12)}${rights(row)}`);
    for (const opened of row.opened) lines.push(`${' '.repeat(12)}+ deadline ${opened.id} due ${opened.due}`);
    for (const closed of row.closed) lines.push(`${' '.repeat(12)}- deadline ${closed} closed`);
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
    `  ${rights({ mayReside: s.mayReside, mayWork: s.mayWork, employer: s.boundTo?.employer ?? null })}${s.validUntil ? ` until ${s.validUntil}` : ''}`,
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
    formatTimeline(run.timeline),
    '',
    formatStatus(run.status),
    '',
    formatDeadlines(run.deadlines),
  ].join('\n');
}
