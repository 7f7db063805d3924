/**
 * Which texts of a procedure have no French or German version yet: what the
 * completeness test checks, and what a maintainer runs after changing a
 * machine to see what to translate.
 */
import type { Procedure } from '../case/types';
import type { RightDeclaration } from '../case/rights';
import { allParameters } from '../law';
import { translationOf } from './translator';
import { EVENT_NAMES, STATE_NAMES } from './labels';
import type { Lang } from './lang';
import { uiMessages } from './ui';

/**
 * One text a procedure shows a person, and where it comes from.
 *
 * @example
 * ```ts
 * const text: ProcedureText = { where: 'seasonalWorker state awaitingDecision', english: 'The ministry examines the complete application.' };
 * ```
 */
export interface ProcedureText {
  where: string;
  english: string;
}

/**
 * A text, name or phase without a version in one language.
 *
 * @example
 * ```ts
 * const gap: MissingTranslation = { lang: 'de', where: 'seasonalWorker event visa.issued', english: 'visa.issued' };
 * ```
 */
export interface MissingTranslation extends ProcedureText {
  lang: Exclude<Lang, 'en'>;
}

interface StateNode {
  states?: Record<string, StateNode>;
  on?: Record<string, unknown>;
  meta?: { description?: string; outcome?: string; phase?: string; assumption?: string; rights?: Record<string, RightDeclaration> };
}

function rightTexts(where: string, right: RightDeclaration | undefined, out: ProcedureText[]): void {
  if (!right) return;
  if (right.verdict === 'notDecidedHere') out.push({ where: `${where} governedBy`, english: right.governedBy });
  if (right.assumption) out.push({ where: `${where} assumption`, english: right.assumption });
  if (right.verdict === 'granted' && right.afterValidity) rightTexts(`${where} afterValidity`, right.afterValidity, out);
  if (right.exception) {
    out.push({ where: `${where} exception`, english: right.exception.when });
    rightTexts(`${where} exception`, right.exception.then, out);
  }
}

/** The assumptions of a state's transitions: `on` holds a target, one transition or a list of guarded ones. */
function transitionTexts(where: string, on: Record<string, unknown> | undefined, out: ProcedureText[]): void {
  for (const [type, value] of Object.entries(on ?? {})) {
    const list: unknown[] = Array.isArray(value) ? value : [value];
    list.forEach((transition, index) => {
      const assumption = (transition as { meta?: { assumption?: unknown } } | null)?.meta?.assumption;
      if (typeof assumption === 'string') out.push({ where: `${where} on ${type}#${index} assumption`, english: assumption });
    });
  }
}

function walk(procedureId: string, node: StateNode, texts: ProcedureText[], states: Set<string>, events: Set<string>, phases: Set<string>): void {
  for (const type of Object.keys(node.on ?? {})) events.add(type);
  for (const [id, child] of Object.entries(node.states ?? {})) {
    states.add(id);
    const meta = child.meta ?? {};
    const where = `${procedureId} state ${id}`;
    if (meta.description) texts.push({ where, english: meta.description });
    if (meta.outcome) texts.push({ where: `${where} outcome`, english: meta.outcome });
    if (meta.assumption) texts.push({ where: `${where} assumption`, english: meta.assumption });
    transitionTexts(where, child.on, texts);
    if (meta.phase) phases.add(meta.phase);
    rightTexts(`${where} reside`, meta.rights?.reside, texts);
    rightTexts(`${where} work`, meta.rights?.work, texts);
    walk(procedureId, child, texts, states, events, phases);
  }
}

/**
 * Everything of a procedure a person reads: its texts (title, state
 * descriptions and outcomes, rights' reasons, deadlines, checklists, and
 * the modelling assumptions of its states, transitions and deadlines'
 * parameters) and the ids that are shown by name (states, events, phases).
 *
 * @example
 * ```ts
 * procedureTexts(seasonalWorker).texts.length; // > 0
 * ```
 */
export function procedureTexts(procedure: Procedure): { texts: ProcedureText[]; states: string[]; events: string[]; phases: string[] } {
  const texts: ProcedureText[] = [{ where: `${procedure.id} title`, english: procedure.title }];
  const states = new Set<string>();
  const events = new Set<string>();
  const phases = new Set<string>();
  const root = procedure.machine.config as StateNode;
  transitionTexts(`${procedure.id} machine`, root.on, texts);
  walk(procedure.id, root, texts, states, events, phases);
  for (const spec of Object.values(procedure.deadlines)) {
    texts.push({ where: `${procedure.id} deadline ${spec.id}`, english: spec.label }, { where: `${procedure.id} deadline ${spec.id} consequence`, english: spec.consequence });
    if (spec.parameter?.assumption) texts.push({ where: `${procedure.id} deadline ${spec.id} parameter ${spec.parameter.id} assumption`, english: spec.parameter.assumption });
  }
  for (const step of Object.values(procedure.documents)) {
    texts.push({ where: `${procedure.id} checklist ${step.id}`, english: step.label });
    for (const item of step.items) {
      texts.push({ where: `${procedure.id} document ${item.id}`, english: item.label });
      if (item.condition) texts.push({ where: `${procedure.id} document ${item.id} condition`, english: item.condition.description });
    }
  }
  return { texts, states: [...states], events: [...events], phases: [...phases] };
}

/**
 * The modelling assumptions of the legal parameters table: what was assumed
 * where a page is silent about a figure (shown with the deadlines and on the
 * machine pages).
 *
 * @example
 * ```ts
 * lawTexts().some((text) => text.where === 'law seasonalArrivalDeclarationDays assumption'); // true
 * ```
 */
export function lawTexts(): ProcedureText[] {
  return allParameters().flatMap((parameter) => (parameter.assumption ? [{ where: `law ${parameter.id} assumption`, english: parameter.assumption }] : []));
}

/**
 * Every text, state, event and phase of the given procedures, and every
 * assumption of the legal parameters, that has no
 * French or German version: empty when the translations are complete.
 *
 * @example
 * ```ts
 * missingTranslations(listProcedures()); // []
 * ```
 */
export function missingTranslations(procedures: readonly Procedure[]): MissingTranslation[] {
  const missing: MissingTranslation[] = [];
  for (const lang of ['fr', 'de'] as const) {
    for (const text of lawTexts()) if (translationOf(text.english, lang) === undefined) missing.push({ lang, ...text });
    for (const procedure of procedures) {
      const found = procedureTexts(procedure);
      for (const text of found.texts) if (translationOf(text.english, lang) === undefined) missing.push({ lang, ...text });
      for (const id of found.states) if (!Object.hasOwn(STATE_NAMES[lang], id)) missing.push({ lang, where: `${procedure.id} state name`, english: id });
      for (const type of found.events) if (!Object.hasOwn(EVENT_NAMES[lang], type)) missing.push({ lang, where: `${procedure.id} event name`, english: type });
      for (const phase of found.phases) if (!Object.hasOwn(uiMessages(lang).phases, phase)) missing.push({ lang, where: `${procedure.id} phase`, english: phase });
    }
  }
  return missing;
}
