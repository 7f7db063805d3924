/**
 * Every source reference the library carries, with the element that carries
 * it: parameter rows, state and transition `meta.source`, checklist items,
 * deadline specs, eligibility rules, the procedures' data tables
 * (activities, grounds, endings) and the notices their cases can show. One implementation for the quote test and
 * the traceability report.
 */
import type { AnyStateNode } from 'xstate';
import * as machineModules from '../../machines';
import { listProcedures } from '../../machines/registry';
import { eligibilitySources } from '../eligibility';
import { allParameters, type SourceRef } from '../law';
import { walkProcedure } from '../testing/walk';

/**
 * What kind of element carries a source.
 *
 * @example
 * ```ts
 * const kind: ElementKind = 'transition';
 * ```
 * @category Diagrams
 */
export type ElementKind = 'parameter' | 'state' | 'transition' | 'document' | 'deadline' | 'eligibility' | 'data' | 'notice';

/**
 * A library element that cites a sentence of a seed page.
 *
 * @example
 * ```ts
 * const element: SourcedElement = allSourceRefs()[0]!;
 * console.log(element.kind, element.where, element.source.quote);
 * ```
 * @category Diagrams
 */
export interface SourcedElement {
  kind: ElementKind;
  /** Human-readable id of the element, as the machine pages name it. */
  where: string;
  source: SourceRef;
}

function isSourceRef(value: unknown): value is SourceRef {
  const candidate = value as Partial<SourceRef> | null;
  return typeof candidate === 'object' && candidate !== null && typeof candidate.file === 'string' && typeof candidate.section === 'string' && typeof candidate.quote === 'string';
}

function machineSources(refs: SourcedElement[]): void {
  for (const procedure of listProcedures()) {
    const visit = (node: AnyStateNode, path: string): void => {
      const meta = node.meta as { source?: SourceRef } | undefined;
      const shown = path === '' ? '(root)' : path;
      if (meta?.source) refs.push({ kind: 'state', where: `${procedure.id} state ${shown}`, source: meta.source });
      for (const [eventType, transitions] of node.transitions) {
        transitions.forEach((transition, index) => {
          const source = (transition.meta as { source?: SourceRef } | undefined)?.source;
          const guard = typeof transition.guard === 'string' ? ` [${transition.guard}]` : '';
          if (source) refs.push({ kind: 'transition', where: `${procedure.id} ${shown} on ${eventType} #${index + 1}${guard}`, source });
        });
      }
      for (const [key, child] of Object.entries(node.states)) visit(child, path === '' ? key : `${path}.${key}`);
    };
    visit(procedure.machine.root, '');
    for (const step of Object.values(procedure.documents)) {
      for (const item of step.items) refs.push({ kind: 'document', where: `${procedure.id} document ${step.id}.${item.id}`, source: item.source });
    }
    for (const spec of Object.values(procedure.deadlines)) refs.push({ kind: 'deadline', where: `${procedure.id} deadline ${spec.id}`, source: spec.source });
  }
}

/** Exported tables of `{ source }` entries (activities, grounds, endings) not already seen. */
function dataTableSources(refs: SourcedElement[]): void {
  const seen = new Set<SourceRef>(refs.map((ref) => ref.source));
  for (const [name, value] of Object.entries(machineModules).sort(([a], [b]) => a.localeCompare(b))) {
    if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) continue;
    for (const [key, entry] of Object.entries(value as Record<string, unknown>)) {
      const source = (entry as { source?: unknown } | null)?.source;
      if (!isSourceRef(source) || seen.has(source)) continue;
      seen.add(source);
      refs.push({ kind: 'data', where: `${name}.${key}`, source });
    }
  }
}

/**
 * Notices are computed from a case, so their sources are found by asking each
 * procedure's `notices` for every case its graph walk reaches, on the day of
 * the last event and on every deadline's opening and due day.
 */
function noticeSources(refs: SourcedElement[]): void {
  for (const procedure of listProcedures()) {
    if (!procedure.notices) continue;
    const found = new Map<string, SourcedElement>();
    for (const graph of walkProcedure(procedure).graphs) {
      for (const current of Object.values(graph.nodes)) {
        const { context } = current;
        const days = [context.lastEventAt, ...Object.values(context.deadlines).flatMap((entry) => [entry.opens, entry.due])];
        for (const day of days) {
          if (!day) continue;
          for (const notice of procedure.notices(context, day)) {
            if (!notice.source) continue;
            const key = JSON.stringify([notice.code, notice.source.file, notice.source.section, notice.source.quote]);
            if (!found.has(key)) found.set(key, { kind: 'notice', where: `${procedure.id} notice ${notice.code}`, source: notice.source });
          }
        }
      }
    }
    refs.push(...[...found.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, element]) => element));
  }
}

/**
 * Every source reference the library carries, with the element that carries it, in a stable order.
 *
 * @example
 * ```ts
 * allSourceRefs().filter((ref) => ref.source.file === '004_b06c98a76d7eb733.txt').length;
 * ```
 * @category Diagrams
 */
export function allSourceRefs(): SourcedElement[] {
  const refs: SourcedElement[] = allParameters().map((row) => ({ kind: 'parameter' as const, where: `parameter ${row.id}`, source: row.source }));
  machineSources(refs);
  refs.push(...eligibilitySources().map((entry) => ({ kind: 'eligibility' as const, where: entry.where, source: entry.source })));
  dataTableSources(refs);
  noticeSources(refs);
  return refs;
}
