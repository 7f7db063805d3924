/**
 * The case report as one self-contained HTML page: inline CSS (with a print
 * stylesheet for A4), an optional inline SVG diagram, no script, no font or
 * file fetched from anywhere.
 */
import type { IsoDate } from '../calendar';
import type { RightAnswer, RightVerdict } from '../case/rights';
import type { PermitCase } from '../case/types';
import { noUrlNote, sourceTitle, sourceUrl, type SourceRef } from '../law';
import { recordLapses } from '../case/lapses';
import { procedureOf } from '../case/meta';
import { toSvg } from '../diagram/svg';
import { PermitLifecycleError } from '../errors';
import { caseReportModel, type CaseReportModel, type CaseReportOptions, type ReportDeadline } from './model';

/**
 * Options of {@link renderCaseReport}.
 *
 * @example
 * ```ts
 * const options: RenderCaseReportOptions = { withPersonalData: false, diagramSvg: '<svg …>' };
 * ```
 * @category Diagrams
 */
export interface RenderCaseReportOptions extends CaseReportOptions {
  /** An SVG drawing of the machine with the case's path highlighted, inlined as is. */
  diagramSvg?: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML content and attribute values. */
function esc(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

const VERDICT: Record<RightVerdict, string> = { granted: 'Granted', denied: 'Denied', notDecidedHere: 'Not decided here', undetermined: 'Undetermined' };

const OUTCOME: Record<ReportDeadline['outcome'], string> = {
  met: 'met',
  metLate: 'met late',
  passed: 'passed',
  ended: 'ended',
  open: 'open',
  upcoming: 'upcoming',
  overdue: 'overdue',
};

function cite(source: SourceRef | null): string {
  if (!source) return '';
  const url = sourceUrl(source);
  const title = esc(sourceTitle(source));
  const where = url ? `<a href="${esc(url)}">${title}</a>` : `${title} (${esc(noUrlNote(source))})`;
  return `<q>${esc(source.quote)}</q> <span class="where">(${where}; ${esc(source.file)})</span>`;
}

function rightRow(name: string, right: RightAnswer): string {
  const who = right.verdict === 'notDecidedHere' ? esc(right.governedBy) : right.verdict === 'undetermined' ? 'nobody yet: the page is silent' : 'this procedure';
  const bound = right.boundTo ? [right.boundTo.employer && `employer ${right.boundTo.employer}`, right.boundTo.profession && `profession ${right.boundTo.profession}`, right.boundTo.sector && `sector ${right.boundTo.sector}`].filter(Boolean).join(', ') : '';
  const why = [right.source ? cite(right.source) : '', right.assumption ? `<span class="assumption">Assumed: ${esc(right.assumption)}</span>` : ''].filter(Boolean).join('<br>');
  return `<tr class="verdict-${right.verdict}"><th scope="row">${esc(name)}</th><td><strong>${VERDICT[right.verdict]}</strong></td><td>${who}</td><td>${esc(right.until ?? '—')}</td><td>${esc(bound || '—')}</td><td>${why || '—'}</td></tr>`;
}

function table(caption: string, headers: readonly string[], rows: readonly string[], empty: string): string {
  if (rows.length === 0) return `<p class="empty">${esc(empty)}</p>`;
  return `<table><caption>${esc(caption)}</caption><thead><tr>${headers.map((header) => `<th scope="col">${esc(header)}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

const STYLE = `
:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #1a1a1a; background: #fff; margin: 0 auto; max-width: 70rem; padding: 1.5rem; line-height: 1.45; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; } h2 { font-size: 1.2rem; margin: 1.75rem 0 .5rem; border-bottom: 2px solid #1d4e89; padding-bottom: .2rem; }
.subtitle { color: #404040; margin: 0 0 1rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; font-size: .92rem; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
td:first-child time, .date { white-space: nowrap; }
th, td { border: 1px solid #8c8c8c; padding: .3rem .45rem; vertical-align: top; text-align: left; }
thead th { background: #e8eef6; }
tr.verdict-granted td:nth-child(2) { background: #dff3e4; } tr.verdict-denied td:nth-child(2) { background: #fbe3e1; }
tr.verdict-notDecidedHere td:nth-child(2) { background: #e3ecfa; } tr.verdict-undetermined td:nth-child(2) { background: #fff3cd; }
.outcome-metLate, .outcome-overdue, .outcome-passed { color: #8a1c0f; font-weight: 600; }
.outcome-open, .outcome-upcoming { color: #0b4f2a; font-weight: 600; }
.where { color: #404040; font-size: .85em; } .assumption { color: #5c3d00; }
ol.path { display: flex; flex-wrap: wrap; gap: .35rem; list-style: none; padding: 0; margin: .5rem 0; }
ol.path li { border: 1px solid #8c8c8c; border-radius: .3rem; padding: .15rem .45rem; background: #f4f4f4; }
ol.path li[aria-current="step"] { background: #1d4e89; color: #fff; border-color: #1d4e89; font-weight: 700; }
.current { background: #1d4e89; color: #fff; padding: .1rem .4rem; border-radius: .25rem; }
.empty { color: #404040; font-style: italic; }
figure.diagram { margin: .5rem 0; overflow-x: auto; } figure.diagram svg { max-width: 100%; height: auto; }
dl.person { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; } dl.person dt { font-weight: 600; }
@media print {
  @page { size: A4; margin: 14mm 12mm; }
  body { max-width: none; padding: 0; font-size: 10pt; }
  h2 { break-after: avoid; }
  table { break-inside: auto; } tr, td, th { break-inside: avoid; } thead { display: table-header-group; }
  figure.diagram { overflow: visible; break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
`;

function personBlock(model: CaseReportModel): string {
  if (!model.person) return `<p class="empty">The facts name no person${model.redacted ? ' (personal data is left out of this report)' : ''}.</p>`;
  const rows = Object.entries(model.person).map(([key, value]) => `<dt>${esc(key)}</dt><dd>${esc(typeof value === 'object' ? JSON.stringify(value) : value)}</dd>`);
  const note = model.redacted ? '<p class="where">Personal data redacted; produce the report with personal data only for the person concerned and those entitled to it.</p>' : '';
  return `<dl class="person">${rows.join('')}</dl>${note}`;
}

/**
 * The HTML page of a {@link CaseReportModel}.
 *
 * @example
 * ```ts
 * const html = caseReportHtml(caseReportModel(someCase, '2026-06-01'));
 * ```
 * @category Diagrams
 */
export function caseReportHtml(model: CaseReportModel, diagramSvg?: string): string {
  const s = model.status;
  const timeline = model.timeline.map((row) => {
    const changes = [...row.opened.map((item) => `+ ${esc(item.id)} due ${esc(item.due)}`), ...row.closed.map((item) => `− ${esc(item.id)} ${esc(OUTCOME[item.how])}`)].join('<br>');
    return `<tr><td class="date">${esc(row.at)}</td><td>${row.implicit ? '<em>time passes</em>' : esc(row.event)}</td><td>${esc(row.state)}</td><td>${esc(VERDICT[row.reside])} / ${esc(VERDICT[row.work])}</td><td>${changes || '—'}</td></tr>`;
  });
  const deadlineRows = model.deadlines.map(
    (d) => `<tr data-deadline="${esc(d.id)}" data-outcome="${d.outcome}"><td>${esc(d.label)}</td><td>${esc(d.actor)}</td><td class="date">${esc(d.openedOn)}</td><td class="date">${esc(d.due)}</td><td class="outcome-${d.outcome}">${esc(OUTCOME[d.outcome])}${d.closedOn ? ` on ${esc(d.closedOn)}` : ''}</td><td>${cite(d.source)}</td></tr>`,
  );
  const breaches = s.breaches.map((b) => `<tr><td>${esc(b.deadline)}</td><td>${esc(b.due)}</td><td>${b.metOn ? `met late on ${esc(b.metOn)}` : 'not met'}</td></tr>`);
  const missing = (model.missing?.missing ?? []).map((item) => `<tr data-document="${esc(item.id)}"><td>${esc(item.label)}</td><td>${cite(item.source)}</td></tr>`);
  const notices = s.notices.map((notice) => `<li>${esc(notice.message)} ${cite(notice.source)}</li>`);
  const path = model.path.map((state, index) => `<li${index === model.path.length - 1 ? ' aria-current="step" class="current-state"' : ''}>${esc(state)}</li>`);
  const assumptions = model.assumptions.map((item) => `<li><strong>${esc(item.where)}:</strong> ${esc(item.text)}</li>`);
  const sources = model.sources.map((source) => `<li>${cite(source)}</li>`);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Case report: ${esc(model.procedureTitle)} on ${esc(model.asOf)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>Case report</h1>
<p class="subtitle">${esc(model.procedureTitle)} (<code>${esc(model.procedureId)}</code>), as of <time datetime="${esc(model.asOf)}">${esc(model.asOf)}</time></p>
</header>
<main>
<section aria-labelledby="h-person"><h2 id="h-person">Person</h2>${personBlock(model)}</section>
<section aria-labelledby="h-now"><h2 id="h-now">Where the case stands</h2>
<p>State: <span class="current" id="current-state">${esc(s.state)}</span> (phase ${esc(s.phase)}${s.final ? ', final' : ''}). ${esc(s.description)}</p>
${s.outcome ? `<p>Outcome: ${esc(s.outcome)}</p>` : ''}
${table('Rights on this day, and who decides them', ['right', 'answer', 'who decides', 'until', 'bound to', 'why'], [rightRow('To reside', s.rights.reside), rightRow('To work', s.rights.work)], '')}
<h3>Path taken</h3><ol class="path" aria-label="States visited, in order">${path.join('')}</ol>
${diagramSvg ? `<figure class="diagram" aria-labelledby="h-diagram"><figcaption id="h-diagram">The procedure, with the path of this case highlighted</figcaption>${diagramSvg}</figure>` : ''}
</section>
<section aria-labelledby="h-timeline"><h2 id="h-timeline">Timeline</h2>${table('Events and lapses, in order', ['date', 'event', 'state reached', 'reside / work', 'deadlines'], timeline, 'No events yet.')}</section>
<section aria-labelledby="h-deadlines"><h2 id="h-deadlines">Deadlines</h2>${table('Every deadline of the case, with how it ended or where it stands', ['deadline', 'who acts', 'opened', 'due', 'outcome', 'source'], deadlineRows, 'No deadline so far.')}</section>
<section aria-labelledby="h-breaches"><h2 id="h-breaches">Breaches</h2>${table('Obligations met late or not at all', ['obligation', 'due', 'met'], breaches, 'No breach.')}</section>
<section aria-labelledby="h-documents"><h2 id="h-documents">Missing documents</h2>${model.missing ? `<p>${esc(model.missing.label)}</p>` : ''}${table('Documents still to supply for the current step', ['document', 'source'], missing, model.missing ? 'Nothing is missing.' : 'No checklist applies in this state.')}</section>
<section aria-labelledby="h-notices"><h2 id="h-notices">Notices</h2>${notices.length ? `<ul>${notices.join('')}</ul>` : '<p class="empty">No notice.</p>'}</section>
<section aria-labelledby="h-assumptions"><h2 id="h-assumptions">Assumptions this case rests on</h2>${assumptions.length ? `<ul>${assumptions.join('')}</ul>` : '<p class="empty">None: every step of this case follows a sentence of the page.</p>'}</section>
<section aria-labelledby="h-sources"><h2 id="h-sources">Sources</h2><ul>${sources.join('')}</ul></section>
</main>
<footer><p class="where">Produced by permit-lifecycles. Not legal advice: where the page is silent, the assumptions above say what was assumed.</p></footer>
</body>
</html>
`;
}

/**
 * The report of a case on `at` (default: its last event's day) as one
 * self-contained HTML page: the person (redacted unless
 * `withPersonalData`), the procedure and the rights with who decides them,
 * the timeline, the deadlines (met, late or open), the breaches, the missing
 * documents, the notices, the assumptions and the sources. Throws the typed
 * errors of `status` and `explain`.
 *
 * @example
 * ```ts
 * import { writeFileSync } from 'node:fs';
 * writeFileSync('case.html', renderCaseReport(someCase, '2026-06-01'));
 * ```
 * @category Diagrams
 */
export function renderCaseReport(current: PermitCase, at?: IsoDate, options: RenderCaseReportOptions = {}): string {
  return caseReportHtml(caseReportModel(current, at, options), options.diagramSvg);
}

/**
 * {@link renderCaseReport} with the procedure's diagram drawn in, the path
 * the case took and its current state highlighted (`toSvg` with the case:
 * Graphviz in WebAssembly, the optional peer dependency `@viz-js/viz`).
 * Without that package the report is made without the diagram, and says so.
 *
 * @example
 * ```ts
 * writeFileSync('case.html', await renderCaseReportWithDiagram(someCase, '2026-06-01'));
 * ```
 * @category Diagrams
 */
export async function renderCaseReportWithDiagram(current: PermitCase, at?: IsoDate, options: CaseReportOptions = {}): Promise<string> {
  const model = caseReportModel(current, at, options);
  // The picture shows the case as of the report's day: the lapses up to that day drawn as steps of its path.
  const lapsed = at === undefined ? null : recordLapses(current, at);
  const drawn = lapsed?.ok ? lapsed.value : current;
  let diagramSvg: string;
  try {
    diagramSvg = await toSvg(procedureOf(current).machine, { case: drawn, edgeLabels: false, maxWidth: 1000 });
  } catch (error) {
    if (!(error instanceof PermitLifecycleError)) throw error;
    diagramSvg = `<p class="empty">No diagram: ${esc(error.message)}.</p>`;
  }
  return caseReportHtml(model, diagramSvg);
}
