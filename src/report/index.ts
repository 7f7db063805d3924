/**
 * The case report: one self-contained HTML page per case and day.
 *
 * @module
 */
export { caseReportModel, type CaseReportModel, type CaseReportOptions, type ReportAssumption, type ReportDeadline } from './model';
export { caseReportHtml, renderCaseReport, renderCaseReportWithDiagram, type RenderCaseReportOptions } from './html';
export type { ReportTranslator, ReportWords } from '../i18n/report-en';
