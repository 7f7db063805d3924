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
import { ENGLISH_REPORT, type ReportTranslator } from '../i18n/report-en';
import { keptQuotes } from '../i18n/quotes';
import { caseReportModel, type CaseReportModel, type CaseReportOptions, type ReportDeadline } from './model';
import { refusedArguments } from '../guard';

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
  /** The report's language (`reportTranslator('fr')` from `permit-lifecycles/i18n`); English with ids and ISO dates without it. */
  translator?: ReportTranslator;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML content and attribute values. */
function esc(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}


function cite(source: SourceRef | null): string {
  if (!source) return '';
  const url = sourceUrl(source);
  const title = esc(sourceTitle(source));
  const where = url ? `<a href="${esc(url)}">${title}</a>` : `${title} (${esc(noUrlNote(source))})`;
  return `<q>${esc(source.quote)}</q> <span class="where">(${where}; ${esc(source.file)})</span>`;
}

function rightRow(name: string, right: RightAnswer, t: ReportTranslator): string {
  const w = t.words;
  const who = right.verdict === 'notDecidedHere' ? esc(t.text(right.governedBy ?? '')) : right.verdict === 'undetermined' ? w.nobodyYet : w.thisProcedure;
  const bound = right.boundTo ? [right.boundTo.employer && `${w.employer} ${right.boundTo.employer}`, right.boundTo.profession && `${w.profession} ${right.boundTo.profession}`, right.boundTo.sector && `${w.sector} ${t.sector(right.boundTo.sector)}`].filter(Boolean).join(', ') : '';
  const why = [right.source ? cite(right.source) : '', right.assumption ? `<span class="assumption">${w.assumed}${w.colon} ${inLanguage(right.assumption, t)}</span>` : ''].filter(Boolean).join('<br>');
  return `<tr class="verdict-${right.verdict}"><th scope="row">${esc(name)}</th><td><strong>${w.verdict[right.verdict as RightVerdict]}</strong></td><td>${who}</td><td>${esc(right.until ? t.date(right.until) : '—')}</td><td>${esc(bound || '—')}</td><td>${why || '—'}</td></tr>`;
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

/**
 * A text of the procedure in the report's language. A quote from a page kept
 * English inside a translation is marked `lang="en"`, and so is a whole text
 * with no translation (a procedure without a catalogue), so that screen
 * readers read it as English.
 */
function inLanguage(english: string, t: ReportTranslator): string {
  const text = t.text(english);
  if (t === ENGLISH_REPORT) return esc(text);
  if (text === english) return `<span lang="en">${esc(text)}</span>`;
  let html = '';
  let done = 0;
  for (const quote of keptQuotes(text, english)) {
    html += `${esc(text.slice(done, quote.start))}<span lang="en">${esc(text.slice(quote.start, quote.end))}</span>`;
    done = quote.end;
  }
  return html + esc(text.slice(done));
}

/** A deadline by id in the English report, by its (translated) label in another language. */
function deadlineName(model: CaseReportModel, id: string, t: ReportTranslator): string {
  if (t === ENGLISH_REPORT) return id;
  const label = model.deadlines.find((d) => d.id === id)?.label;
  return label ? t.text(label) : id;
}

/** Where an assumption applies (`state X`, `right to reside`, `DATE, event`), in the report's language. */
function assumptionPlace(where: string, t: ReportTranslator): string {
  if (t === ENGLISH_REPORT) return where;
  if (where === 'right to reside') return t.words.rightToReside;
  if (where === 'right to work') return t.words.rightToWork;
  if (where.startsWith('state ')) return `${t.words.state} ${t.state(where.slice(6))}`;
  const step = /^(\d{4}-\d{2}-\d{2}), (.+)$/.exec(where);
  if (!step) return where;
  return `${t.date(step[1]!)}, ${step[2] === 'time passes' ? t.words.timePasses : t.event(step[2]!)}`;
}

function personBlock(model: CaseReportModel, t: ReportTranslator): string {
  if (!model.person) return `<p class="empty">${esc(t.words.noPerson(model.redacted))}</p>`;
  const rows = Object.entries(model.person).map(([key, value]) => `<dt>${esc(key)}</dt><dd>${esc(typeof value === 'object' ? JSON.stringify(value) : value)}</dd>`);
  const note = model.redacted ? `<p class="where">${esc(t.words.redactedNote)}</p>` : '';
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
export function caseReportHtml(model: CaseReportModel, diagramSvg?: string, t: ReportTranslator = ENGLISH_REPORT): string {
  try {
  const s = model.status;
  const w = t.words;
  const timeline = model.timeline.map((row) => {
    const changes = [
      ...row.opened.map((item) => `+ ${esc(deadlineName(model, item.id, t))} ${w.due} ${esc(t.date(item.due))}`),
      ...row.closed.map((item) => `− ${esc(deadlineName(model, item.id, t))} ${esc(w.outcomes[item.how])}`),
    ].join('<br>');
    return `<tr><td class="date">${esc(t.date(row.at))}</td><td>${row.implicit ? `<em>${w.timePasses}</em>` : esc(t.event(row.event))}</td><td>${esc(t.state(row.state))}</td><td>${esc(w.verdict[row.reside])} / ${esc(w.verdict[row.work])}</td><td>${changes || '—'}</td></tr>`;
  });
  const deadlineRows = model.deadlines.map(
    (d) =>
      `<tr data-deadline="${esc(d.id)}" data-outcome="${d.outcome}"><td>${esc(t.text(d.label))}</td><td>${esc(t.actor(d.actor))}</td><td class="date">${esc(t.date(d.openedOn))}</td><td class="date">${esc(t.date(d.due))}</td><td class="outcome-${d.outcome}">${esc(w.outcomes[d.outcome])}${d.closedOn ? ` ${w.on} ${esc(t.date(d.closedOn))}` : ''}</td><td>${cite(d.source)}</td></tr>`,
  );
  const breaches = s.breaches.map((b) => `<tr><td>${esc(deadlineName(model, b.deadline, t))}</td><td>${esc(t.date(b.due))}</td><td>${b.metOn ? `${w.metLateOn} ${esc(t.date(b.metOn))}` : w.notMet}</td></tr>`);
  const missing = (model.missing?.missing ?? []).map((item) => `<tr data-document="${esc(item.id)}"><td>${esc(t.text(item.label))}</td><td>${cite(item.source)}</td></tr>`);
  const notices = s.notices.map((notice) => `<li>${esc(t.notice(notice))} ${cite(notice.source)}</li>`);
  const path = model.path.map((state, index) => `<li${index === model.path.length - 1 ? ' aria-current="step" class="current-state"' : ''}>${esc(t.state(state))}</li>`);
  const assumptions = model.assumptions.map((item) => `<li><strong>${esc(assumptionPlace(item.where, t))}${w.colon}</strong> ${inLanguage(item.text, t)}</li>`);
  const sources = model.sources.map((source) => `<li>${cite(source)}</li>`);
  const title = t.text(model.procedureTitle);
  return `<!DOCTYPE html>
<html lang="${w.htmlLang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(w.pageTitle(title, t.date(model.asOf)))}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${w.heading}</h1>
<p class="subtitle">${esc(title)} (<code>${esc(model.procedureId)}</code>), ${w.asOf} <time datetime="${esc(model.asOf)}">${esc(t.date(model.asOf))}</time></p>
</header>
<main>
<section aria-labelledby="h-person"><h2 id="h-person">${w.person}</h2>${personBlock(model, t)}</section>
<section aria-labelledby="h-now"><h2 id="h-now">${w.stands}</h2>
<p>${w.state}${w.colon} <span class="current" id="current-state">${esc(t.state(s.state))}</span> (${esc(w.phase(t.phase(s.phase), s.final))}). ${esc(t.text(s.description))}</p>
${s.outcome ? `<p>${w.outcome}${w.colon} ${esc(t.text(s.outcome))}</p>` : ''}
${table(w.rightsCaption, w.rightsHeaders, [rightRow(w.toReside, s.rights.reside, t), rightRow(w.toWork, s.rights.work, t)], '')}
<h3>${w.pathTaken}</h3><ol class="path" aria-label="${esc(w.pathLabel)}">${path.join('')}</ol>
${diagramSvg ? `<figure class="diagram" aria-labelledby="h-diagram"><figcaption id="h-diagram">${w.diagramCaption}</figcaption>${diagramSvg}</figure>` : ''}
</section>
<section aria-labelledby="h-timeline"><h2 id="h-timeline">${w.timeline}</h2>${table(w.timelineCaption, w.timelineHeaders, timeline, w.noEvents)}</section>
<section aria-labelledby="h-deadlines"><h2 id="h-deadlines">${w.deadlines}</h2>${table(w.deadlinesCaption, w.deadlinesHeaders, deadlineRows, w.noDeadline)}</section>
<section aria-labelledby="h-breaches"><h2 id="h-breaches">${w.breaches}</h2>${table(w.breachesCaption, w.breachesHeaders, breaches, w.noBreach)}</section>
<section aria-labelledby="h-documents"><h2 id="h-documents">${w.missingDocuments}</h2>${model.missing ? `<p>${esc(t.text(model.missing.label))}</p>` : ''}${table(w.missingCaption, w.missingHeaders, missing, model.missing ? w.nothingMissing : w.noChecklist)}</section>
<section aria-labelledby="h-notices"><h2 id="h-notices">${w.notices}</h2>${notices.length ? `<ul>${notices.join('')}</ul>` : `<p class="empty">${w.noNotice}</p>`}</section>
<section aria-labelledby="h-assumptions"><h2 id="h-assumptions">${w.assumptions}</h2>${assumptions.length ? `<ul>${assumptions.join('')}</ul>` : `<p class="empty">${w.noAssumption}</p>`}</section>
<section aria-labelledby="h-sources"><h2 id="h-sources">${w.sources}</h2><ul>${sources.join('')}</ul></section>
</main>
<footer><p class="where">${w.footer}</p></footer>
</body>
</html>
`;
  } catch (error) {
    throw refusedArguments('caseReportHtml', error);
  }
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
  try {
  return caseReportHtml(caseReportModel(current, at, options), options.diagramSvg, options.translator);
  } catch (error) {
    throw refusedArguments('renderCaseReport', error);
  }
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
export async function renderCaseReportWithDiagram(current: PermitCase, at?: IsoDate, options: CaseReportOptions & { translator?: ReportTranslator } = {}): Promise<string> {
  try {
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
  return caseReportHtml(model, diagramSvg, options.translator);
  } catch (error) {
    throw refusedArguments('renderCaseReportWithDiagram', error);
  }
}
